import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Vacancy } from '@werkpunt/vacancies';
import { ApplicationOrigin, ApplicationStatus, RejectionReason } from './domain/application-vocabulary';

const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/** A job seeker's application to a vacancy: one per person and vacancy. */
@Entity({ name: 'applications' })
@Unique('UQ_applications_vacancy_job_seeker', ['vacancyId', 'jobSeekerAccountId'])
@Check('CHK_applications_status', `"status" IN (${list(Object.values(ApplicationStatus))})`)
@Check('CHK_applications_origin', `"origin" IN (${list(Object.values(ApplicationOrigin))})`)
@Check(
  'CHK_applications_rejection_reason',
  `"rejection_reason" IS NULL OR "rejection_reason" IN (${list(Object.values(RejectionReason))})`,
)
// Every rejected application ends with feedback (DOMAIN.md, Sollicitatiefeedback).
@Check('CHK_applications_rejection_feedback', `"status" <> 'rejected' OR "rejection_reason" IS NOT NULL`)
@Index('IDX_applications_job_seeker', ['jobSeekerAccountId'])
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @ManyToOne('Vacancy', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_applications_vacancy' })
  vacancy?: Vacancy;

  /** The vacancy's organisation, kept here so the policies can decide without a join. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'job_seeker_account_id', type: 'uuid' })
  jobSeekerAccountId: string;

  @Column({ type: 'varchar', length: 30 })
  origin: ApplicationOrigin;

  @Column({ type: 'varchar', length: 20 })
  status: ApplicationStatus;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 20, nullable: true })
  rejectionReason: RejectionReason | null;

  @Column({ name: 'rejection_text', type: 'text', nullable: true })
  rejectionText: string | null;

  /** When it last entered a status that waits for the employer's decision (applied, screening, interview). */
  @Column({ name: 'awaiting_since', type: 'timestamptz', nullable: true })
  awaitingSince: Date | null;

  /** Set by the 14-day reminder when the employer has not decided. */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
