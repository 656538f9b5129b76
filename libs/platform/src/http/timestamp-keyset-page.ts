import { BadRequestException } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CursorPage, decodeCursor, toCursorPage } from './pagination';

// The sort key is the timestamp as PostgreSQL prints it to the microsecond: a millisecond JS Date would put
// the cursor before rows of the same millisecond and skip them (or repeat them).
const SORT_KEY = 'page_sort_key';

export interface KeysetPageRequest {
  /** The nextCursor of the previous page. */
  cursor?: string;
  limit: number;
}

/**
 * One page of `query` ordered by a timestamptz column of `alias`, the row id (a UUID) breaking ties, newest
 * (DESC) or oldest (ASC) first. Rows are mapped with their raw row, for columns a join added (an author's name).
 */
export async function timestampKeysetPage<E extends ObjectLiteral & { id: string }, R extends object, T>(
  query: SelectQueryBuilder<E>,
  alias: string,
  column: string,
  order: 'ASC' | 'DESC',
  page: KeysetPageRequest,
  map: (entity: E, raw: R) => T,
): Promise<CursorPage<T>> {
  const sorted = `${alias}.${column}`;
  query
    .addSelect(`to_char(${sorted} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, SORT_KEY)
    .orderBy(sorted, order)
    .addOrderBy(`${alias}.id`, order)
    .limit(page.limit + 1);
  if (page.cursor) {
    const after = decodeCursor(page.cursor);
    if (Number.isNaN(Date.parse(after.sortKey)) || !isUUID(after.id)) {
      throw new BadRequestException('The cursor is not one this API handed out; start again without it.');
    }
    const beyond = order === 'ASC' ? '>' : '<';
    query.andWhere(
      `(${sorted}, ${alias}.id) ${beyond} (CAST(:pageSortKey AS timestamptz), CAST(:pageAfterId AS uuid))`,
      { pageSortKey: after.sortKey, pageAfterId: after.id },
    );
  }
  const { entities, raw } = await query.getRawAndEntities<R & Record<typeof SORT_KEY, string>>();
  return toCursorPage(
    entities.map((entity, index) => ({ entity, raw: raw[index] })),
    page.limit,
    (row) => ({ sortKey: row.raw[SORT_KEY], id: row.entity.id }),
    (row) => map(row.entity, row.raw),
  );
}
