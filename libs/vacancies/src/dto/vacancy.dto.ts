import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CEFR_LEVEL_CODES, CefrLevelCode } from '@werkpunt/taxonomy';
import {
  ContractType,
  DRIVING_LICENCES,
  DrivingLicenceCategory,
  MINIMUM_EDUCATION_CODES,
  MinimumEducation,
  VacancyKind,
  VacancyProgramme,
  VacancyStatus,
  WorkShift,
} from '../domain/vacancy-vocabulary';
import { VacancyLanguageDto } from './vacancy-input.dto';

/** A vacancy as the API answers it. Organisation data only: no person is named. */
export class VacancyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: VacancyKind }) kind: VacancyKind;
  @ApiProperty({ enum: VacancyStatus }) status: VacancyStatus;
  @ApiProperty({ description: 'Goes up by one on every change' }) version: number;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiPropertyOptional({ nullable: true, description: 'Wijknr of the site; null outside Ghent' }) wijk: number | null;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'uuid' }) occupationId: string;
  @ApiProperty({ example: '5120' }) iscoCode: string;
  @ApiProperty({ description: 'Knelpuntberoep (curated approximation of VDAB’s list by ISCO group)' })
  shortage: boolean;
  @ApiProperty({ type: [String] }) requiredSkillIds: string[];
  @ApiProperty({ type: [String] }) niceToHaveSkillIds: string[];
  @ApiProperty({ enum: MINIMUM_EDUCATION_CODES }) minimumEducation: MinimumEducation;
  @ApiPropertyOptional({ enum: CEFR_LEVEL_CODES, nullable: true }) dutchLevel: CefrLevelCode | null;
  @ApiProperty({ type: [VacancyLanguageDto] }) otherLanguages: VacancyLanguageDto[];
  @ApiProperty({ enum: DRIVING_LICENCES, isArray: true }) drivingLicences: DrivingLicenceCategory[];
  @ApiProperty() hoursPerWeekMin: number;
  @ApiProperty() hoursPerWeekMax: number;
  @ApiProperty({ enum: WorkShift, isArray: true }) shifts: WorkShift[];
  @ApiProperty({ enum: ContractType }) contractType: ContractType;
  @ApiProperty({ enum: VacancyProgramme }) programme: VacancyProgramme;
  @ApiProperty() positions: number;
  @ApiPropertyOptional({ format: 'date', nullable: true }) startDate: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true }) closingDate: string | null;
  @ApiProperty() remoteSharePercent: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) publishedAt: string | null;
}

export class VacancyPageDto {
  @ApiProperty({ type: [VacancyDto] }) items: VacancyDto[];
  @ApiPropertyOptional({ nullable: true }) nextCursor: string | null;
}

export class VacancyStatusChangeDto {
  @ApiPropertyOptional({ enum: VacancyStatus, nullable: true }) from: VacancyStatus | null;
  @ApiProperty({ enum: VacancyStatus }) to: VacancyStatus;
  @ApiProperty({ description: 'The actor’s role, or "system"' }) actorRole: string;
  @ApiPropertyOptional({ nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}
