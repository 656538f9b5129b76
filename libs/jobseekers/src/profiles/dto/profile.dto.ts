import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Sensitive } from '@werkpunt/platform';
import { CEFR_LEVEL_CODES, CefrLevelCode, EDUCATION_LEVEL_CODES, EducationLevelCode } from '@werkpunt/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  Availability,
  DiplomaRecognition,
  DrivingLicence,
  Shift,
  TransportMode,
} from '../../domain/profile-vocabulary';

// The request bodies of PUT /me/profile and PUT /clients/:accountId/profile. The examples describe one
// Ghent-like client: cleaning and kitchen help, Dutch A2, by bike up to 20 minutes, living in Rabot.

const DATE_ONLY = { strict: true, strictSeparator: true } as const;
const DATE_MESSAGE = (field: string) => `${field} must be a date as YYYY-MM-DD`;

export class DesiredOccupationDto {
  @ApiProperty({
    description: 'ESCO occupation id (see GET /api/v1/occupations)',
    format: 'uuid',
    example: '303a1e34-cb16-4054-b323-81e5eec17397',
    // schoonmaker gebouwen; the second wish of the example client is keukenhulp e1cf6897-158d-4b48-a39e-2a3a8cac216c
  })
  @IsUUID('all')
  occupationId: string;

  @ApiProperty({ description: 'Months of experience in this occupation', minimum: 0, maximum: 600, example: 18 })
  @IsInt()
  @Min(0)
  @Max(600)
  experienceMonths: number;
}

export class EducationDto {
  @ApiProperty({ enum: EDUCATION_LEVEL_CODES, example: 'low', description: 'low: no secondary-school diploma' })
  @IsIn(EDUCATION_LEVEL_CODES)
  level: EducationLevelCode;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: null })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  diplomaTitle?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country of the diploma',
    example: null,
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'diplomaCountry must be an ISO 3166-1 alpha-2 code such as BE or MA' })
  diplomaCountry?: string | null;

  @ApiProperty({ enum: DiplomaRecognition, enumName: 'DiplomaRecognition', example: DiplomaRecognition.NotNeeded })
  @IsEnum(DiplomaRecognition)
  recognition: DiplomaRecognition;
}

export class LanguageDto {
  @ApiProperty({ description: 'ISO 639-1 code, lower case', example: 'ar' })
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as fr or ar' })
  language: string;

  @ApiProperty({ enum: CEFR_LEVEL_CODES, example: 'C2' })
  @IsIn(CEFR_LEVEL_CODES)
  level: CefrLevelCode;
}

export class MobilityDto {
  @ApiProperty({ enum: TransportMode, enumName: 'TransportMode', isArray: true, example: [TransportMode.Bike] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(TransportMode, { each: true })
  transportModes: TransportMode[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 240, example: 20 })
  // At least one of the two limits: required when the other is missing.
  @ValidateIf((m: MobilityDto) => m.maxCommuteMinutes != null || m.maxCommuteKm == null)
  @IsInt({ message: 'maxCommuteMinutes must be a whole number (give minutes, km or both)' })
  @Min(1)
  @Max(240)
  maxCommuteMinutes?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 300, example: null })
  @ValidateIf((m: MobilityDto) => m.maxCommuteKm != null || m.maxCommuteMinutes == null)
  @IsInt({ message: 'maxCommuteKm must be a whole number (give minutes, km or both)' })
  @Min(1)
  @Max(300)
  maxCommuteKm?: number | null;
}

export class WorkTimeDto {
  @ApiProperty({ minimum: 1, maximum: 60, example: 19 })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeekMin: number;

  @ApiProperty({ minimum: 1, maximum: 60, example: 30, description: 'At least hoursPerWeekMin' })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeekMax: number;

  @ApiProperty({ enum: Shift, enumName: 'Shift', isArray: true, example: [Shift.Day, Shift.Evening] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Shift, { each: true })
  shifts: Shift[];
}

/** The exact address: optional, and never shown to employers (the wijk is all matching needs). */
export class AddressDto {
  @ApiProperty({ maxLength: 200, example: 'Wondelgemstraat 100' })
  @IsString()
  @Length(2, 200)
  streetAddress: string;

