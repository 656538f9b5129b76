import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Sensitive } from '@werkpunt/platform';
import { CEFR_LEVEL_CODES, CefrLevelCode, EDUCATION_LEVEL_CODES, EducationLevelCode } from '@werkpunt/taxonomy';
import { EmployerCandidateView } from '../../domain/employer-view';
import {
  AgeBand,
  Availability,
  DrivingLicence,
  ProfileChangeSource,
  Programme,
  Shift,
  TransportMode,
} from '../../domain/profile-vocabulary';
import {
  AddressDto,
  DesiredOccupationDto,
  EducationDto,
  EligibilityDto,
  LanguageDto,
  MobilityDto,
  WorkTimeDto,
} from './profile.dto';

export class RankedOccupationDto extends DesiredOccupationDto {
  @ApiProperty({ description: '1 is the most wanted', example: 1 })
  rank: number;
}

/** The eligibility facts as given, plus what follows from them today (computed, never stored). */
export class EligibilityViewDto extends EligibilityDto {
  @ApiProperty({ enum: AgeBand, enumName: 'AgeBand', nullable: true, example: AgeBand.From25To49 })
  ageBand: AgeBand | null;

  @ApiProperty({ type: Number, nullable: true, example: 14 })
  monthsRegistered: number | null;

  @ApiProperty({ enum: Programme, enumName: 'Programme', isArray: true, example: [Programme.Artikel60] })
  programmes: Programme[];
}

/** The whole profile, for the person and the mediators who follow them. Never for employers. */
export class ProfileViewDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ type: () => [RankedOccupationDto] })
  desiredOccupations: RankedOccupationDto[];

  @ApiProperty({ example: ['clean-floors', 'wash-dishes', 'handle-food-hygienically'] })
  skillIds: string[];

  @ApiProperty({ type: () => EducationDto })
  education: EducationDto;

  @ApiProperty({ enum: CEFR_LEVEL_CODES, nullable: true, example: 'A2' })
  dutchLevel: CefrLevelCode | null;

  @ApiProperty({ type: () => [LanguageDto] })
  otherLanguages: LanguageDto[];

  @ApiProperty({ enum: DrivingLicence, enumName: 'DrivingLicence', isArray: true, example: [] })
  drivingLicences: DrivingLicence[];

  @ApiProperty({ type: () => MobilityDto })
  mobility: MobilityDto;

  @ApiProperty({ type: () => WorkTimeDto })
  workTime: WorkTimeDto;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-12-01' })
  availableFrom: string | null;

  @ApiProperty({ example: 7 })
  homeWijkId: number;

  @ApiPropertyOptional({ type: () => AddressDto, nullable: true })
  @Sensitive()
  address: AddressDto | null;

  @ApiProperty({ type: () => EligibilityViewDto })
  @Sensitive()
  eligibility: EligibilityViewDto;

  @ApiProperty({ enum: Availability, enumName: 'Availability', example: Availability.Active })
  availability: Availability;

  @ApiProperty({
    enum: ProfileChangeSource,
    enumName: 'ProfileChangeSource',
    example: ProfileChangeSource.Self,
    description: 'Who made the last change; "who looked at my file" names the mediator’s Werkpunt',
  })
  lastChangeSource: ProfileChangeSource;

  @ApiProperty({ description: 'Goes up by one on every change', example: 3 })
  version: number;

  @ApiProperty({ example: '2026-11-20T09:30:00.000Z' })
  createdAt: Date;

  @ApiProperty({ example: '2026-11-27T14:05:00.000Z' })
  updatedAt: Date;
}

/** An anonymised candidate, as an employer sees them: see employer-view.ts for what is left out and why. */
export class CandidateDto implements EmployerCandidateView {
  @ApiProperty({ format: 'uuid', description: 'Stable id of the candidate; not a name or contact' })
  candidateId: string;

  @ApiProperty({ type: () => [RankedOccupationDto] })
  desiredOccupations: RankedOccupationDto[];

  @ApiProperty({ example: ['clean-floors', 'wash-dishes'] })
  skillIds: string[];

  @ApiProperty({ enum: EDUCATION_LEVEL_CODES, example: 'low' })
  educationLevel: EducationLevelCode;

  @ApiProperty({ enum: CEFR_LEVEL_CODES, nullable: true, example: 'A2' })
  dutchLevel: CefrLevelCode | null;

  @ApiProperty({ type: () => [LanguageDto] })
  otherLanguages: LanguageDto[];

  @ApiProperty({ enum: DrivingLicence, enumName: 'DrivingLicence', isArray: true, example: [] })
  drivingLicences: DrivingLicence[];

  @ApiProperty({ enum: TransportMode, enumName: 'TransportMode', isArray: true, example: [TransportMode.Bike] })
  transportModes: TransportMode[];

  @ApiProperty({ type: Number, nullable: true, example: 20 })
  maxCommuteMinutes: number | null;

  @ApiProperty({ type: Number, nullable: true, example: null })
  maxCommuteKm: number | null;

  @ApiProperty({ example: 19 })
  hoursPerWeekMin: number;

  @ApiProperty({ example: 30 })
  hoursPerWeekMax: number;

  @ApiProperty({ enum: Shift, enumName: 'Shift', isArray: true, example: [Shift.Day] })
  shifts: Shift[];

  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  availableFrom: string | null;

  @ApiProperty({ example: 7 })
  homeWijkId: number;

  @ApiProperty({ enum: Availability, enumName: 'Availability', example: Availability.Active })
  availability: Availability;

  @ApiProperty({ enum: Programme, enumName: 'Programme', isArray: true, example: [] })
  eligibleProgrammes: Programme[];
}
