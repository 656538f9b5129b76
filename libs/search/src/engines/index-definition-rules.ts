import { FieldName, IndexDefinition, InvalidSearchQueryError } from '../search-engine';

const INDEX_NAME = /^[a-z0-9_]+$/;
// Field names end up in SQL text and Meilisearch filter strings (they are identifiers, not values), so only
// plain identifiers are allowed; "_geo", "_version" and friends are reserved for the engines.
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 20;

/** Rejects a definition either engine could not apply the same way. */
export function assertValidDefinition(definition: IndexDefinition): void {
  if (!INDEX_NAME.test(definition.name)) {
    throw new InvalidSearchQueryError(`Index name "${definition.name}" must be lower-case letters, digits, _`);
  }
  const fields = [
    ...definition.searchableFields,
    ...definition.filterableFields,
    ...definition.sortableFields,
    ...definition.tieBreakers.map((t) => t.field),
  ];
  for (const field of fields) assertFieldName(field);
  for (const tieBreaker of definition.tieBreakers) {
    if (tieBreaker.direction !== 'asc' && tieBreaker.direction !== 'desc') {
      throw new InvalidSearchQueryError(`Tie-breaker on "${tieBreaker.field}" needs direction asc or desc`);
    }
  }
}

export function assertFieldName(field: FieldName): void {
  if (typeof field !== 'string' || !FIELD_NAME.test(field)) {
    throw new InvalidSearchQueryError(`"${String(field)}" is not a valid field name (letters, digits, _)`);
  }
}

export function assertFilterable(definition: IndexDefinition, field: FieldName): void {
  assertFieldName(field);
  if (!definition.filterableFields.includes(field)) {
    throw new InvalidSearchQueryError(`Field "${field}" is not filterable in index "${definition.name}"`);
  }
}

export function assertSortable(definition: IndexDefinition, field: FieldName): void {
  assertFieldName(field);
  if (!definition.sortableFields.includes(field)) {
    throw new InvalidSearchQueryError(`Field "${field}" is not sortable in index "${definition.name}"`);
  }
}

/** The page size and start a query asks for, checked against the port's bounds. */
export function pageOf(query: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT) {
    throw new InvalidSearchQueryError(`limit must be an integer from 0 to ${MAX_LIMIT}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InvalidSearchQueryError(`offset must be a non-negative integer, got ${offset}`);
  }
  return { limit, offset };
}

/** Sorts and geo need a point: a geoDistance sort without one is a caller's mistake. */
export function assertGeoUsable(
  definition: IndexDefinition,
  query: { geo?: unknown; sort?: ({ geoDistance: 'asc' } | object)[] },
): void {
  const wantsGeo = query.geo !== undefined || (query.sort ?? []).some((s) => 'geoDistance' in s);
  if (wantsGeo && !definition.geo) {
    throw new InvalidSearchQueryError(`Index "${definition.name}" has no geo: no radius or distance sort`);
  }
  if ((query.sort ?? []).some((s) => 'geoDistance' in s) && query.geo === undefined) {
    throw new InvalidSearchQueryError('A geoDistance sort needs query.geo.point');
  }
}
