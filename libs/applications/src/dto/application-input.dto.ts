import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ApplicationStatus, RejectionReason } from '../domain/application-vocabulary';

export class ApplyDto {
  @ApiProperty({ format: 'uuid', description: 'The published vacancy to apply to' })
  @IsUUID()
  vacancyId: string;
}

export class ProposeDto {
  @ApiProperty({ format: 'uuid', description: 'The published vacancy the client is proposed for' })
  @IsUUID()
  vacancyId: string;
}

export class InviteDto {
  @ApiProperty({ format: 'uuid', description: 'The anonymised candidate’s id (candidateId of a match)' })
  @IsUUID()
  candidateId: string;
}

/** The employer's forward steps; rejecting has its own route, because it needs feedback. */
export const EMPLOYER_STATUSES = [
  ApplicationStatus.Screening,
  ApplicationStatus.Interview,
  ApplicationStatus.Offer,
  ApplicationStatus.Hired,
] as const;

export class ChangeStatusDto {
  @ApiProperty({ enum: EMPLOYER_STATUSES })
  @IsIn(EMPLOYER_STATUSES)
  status: (typeof EMPLOYER_STATUSES)[number];

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RejectDto {
  @ApiProperty({ enum: RejectionReason, description: 'Required: every rejection ends with feedback' })
  @IsEnum(RejectionReason)
  reason: RejectionReason;

  @ApiPropertyOptional({ maxLength: 2000, description: 'The employer’s own words, shown to the job seeker' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  text?: string;
}

export class WithdrawDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
