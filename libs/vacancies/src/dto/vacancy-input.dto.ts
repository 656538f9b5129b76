import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { CEFR_LEVEL_CODES, CefrLevelCode } from '@werkpunt/taxonomy';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ContractType,
  DRIVING_LICENCES,
  DrivingLicenceCategory,
  MINIMUM_EDUCATION_CODES,
  MinimumEducation,
  VacancyKind,
  VacancyProgramme,
  WorkShift,
} from '../domain/vacancy-vocabulary';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class VacancyLanguageDto {
  @ApiProperty({ description: 'ISO 639-1 code', example: 'en' })
  @IsString()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as en or fr' })
  language: string;

  @ApiProperty({ enum: CEFR_LEVEL_CODES, example: 'B1' })
  @IsIn(CEFR_LEVEL_CODES, { message: `level must be one of ${CEFR_LEVEL_CODES.join(', ')}` })
  level: CefrLevelCode;
}

/** A new vacancy or internship offer; it starts as a draft. */
export class CreateVacancyDto {
  @ApiProperty({ enum: VacancyKind, example: VacancyKind.Vacancy })
  @IsEnum(VacancyKind, { message: `kind must be one of ${Object.values(VacancyKind).join(', ')}` })
  kind: VacancyKind;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The organisation; may be left out by a recruiter of exactly one organisation',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;

  @ApiProperty({ format: 'uuid', description: 'One of the organisation’s sites; the vacancy gets its wijk' })
  @IsUUID('all', { message: 'siteId must be a UUID' })
  siteId: string;

  @ApiProperty({ example: 'Kok voor de buurtkeuken (m/v/x)', minLength: 3, maxLength: 150 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(150)
  title: string;

  @ApiProperty({ example: 'Je kookt mee in onze buurtkeuken in Rabot: soep, dagschotel en dessert.', maxLength: 10000 })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  description: string;

  @ApiProperty({ format: 'uuid', description: 'ESCO occupation id (GET /api/v1/occupations)' })
  @IsUUID('all', { message: 'occupationId must be an ESCO occupation id (a UUID)' })
  occupationId: string;

  @ApiPropertyOptional({ type: [String], description: 'Skill ids (GET /api/v1/skills)', default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  requiredSkillIds?: string[];

  @ApiPropertyOptional({ type: [String], default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  niceToHaveSkillIds?: string[];

  @ApiProperty({ enum: MINIMUM_EDUCATION_CODES, example: 'low' })
  @IsIn(MINIMUM_EDUCATION_CODES, { message: `minimumEducation must be one of ${MINIMUM_EDUCATION_CODES.join(', ')}` })
  minimumEducation: MinimumEducation;

  @ApiPropertyOptional({ enum: CEFR_LEVEL_CODES, nullable: true, description: 'null: no Dutch needed', example: 'A2' })
  @IsOptional()
  @IsIn(CEFR_LEVEL_CODES, { message: `dutchLevel must be one of ${CEFR_LEVEL_CODES.join(', ')}` })
  dutchLevel?: CefrLevelCode | null;

  @ApiPropertyOptional({ type: [VacancyLanguageDto], default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => VacancyLanguageDto)
  otherLanguages?: VacancyLanguageDto[];

  @ApiPropertyOptional({ enum: DRIVING_LICENCES, isArray: true, default: [] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(DRIVING_LICENCES, { each: true, message: `drivingLicences must each be one of ${DRIVING_LICENCES.join(', ')}` })
  drivingLicences?: DrivingLicenceCategory[];

  @ApiProperty({ minimum: 1, maximum: 60, example: 19 })
  @IsInt({ message: 'hoursPerWeekMin must be a whole number' })
  @Min(1)
  @Max(60)
  hoursPerWeekMin: number;

  @ApiProperty({ minimum: 1, maximum: 60, example: 38 })
  @IsInt({ message: 'hoursPerWeekMax must be a whole number' })
  @Min(1)
  @Max(60)
  hoursPerWeekMax: number;

  @ApiPropertyOptional({ enum: WorkShift, isArray: true, default: [] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(WorkShift, { each: true, message: `shifts must each be one of ${Object.values(WorkShift).join(', ')}` })
  shifts?: WorkShift[];

  @ApiProperty({ enum: ContractType, example: ContractType.Permanent })
  @IsEnum(ContractType, { message: `contractType must be one of ${Object.values(ContractType).join(', ')}` })
  contractType: ContractType;

  @ApiProperty({ enum: VacancyProgramme, example: VacancyProgramme.Regular })
  @IsEnum(VacancyProgramme, { message: `programme must be one of ${Object.values(VacancyProgramme).join(', ')}` })
  programme: VacancyProgramme;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 1 })
  @IsOptional()
  @IsInt({ message: 'positions must be a whole number' })
  @Min(1)
  @Max(500)
  positions?: number;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: 'null: as soon as possible',
    example: '2027-01-04',
  })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'startDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a real date' })
  startDate?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    description: 'The last day to apply; needed to publish',
    example: '2026-12-31',
  })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'closingDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'closingDate must be a real date' })
  closingDate?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0, description: 'Share of the hours worked from home, %' })
  @IsOptional()
  @IsInt({ message: 'remoteSharePercent must be a whole number' })
  @Min(0)
  @Max(100)
  remoteSharePercent?: number;
}

/** Changes to a vacancy: only the fields given change. The organisation never changes. */
export class UpdateVacancyDto extends PartialType(OmitType(CreateVacancyDto, ['organisationId'] as const)) {}

/** One row of a bulk import: the organisation is the importer's. */
export class VacancyImportRowDto extends OmitType(CreateVacancyDto, ['organisationId'] as const) {}

export class VacancyTransitionDto {
  @ApiPropertyOptional({ maxLength: 500, example: 'Tijdelijk genoeg kandidaten' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CloseVacancyDto {
  @ApiProperty({ maxLength: 500, example: 'De functie wordt intern ingevuld' })
  @Transform(trim)
  @IsString({ message: 'reason is required to close a vacancy' })
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
