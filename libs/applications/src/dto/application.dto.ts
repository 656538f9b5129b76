import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EmployerCandidateView } from '@werkpunt/jobseekers';
import { ApplicationOrigin, ApplicationStatus, RejectionReason } from '../domain/application-vocabulary';

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) vacancyId: string;
  @ApiProperty({ enum: ApplicationOrigin }) origin: ApplicationOrigin;
  @ApiProperty({ enum: ApplicationStatus }) status: ApplicationStatus;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

/** What the job seeker sees: the vacancy's title and, when rejected, the feedback in plain language. */
export class MyApplicationDto extends ApplicationDto {
  @ApiProperty() vacancyTitle: string;
  @ApiPropertyOptional({ enum: RejectionReason, nullable: true }) rejectionReason: RejectionReason | null;
  @ApiPropertyOptional({ nullable: true, description: 'The feedback in the person’s language' })
  feedback: string | null;
}

/** The employer's board and the mediator's view: no name or contact; "waiting for a decision since …". */
export class BoardApplicationDto extends ApplicationDto {
  @ApiPropertyOptional({ nullable: true, description: 'Waiting for a decision since (set by the 14-day reminder)' })
  waitingForDecisionSince: string | null;
  @ApiPropertyOptional({ nullable: true }) remindedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The anonymised candidate, when they have a profile' })
  candidate: EmployerCandidateView | null;
}

/** The applicant's name and contact details, for the employer once the person shares them. */
export class ContactDetailsDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: 'Amina El Amrani' }) displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'amina.elamrani@example.org' }) email: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '+32 470 12 34 56' }) phone: string | null;
}
