import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** ?cursor=…&limit=… for the cursor-paginated lists of this context. */
export class PageQueryDto {
  @ApiPropertyOptional({
    description: 'The nextCursor of the previous page; omit for the first page',
    example: 'djE6NDI',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export function pageOf(query: PageQueryDto): { cursor?: string; limit: number } {
  return { cursor: query.cursor, limit: query.limit ?? DEFAULT_PAGE_SIZE };
}
