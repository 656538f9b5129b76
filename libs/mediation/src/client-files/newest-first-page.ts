import { ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPage, timestampKeysetPage } from '@werkpunt/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
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

/** One page of a list in a client's file, newest first by `column` of `alias` (the id breaks ties). */
export function newestFirstPage<E extends ObjectLiteral & { id: string }, R extends object, T>(
  query: SelectQueryBuilder<E>,
  alias: string,
  column: string,
  page: FilePageQueryDto,
  map: (entity: E, raw: R) => T,
): Promise<CursorPage<T>> {
  return timestampKeysetPage(
    query,
    alias,
    column,
    'DESC',
    { cursor: page.cursor, limit: page.limit ?? FILE_PAGE_SIZE },
    map,
  );
}
