import { createHash } from 'node:crypto';
import { FieldValue, IndexDefinition } from '../search-engine';

/**
 * The filterable values of a document as `field=value` strings. The PostgreSQL engine keeps them, hashed
 * (tagHash), in a small bigint[] column beside the body: eq / in filters test that array (GIN `@>` / `&&`,
 * and the nearest-first GiST carries it) instead of the jsonb body, which is often stored out of line
 * (measured: a negated licence and programme filter made 18 body reads a row).
 */
export function filterTags(definition: IndexDefinition, fields: Record<string, FieldValue>): string[] {
  const tags: string[] = [];
  for (const field of definition.filterableFields) {
    const value = fields[field];
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) {
      if (one === null || one === undefined) continue;
      tags.push(filterTag(field, one));
    }
  }
  return tags;
}

export function filterTag(field: string, value: string | number | boolean): string {
  return `${field}=${String(value)}`;
}

/**
 * A tag as the column stores it: the first 64 bits of its md5, signed, as decimal text (bigint, exact). The
 * same as SQL `public.search_tag_hash` (migration SearchDocumentTagHashes), which hashes stored documents;
 * queries hash here, so the planner sees constants. Two tags sharing a hash is a 1-in-2⁶⁴ event per pair.
 */
export function tagHash(tag: string): string {
  let hash = knownHashes.get(tag);
  if (hash === undefined) {
    hash = createHash('md5').update(tag, 'utf8').digest().readBigInt64BE(0).toString();
    // Tags repeat across documents (a reindex hashes two million of a few tens of thousands): remember them,
    // within a bound, rather than hash each again.
    if (knownHashes.size >= KNOWN_HASHES_LIMIT) knownHashes.clear();
    knownHashes.set(tag, hash);
  }
  return hash;
}

const KNOWN_HASHES_LIMIT = 200_000;
const knownHashes = new Map<string, string>();

/**
 * The values filters, sorts and facets read (filterable, sortable and tie-breaker fields), stored beside the
 * body: a vacancy's body is large enough to be stored out of line, and each `body -> field` fetched it whole
 * again (measured: 27 buffer reads a row for a search with five facets over 18,854 vacancies, 315 ms).
 */
export function attributesOf(
  definition: IndexDefinition,
  fields: Record<string, FieldValue>,
): Record<string, FieldValue> {
  const names = new Set([
    ...definition.filterableFields,
    ...definition.sortableFields,
    ...definition.tieBreakers.map((tieBreaker) => tieBreaker.field),
  ]);
  const attributes: Record<string, FieldValue> = {};
  for (const name of names) if (fields[name] !== undefined) attributes[name] = fields[name];
  return attributes;
}
