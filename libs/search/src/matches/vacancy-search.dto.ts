import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CEFR_LEVEL_CODES, CefrLevelCode } from '@werkpunt/taxonomy';
import { VacancyProgramme } from '@werkpunt/vacancies';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { HOURS_BANDS } from '../indexes/vacancy-index';
import { BilingualText, VacancyCardView } from './match-views';

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE_SIZE = 50;
/** Deep paging through a text search makes no sense to a person, and costs the engine. */
export const SEARCH_MAX_OFFSET = 1000;

/** `?wijk=1&wijk=5` and `?wijk=1,5` both mean two values. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter((v) => v !== '');
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Offset paging for rankings and text search: a ranking has no stable cursor (it is recomputed, and recorded,
 * each time), so pages are positions in it.
 */
export class MatchPageQueryDto {
  @ApiPropertyOptional({ default: SEARCH_PAGE_SIZE, maximum: SEARCH_MAX_PAGE_SIZE })
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(SEARCH_MAX_PAGE_SIZE)
  limit: number = SEARCH_PAGE_SIZE;

  @ApiPropertyOptional({ default: 0, maximum: SEARCH_MAX_OFFSET })
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0)
  @Max(SEARCH_MAX_OFFSET)
  offset: number = 0;
}

export class VacancySearchQueryDto extends MatchPageQueryDto {
  @ApiPropertyOptional({ description: 'Words to look for; typos and Flemish words are fine', example: 'kuisvrouw' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'q must be at most 200 characters' })
  q?: string;

  @ApiPropertyOptional({ type: [String], description: 'ISCO-08 major groups (1 digit)', example: ['9'] })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(10)
  @Matches(/^\d$/, { each: true, message: 'occupationGroup must be ISCO-08 major groups: one digit each' })
  occupationGroup?: string[];

  @ApiPropertyOptional({ type: [Number], description: 'Wijknrs', example: [5] })
  @IsOptional()
  @Transform(({ value }) => toList({ value })?.map(Number))
  @ArrayMaxSize(25)
  @IsInt({ each: true, message: 'wijk must be wijknrs (whole numbers)' })
  @Min(1, { each: true })
  @Max(99, { each: true })
  wijk?: number[];

  @ApiPropertyOptional({ enum: VacancyProgramme, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsIn(Object.values(VacancyProgramme), {
    each: true,
    message: `programme must be among ${Object.values(VacancyProgramme).join(', ')}`,
  })
  programme?: string[];

  @ApiPropertyOptional({ enum: HOURS_BANDS, isArray: true, description: 'Hours a week: <20, 20–29, 30–34, 35+' })
  @IsOptional()
  @Transform(toList)
  @IsIn(HOURS_BANDS, { each: true, message: `hours must be among ${HOURS_BANDS.join(', ')}` })
  hours?: string[];

  @ApiPropertyOptional({ description: 'Only knelpuntberoepen (true) or only others (false)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'shortage must be true or false' })
  shortage?: boolean;

  @ApiPropertyOptional({ enum: CEFR_LEVEL_CODES, description: 'Only jobs that ask at most this Dutch level' })
  @IsOptional()
  @IsIn(CEFR_LEVEL_CODES, { message: `maxDutchLevel must be one of ${CEFR_LEVEL_CODES.join(', ')}` })
  maxDutchLevel?: CefrLevelCode;
}

export class FacetValueView {
  @ApiProperty({ example: '9' })
  value: string;

  @ApiProperty({ example: 14 })
  count: number;

  @ApiProperty({ type: BilingualText })
  label: BilingualText;
}

export class VacancyFacetsView {
  @ApiProperty({ type: [FacetValueView] })
  occupationGroup: FacetValueView[];

  @ApiProperty({ type: [FacetValueView] })
  wijk: FacetValueView[];

  @ApiProperty({ type: [FacetValueView] })
  programme: FacetValueView[];

  @ApiProperty({ type: [FacetValueView] })
  hours: FacetValueView[];

  @ApiProperty({ type: [FacetValueView] })
  shortage: FacetValueView[];
}

export class VacancySearchView {
  @ApiProperty({ format: 'uuid' })
  rankingId: string;

  @ApiProperty({ example: 42 })
  total: number;

  @ApiProperty({ type: [VacancyCardView] })
  items: VacancyCardView[];

  @ApiProperty({ type: VacancyFacetsView })
  facets: VacancyFacetsView;
}
