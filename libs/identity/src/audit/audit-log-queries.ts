import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { Role } from '../actor/actor';
import { AuditLogEntry } from './audit-log-entry.entity';
import { AuditAction, AuditPurpose } from './audit-vocabulary';
import { decodeCursor, Page, toPage } from './cursor';

/** One line of "who looked at my file": the role and organisation, never the individual. */
export interface FileAccessView {
  occurredAt: Date;
  actorRole: Role;
  organisationIds: string[];
  werkpuntIds: string[];
  action: AuditAction;
  purpose: AuditPurpose;
  recordType: string;
}

/** A full audit row, for admins. */
export interface AuditLogView extends FileAccessView {
  id: string;
  actorAccountId: string;
  subjectJobSeekerAccountId: string;
  recordId: string;
  requestId: string | null;
}

export interface AuditLogSearch {
  subjectJobSeekerAccountId?: string;
  actorAccountId?: string;
  action?: AuditAction;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export interface PageRequest {
  cursor?: string;
  limit: number;
}

/** Reads of the audit log, newest first, paged by cursor. */
@Injectable()
export class AuditLogQueries {
  constructor(@InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>) {}

  /** `manager`: read inside an audited reader's transaction (a mediator reading a client's log). */
  fileAccessesOf(
    jobSeekerAccountId: string,
    page: PageRequest,
    manager?: EntityManager,
  ): Promise<Page<FileAccessView>> {
    return this.fetch(
      (manager?.getRepository(AuditLogEntry) ?? this.entries)
        .createQueryBuilder('e')
        .where('e.subject_job_seeker_account_id = :jobSeekerAccountId', { jobSeekerAccountId })
        // Rows are only written for other people, but the person's own reads must never show even if one slipped in.
        .andWhere('e.actor_account_id <> :jobSeekerAccountId', { jobSeekerAccountId }),
      page,
      toFileAccessView,
    );
  }

  search(filter: AuditLogSearch, page: PageRequest): Promise<Page<AuditLogView>> {
    const query = this.entries.createQueryBuilder('e');
    if (filter.subjectJobSeekerAccountId) {
      query.andWhere('e.subject_job_seeker_account_id = :subject', { subject: filter.subjectJobSeekerAccountId });
    }
    if (filter.actorAccountId) query.andWhere('e.actor_account_id = :actor', { actor: filter.actorAccountId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    return this.fetch(query, page, toAuditLogView);
  }

  private async fetch<T>(
    query: SelectQueryBuilder<AuditLogEntry>,
    page: PageRequest,
    map: (row: AuditLogEntry) => T,
  ): Promise<Page<T>> {
    if (page.cursor) query.andWhere('e.id < :after', { after: decodeCursor(page.cursor) });
    const rows = await query
      .orderBy('e.id', 'DESC')
      .limit(page.limit + 1)
      .getMany();
    return toPage(rows, page.limit, map);
  }
}

function toFileAccessView(row: AuditLogEntry): FileAccessView {
  return {
    occurredAt: row.occurredAt,
    actorRole: row.actorRole,
    organisationIds: row.actorOrganisationIds,
    werkpuntIds: row.actorWerkpuntIds,
    action: row.action,
    purpose: row.purpose,
    recordType: row.recordType,
  };
}

function toAuditLogView(row: AuditLogEntry): AuditLogView {
  return {
    ...toFileAccessView(row),
    id: row.id,
    actorAccountId: row.actorAccountId,
    subjectJobSeekerAccountId: row.subjectJobSeekerAccountId,
    recordId: row.recordId,
    requestId: row.requestId,
  };
}
