import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../actor/actor';
import { AuditLogEntry } from './audit-log-entry.entity';
import { AuditAction, AuditPurpose } from './audit-vocabulary';

/** The record of a job seeker's file that was read or changed. */
export interface AuditedRecord {
  jobSeekerAccountId: string;
  /** e.g. "JobSeekerFile", "Consent", "Application". */
  recordType: string;
  recordId: string;
}

/** Everything one audit row says: who, what, why, and which request (quote it to trace the logs). */
export interface AccessEvent {
  actor: Actor;
  record: AuditedRecord;
  action: AuditAction;
  purpose: AuditPurpose;
  requestId?: string | null;
}

/** Writes audit rows. Prefer AuditedReader for reads: it makes the read fail when the row cannot be written. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Whether this access must leave a trace: every access to a file except by the person themselves. */
  static isAudited(actor: Actor, record: Pick<AuditedRecord, 'jobSeekerAccountId'>): boolean {
    return actor.userId !== record.jobSeekerAccountId;
  }

  /**
   * Appends the row, inside the caller's transaction when `manager` is given, so a change and its trace
   * commit or roll back together. Throws when the row cannot be written: callers must not swallow it.
   * Returns false (and writes nothing) when the person acts on their own file.
   */
  async recordAccess(event: AccessEvent, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!AuditService.isAudited(event.actor, event.record)) return false;
    await manager.insert(AuditLogEntry, {
      occurredAt: this.clock.now(),
      actorAccountId: event.actor.userId,
      actorRole: event.actor.role,
      actorOrganisationIds: event.actor.organisationIds,
      actorWerkpuntIds: event.actor.werkpuntIds,
      subjectJobSeekerAccountId: event.record.jobSeekerAccountId,
      recordType: event.record.recordType,
      recordId: event.record.recordId,
      action: event.action,
      purpose: event.purpose,
      requestId: event.requestId ?? null,
    });
    return true;
  }
}