  @ApiProperty({ example: '9000' })
  @Matches(/^[1-9][0-9]{3}$/, { message: 'postcode must be a Belgian postcode of 4 digits' })
  postcode: string;
}

/** Facts that decide programme eligibility. The sensitive ones never reach employers, search or logs. */
export class EligibilityDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    example: '1990-04-12',
    description: 'Only used for the age band of age-defined programmes (instapstage under 25, 50+)',
  })
  @Sensitive()
  @IsOptional()
  @IsISO8601(DATE_ONLY, { message: DATE_MESSAGE('dateOfBirth') })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE('dateOfBirth') })
  dateOfBirth?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    example: '2025-09-01',
    description: 'Registered as a job seeker since (months registered are computed from it)',
  })
  @IsOptional()
  @IsISO8601(DATE_ONLY, { message: DATE_MESSAGE('registeredSince') })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE('registeredSince') })
  registeredSince?: string | null;

  @ApiProperty({ description: 'Receives a living wage (leefloon) from the OCMW', example: true })
  @Sensitive()
  @IsBoolean()
  livingWageClient: boolean;

  @ApiProperty({ description: 'Currently works under an artikel 60 contract', example: false })
  @Sensitive()
  @IsBoolean()
  inArtikel60: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Optional: leave out if you prefer',
    example: null,
  })
  @Sensitive()
  @IsOptional()
  @IsBoolean()
  workDisability?: boolean | null;
}

export class ProfileDto {
  @ApiProperty({
    type: () => [DesiredOccupationDto],
    description: 'What the person wants to do, most wanted first (1 to 5)',
    example: [
      { occupationId: '303a1e34-cb16-4054-b323-81e5eec17397', experienceMonths: 18 },
      { occupationId: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c', experienceMonths: 0 },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => DesiredOccupationDto)
  desiredOccupations: DesiredOccupationDto[];

  @ApiProperty({
    description: 'Skill ids (see GET /api/v1/skills)',
    example: ['clean-floors', 'wash-dishes', 'handle-food-hygienically'],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  skillIds: string[];

  @ApiProperty({ type: () => EducationDto })
  @ValidateNested()
  @Type(() => EducationDto)
  education: EducationDto;

  @ApiProperty({ enum: CEFR_LEVEL_CODES, nullable: true, example: 'A2', description: 'null: no Dutch yet' })
  @ValidateIf((p: ProfileDto) => p.dutchLevel !== null)
  @IsIn(CEFR_LEVEL_CODES)
  dutchLevel: CefrLevelCode | null;

  @ApiProperty({ type: () => [LanguageDto], description: 'Languages besides Dutch' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LanguageDto)
  otherLanguages: LanguageDto[];

  @ApiProperty({ enum: DrivingLicence, enumName: 'DrivingLicence', isArray: true, example: [] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(DrivingLicence, { each: true })
  drivingLicences: DrivingLicence[];

  @ApiProperty({ type: () => MobilityDto })
  @ValidateNested()
  @Type(() => MobilityDto)
  mobility: MobilityDto;

  @ApiProperty({ type: () => WorkTimeDto })
  @ValidateNested()
  @Type(() => WorkTimeDto)
  workTime: WorkTimeDto;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-12-01' })
  @IsOptional()
  @IsISO8601(DATE_ONLY, { message: DATE_MESSAGE('availableFrom') })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE('availableFrom') })
  availableFrom?: string | null;

  @ApiProperty({
    description: 'The wijk the person lives in (GET /api/v1/neighbourhoods), 7 = Rabot - Blaisantvest',
    example: 7,
  })
  @IsInt()
  @Min(1)
  homeWijkId: number;

  @ApiPropertyOptional({ type: () => AddressDto, nullable: true, description: 'Never shown to employers' })
  @Sensitive()
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto | null;

  @ApiProperty({ type: () => EligibilityDto })
  @ValidateNested()
  @Type(() => EligibilityDto)
  eligibility: EligibilityDto;

  @ApiProperty({ enum: Availability, enumName: 'Availability', example: Availability.Active })
  @IsEnum(Availability)
  availability: Availability;
}

const CLIENT_PRESENT = {
  description: 'The mediator confirms the client is present and agrees with this change',
  example: true,
  enum: [true],
} as const;
const CLIENT_PRESENT_MESSAGE = 'clientPresent must be true: change a client’s profile only with the client present';

/** A mediator's change on the client's behalf: only with the client at the desk. */
export class ClientProfileDto extends ProfileDto {
  @ApiProperty(CLIENT_PRESENT)
  @Equals(true, { message: CLIENT_PRESENT_MESSAGE })
  clientPresent: true;
}

/** A partial change: the top-level fields given replace the stored ones; a group (e.g. `mobility`) is replaced whole. */
export class ProfilePatchDto extends PartialType(ProfileDto) {}

/** A mediator's partial change on the client's behalf: only with the client at the desk. */
export class ClientProfilePatchDto extends PartialType(ProfileDto) {
  @ApiProperty(CLIENT_PRESENT)
  @Equals(true, { message: CLIENT_PRESENT_MESSAGE })
  clientPresent: true;
}
