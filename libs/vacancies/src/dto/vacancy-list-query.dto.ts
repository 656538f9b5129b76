import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { VacancyKind, VacancyProgramme, VacancyStatus } from '../domain/vacancy-vocabulary';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Newest first by default; `closingDate` puts the soonest deadline first. */
export const VACANCY_SORTS = ['-publishedAt', 'publishedAt', 'closingDate', '-closingDate'] as const;
export type VacancySort = (typeof VACANCY_SORTS)[number];

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class VacancyListQueryDto {
  @ApiPropertyOptional({
    enum: VacancyStatus,
    description: 'Default: published. Other statuses list only your own organisation’s vacancies (admins: all).',
  })
  @IsOptional()
  @IsEnum(VacancyStatus, { message: `status must be one of ${Object.values(VacancyStatus).join(', ')}` })
  status?: VacancyStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'ESCO occupation id' })
  @IsOptional()
  @IsUUID('all', { message: 'occupation must be an ESCO occupation id (a UUID)' })
  occupation?: string;

  @ApiPropertyOptional({ description: 'ISCO-08 group at any level: "5" … "5120"', example: '51' })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: 'isco must be an ISCO-08 code of 1 to 4 digits' })
  isco?: string;

  @ApiPropertyOptional({ description: 'Wijknr', example: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'wijk must be a wijknr (a whole number)' })
  @Min(1)
  @Max(99)
  wijk?: number;

  @ApiPropertyOptional({ enum: VacancyProgramme })
  @IsOptional()
  @IsEnum(VacancyProgramme, { message: `programme must be one of ${Object.values(VacancyProgramme).join(', ')}` })
  programme?: VacancyProgramme;

  @ApiPropertyOptional({ enum: VacancyKind })
  @IsOptional()
  @IsEnum(VacancyKind, { message: `kind must be one of ${Object.values(VacancyKind).join(', ')}` })
  kind?: VacancyKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'organisation must be a UUID' })
  organisation?: string;

  @ApiPropertyOptional({ description: 'Only knelpuntberoepen (true) or only others (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'shortage must be true or false' })
  shortage?: boolean;

  @ApiPropertyOptional({ enum: VACANCY_SORTS, default: '-publishedAt' })
  @IsOptional()
  @IsIn(VACANCY_SORTS, { message: `sort must be one of ${VACANCY_SORTS.join(', ')}` })
  sort?: VacancySort;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (with the same filters and sort)' })
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
