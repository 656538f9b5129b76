import { Filter, GeoPoint, IndexDefinition, InvalidSearchQueryError } from '../search-engine';
import { assertFilterable } from './index-definition-rules';

/**
 * Meilisearch compares only numbers with < > (strings by equality), so every document carries, next to a
 * field holding an ISO date string, its instant in epoch milliseconds under this name; a range with string
 * bounds filters on that shadow field. Hidden from hits.
 */
export const instantField = (field: string) => `_ts_${field}`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Epoch milliseconds of an ISO 8601 date or date-time string, or undefined when it is not one. */
export function isoInstant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** A string literal of the filter language: double quotes, with backslash and quote escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function literal(value: string | number | boolean, field: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new InvalidSearchQueryError(`Filter on ${field}: values must be strings, numbers or booleans`);
}

/** The filter language has no "false": a field that both exists and does not. */
const never = (field: string) => `(${field} EXISTS AND ${field} NOT EXISTS)`;

/** One filter of the port as a Meilisearch filter expression (always parenthesised when compound). */
export function meiliFilter(filter: Filter, definition: IndexDefinition): string {
  switch (filter.op) {
    case 'eq':
      assertFilterable(definition, filter.field);
      // On an array field `=` matches when any element equals the value: "contains", as the port wants.
      return `${filter.field} = ${literal(filter.value, filter.field)}`;
    case 'in':
      assertFilterable(definition, filter.field);
      if (!Array.isArray(filter.values)) throw new InvalidSearchQueryError(`"in" on ${filter.field} needs values`);
      if (filter.values.length === 0) return never(filter.field);
      return `${filter.field} IN [${filter.values.map((v) => literal(v, filter.field)).join(', ')}]`;
    case 'range':
      assertFilterable(definition, filter.field);
      return rangeFilter(filter.field, filter.gte, filter.lte);
    case 'empty':
      assertFilterable(definition, filter.field);
      return `(${filter.field} IS EMPTY OR ${filter.field} IS NULL OR ${filter.field} NOT EXISTS)`;
    case 'not':
      return `(NOT ${meiliFilter(filter.filter, definition)})`;
    case 'or':
      if (filter.filters.length === 0) {
        const anyField = definition.filterableFields[0];
        if (!anyField) throw new InvalidSearchQueryError('An empty "or" needs a filterable field to express false');
        return never(anyField);
      }
      return `(${filter.filters.map((f) => meiliFilter(f, definition)).join(' OR ')})`;
    default:
      throw new InvalidSearchQueryError(`Unknown filter op ${(filter as { op?: unknown }).op as string}`);
  }
}

function rangeFilter(field: string, gte: unknown, lte: unknown): string {
  const bounds = [gte, lte].filter((b) => b !== undefined && b !== null);
  if (bounds.length === 0) throw new InvalidSearchQueryError(`range on ${field} needs gte or lte`);
  const numeric = bounds.every((b) => typeof b === 'number' && Number.isFinite(b));
  const dates = bounds.every((b) => isoInstant(b) !== undefined);
  if (!numeric && !dates) {
    throw new InvalidSearchQueryError(`range on ${field}: bounds must both be numbers or both ISO date strings`);
  }
  const target = numeric ? field : instantField(field);
  const value = (b: unknown) => String(numeric ? b : isoInstant(b));
  const parts: string[] = [];
  if (gte !== undefined && gte !== null) parts.push(`${target} >= ${value(gte)}`);
  if (lte !== undefined && lte !== null) parts.push(`${target} <= ${value(lte)}`);
  return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}

/** The top-level filters (AND) and the geo radius as one filter string, or undefined for none. */
export function meiliFilterString(
  definition: IndexDefinition,
  filters: Filter[] = [],
  geo?: { point: GeoPoint; radiusMeters?: number },
): string | undefined {
  const parts = filters.map((f) => meiliFilter(f, definition));
  if (geo?.radiusMeters !== undefined) {
    const { lat, lng } = geo.point;
    const radius = geo.radiusMeters;
    if (![lat, lng, radius].every((n) => typeof n === 'number' && Number.isFinite(n)) || radius < 0) {
      throw new InvalidSearchQueryError('geo needs a numeric point and a non-negative radiusMeters');
    }
    parts.push(`_geoRadius(${lat}, ${lng}, ${radius})`);
  }
  if (parts.length === 0) return undefined;
  return parts.map((p) => (parts.length > 1 && !p.startsWith('(') ? `(${p})` : p)).join(' AND ');
}
