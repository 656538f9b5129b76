import { SearchDocument } from '../search-engine';

/**
 * One answer per asked id, in the order asked: the document when the row exists and belongs in the index,
 * else null (the sync then deletes it). Rows come from one batch query.
 */
export function documentsById<Row>(
  ids: readonly string[],
  rows: readonly Row[],
  idOf: (row: Row) => string,
  toDocument: (row: Row, id: string) => SearchDocument | null,
): Map<string, SearchDocument | null> {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return new Map(
    ids.map((id) => {
      const row = byId.get(id);
      return [id, row ? toDocument(row, id) : null] as const;
    }),
  );
}
