import { FieldValue, IndexDefinition } from '../search-engine';

/**
 * The filterable values of a document as `field=value` strings, kept in a small text[] column beside the
 * body. eq / in filters test this array (GIN `@>` / `&&`) instead of the jsonb body: the body of a vacancy is
 * often large enough to be stored out of line, and every body test read it again (measured: a negated
 * licence and programme filter made 18 body reads a row).
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
