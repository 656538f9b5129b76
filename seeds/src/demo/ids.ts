// Fixed ids for demo records: the same (kind, index) gives the same UUID on every run, so seeding is an upsert.

import { createHash } from 'node:crypto';

/** Namespace of all Werkpunt demo ids (a random v4 UUID, fixed once). */
export const DEMO_ID_NAMESPACE = '4f8434c0-4e52-4d02-998f-eb4c9128f1f8';

export type DemoRecordKind = 'employer' | 'employer-site' | 'vacancy' | 'job-seeker';

/** UUID version 5 (RFC 9562): SHA-1 of namespace and name. */
export function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`Not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Independent of the seed on purpose: reseeding with another seed overwrites the same rows instead of adding rows. */
export function demoId(kind: DemoRecordKind, ...indexPath: number[]): string {
  return uuidV5(DEMO_ID_NAMESPACE, [kind, ...indexPath].join(':'));
}
