import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class EmployerListQueryDto {
  @ApiPropertyOptional({ description: 'Part of the legal or trading name', example: 'verhaegen', maxLength: 100 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    description: 'NACE-BEL code or its start: "81" (division), "81.2" (group) or "81.21" (class)',
    example: '81.21',
  })
  @IsOptional()
  @Transform(trim)
  @Matches(/^\d{2}(\.\d{1,3})?$/, { message: 'sector must be a NACE-BEL code or its start, such as 81 or 81.21' })
  sector?: string;

  @ApiPropertyOptional({ description: 'Wijknr: employers with a site in this wijk', example: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'wijk must be a wijknr (a whole number)' })
  @Min(1)
  @Max(99)
  wijk?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}
