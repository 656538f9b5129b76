import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../actor/actor';
import { AuditAction, AuditPurpose } from './audit-vocabulary';

/**
 * One read or change of a job seeker's file by someone other than that person. Append-only: the
 * migration adds a trigger that refuses UPDATE, DELETE and TRUNCATE. No foreign keys to accounts, so
 * the trace outlives an erased account (the account id is then a pseudonym).
 */
@Entity({ name: 'audit_log' })
@Check('CHK_audit_log_actor_role', `"actor_role" IN ('job_seeker', 'recruiter', 'mediator', 'admin')`)
@Index('IDX_audit_log_subject', ['subjectJobSeekerAccountId', 'id'])
@Index('IDX_audit_log_actor', ['actorAccountId', 'id'])
export class AuditLogEntry {
  /** Increasing with insertion order: the pagination cursor. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_account_id', type: 'uuid' })
  actorAccountId: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: Role;

  /** The actor's organisations and Werkpunten at the time: the person sees these, not the individual. */
  @Column({ name: 'actor_organisation_ids', type: 'uuid', array: true, default: () => "'{}'" })
  actorOrganisationIds: string[];

  @Column({ name: 'actor_werkpunt_ids', type: 'uuid', array: true, default: () => "'{}'" })
  actorWerkpuntIds: string[];

  @Column({ name: 'subject_job_seeker_account_id', type: 'uuid' })
  subjectJobSeekerAccountId: string;

  /** What kind of record, e.g. "JobSeekerFile", "Consent", "Application". */
  @Column({ name: 'record_type', type: 'text' })
  recordType: string;

  @Column({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  @Column({ type: 'enum', enum: AuditPurpose, enumName: 'audit_purpose' })
  purpose: AuditPurpose;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
