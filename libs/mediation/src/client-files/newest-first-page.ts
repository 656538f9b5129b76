import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPage, decodeCursor, toCursorPage } from '@werkpunt/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, isUUID, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const FILE_PAGE_SIZE = 50;
export const FILE_MAX_PAGE_SIZE = 200;

/** `?cursor=…&limit=…` of a list in a client's file (notes, ladder history, referrals). */
export class FilePageQueryDto {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page; omit for the first page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: FILE_MAX_PAGE_SIZE, default: FILE_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FILE_MAX_PAGE_SIZE)
  limit?: number;
}

// The sort key is the timestamp as PostgreSQL prints it to the microsecond: a millisecond JS Date would put
// the cursor before rows of the same millisecond and skip them.
const SORT_KEY = 'page_sort_key';

/**
 * One page of `query`, newest first by `column` (a timestamptz of `alias`) with the id breaking ties. Rows are
 * mapped with their raw row (joined columns such as an author's name).
 */
export async function newestFirstPage<E extends ObjectLiteral & { id: string }, R extends object, T>(
  query: SelectQueryBuilder<E>,
  alias: string,
  column: string,
  page: FilePageQueryDto,
  map: (entity: E, raw: R) => T,
): Promise<CursorPage<T>> {
  const limit = page.limit ?? FILE_PAGE_SIZE;
  const sorted = `${alias}.${column}`;
  query
    .addSelect(`to_char(${sorted} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, SORT_KEY)
    .orderBy(sorted, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(limit + 1);
  if (page.cursor) {
    const after = decodeCursor(page.cursor);
    if (Number.isNaN(Date.parse(after.sortKey)) || !isUUID(after.id)) {
      throw new BadRequestException('The cursor is not one this API handed out; start again without it.');
    }
    query.andWhere(`(${sorted}, ${alias}.id) < (CAST(:pageSortKey AS timestamptz), CAST(:pageAfterId AS uuid))`, {
      pageSortKey: after.sortKey,
      pageAfterId: after.id,
    });
  }
  const { entities, raw } = await query.getRawAndEntities<R & Record<typeof SORT_KEY, string>>();
  return toCursorPage(
    entities.map((entity, index) => ({ entity, raw: raw[index] })),
    limit,
    (row) => ({ sortKey: row.raw[SORT_KEY], id: row.entity.id }),
    (row) => map(row.entity, row.raw),
  );
}
