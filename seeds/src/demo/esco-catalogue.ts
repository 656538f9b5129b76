// The ESCO occupations each occupation group offers, from the ESCO list the loader reads.

import { OCCUPATION_GROUP_KEYS, OccupationGroupKey } from './figures';
import { OCCUPATION_GROUP_PROFILES } from './occupation-groups';

export interface EscoOccupationRef {
  /** ESCO occupation code, e.g. '9112.2'. */
  code: string;
  /** ISCO-08 unit group, 4 digits. */
  isco4: string;
  /** Dutch preferred label. */
  label: string;
}

export type EscoCatalogue = Readonly<Record<OccupationGroupKey, readonly EscoOccupationRef[]>>;

/** Sorted by code, so the demo data does not depend on the order of the ESCO file. */
export function buildEscoCatalogue(occupations: readonly EscoOccupationRef[]): EscoCatalogue {
  const sorted = [...occupations].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const entries = OCCUPATION_GROUP_KEYS.map((key) => {
    const prefixes = OCCUPATION_GROUP_PROFILES[key].isco.codes;
    const members = sorted.filter((occupation) => prefixes.some((prefix) => occupation.isco4.startsWith(prefix)));
    if (members.length === 0) throw new Error(`No ESCO occupation has an ISCO code of group ${key} (${prefixes})`);
    return [key, members];
  });
  return Object.fromEntries(entries) as EscoCatalogue;
}
