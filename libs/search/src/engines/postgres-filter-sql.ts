import { FieldName, Filter, IndexDefinition, InvalidSearchQueryError } from '../search-engine';
import { filterTag, tagHash } from './filter-tags';
import { assertFieldName, assertFilterable } from './index-definition-rules';

/** Collects bind values; every value in the SQL text is a `$n` placeholder. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `attributes -> 'field'`: a filterable or sortable value, read from the small `attributes` copy instead of the
 * body (migration SearchDocumentAttributes). The field name is a literal: names are checked identifiers
 * (assertFieldName), and a literal lets the planner match expression indexes a deployment may add.
 */
export function fieldJson(field: FieldName): string {
  assertFieldName(field);
  return `d.attributes -> '${field}'`;
}

/** `body -> 'field'` of the row being written: searchable text comes from the whole document. */
export function bodyFieldJson(field: FieldName, alias: string): string {
  assertFieldName(field);
  return `${alias}.body -> '${field}'`;
}

/** A filter as a boolean SQL expression over `d.tags` and `d.attributes`; never NULL, so NOT and OR behave as in Meilisearch. */
export function filterToSql(filter: Filter, definition: IndexDefinition, params: SqlParams): string {
  switch (filter.op) {
    case 'eq':
      assertFilterable(definition, filter.field);
      assertScalar(filter.value, filter.field);
      return containsAny(filter.field, [filter.value], params);
    case 'in':
      assertFilterable(definition, filter.field);
      if (!Array.isArray(filter.values)) throw new InvalidSearchQueryError(`"in" on ${filter.field} needs values`);
      if (filter.values.length === 0) return 'false';
      filter.values.forEach((v) => assertScalar(v, filter.field));
      return containsAny(filter.field, filter.values, params);
    case 'range':
      assertFilterable(definition, filter.field);
      return rangeSql(filter.field, filter.gte, filter.lte, params);
    case 'empty': {
      assertFilterable(definition, filter.field);
      const value = fieldJson(filter.field);
      return `(${value} IS NULL OR ${value} IN ('null'::jsonb, '[]'::jsonb, '""'::jsonb))`;
    }
    case 'not':
      return `(NOT ${filterToSql(filter.filter, definition, params)})`;
    case 'or':
      if (filter.filters.length === 0) return 'false';
      return `(${filter.filters.map((f) => filterToSql(f, definition, params)).join(' OR ')})`;
    default:
      throw new InvalidSearchQueryError(`Unknown filter op ${(filter as { op?: unknown }).op as string}`);
  }
}

/**
 * eq / in over the document's hashed filter tags (`field=value`, see filter-tags.ts): one GIN-indexed array test that
 * never reads the jsonb body. A scalar field and an array field holding the value give the same tag.
 */
function containsAny(field: FieldName, values: (string | number | boolean)[], params: SqlParams): string {
  const hashes = values.map((value) => tagHash(filterTag(field, value)));
  return hashes.length === 1
    ? `(d.tags @> ARRAY[${params.add(hashes[0])}]::bigint[])`
    : `(d.tags && ${params.add(hashes)}::bigint[])`;
}

function rangeSql(field: FieldName, gte: unknown, lte: unknown, params: SqlParams): string {
  const bounds = [gte, lte].filter((b) => b !== undefined && b !== null);
  if (bounds.length === 0) throw new InvalidSearchQueryError(`range on ${field} needs gte or lte`);
  const numeric = bounds.every((b) => typeof b === 'number' && Number.isFinite(b));
  const textual = bounds.every((b) => typeof b === 'string');
  if (!numeric && !textual) {
    throw new InvalidSearchQueryError(`range on ${field}: bounds must both be numbers or both ISO date strings`);
  }
  const value = fieldJson(field);
  // Only values of the bound's JSON type take part, so a stray string never breaks a numeric cast.
  const operand = numeric
    ? `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric END)`
    : // ISO 8601 strings of one format order like the instants they name when compared byte by byte.
      `(CASE WHEN jsonb_typeof(${value}) = 'string' THEN (${value} #>> '{}') END) COLLATE "C"`;
  const cast = numeric ? '::numeric' : '::text';
  const parts: string[] = [];
  if (gte !== undefined && gte !== null) parts.push(`${operand} >= ${params.add(gte)}${cast}`);
  if (lte !== undefined && lte !== null) parts.push(`${operand} <= ${params.add(lte)}${cast}`);
  return `COALESCE(${parts.join(' AND ')}, false)`;
}

function assertScalar(value: unknown, field: FieldName): void {
  const ok = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && isFinite(value));
  if (!ok) throw new InvalidSearchQueryError(`Filter on ${field}: values must be strings, numbers or booleans`);
}
