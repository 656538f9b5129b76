import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, OutboxAggregateType, OutboxChange, OutboxWriter } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../actor/actor';
import { AuditService } from '../audit/audit.service';
import { AuditAction, AuditPurpose } from '../audit/audit-vocabulary';
import { decodeCursor, Page, toPage } from '../audit/cursor';
import { ConsentChange } from './consent-change.entity';
import { ConsentKind, ConsentSource } from './consent-vocabulary';
import { ContactSharingConsent } from './contact-sharing-consent.entity';
import { EmployerVisibilityConsent } from './employer-visibility-consent.entity';
import { WerkpuntAccessConsent } from './werkpunt-access-consent.entity';

/** A job seeker's choices as they stand now. */
export interface ConsentState {
  visibleToEmployers: boolean;
  contactSharedWith: { organisationId: string; since: Date }[];
  werkpuntAccess: { werkpuntId: string; since: Date }[];
}

/** Who makes a change: the person, or a mediator who confirms the person is sitting with them. */
export type ConsentAuthor =
  | { source: ConsentSource.Self }
  | { source: ConsentSource.MediatorOnBehalf; mediator: Actor; clientPresent: true; requestId?: string | null };

/** One change, as the history shows it. */
export interface ConsentChangeView {
  occurredAt: Date;
  kind: ConsentKind;
  targetId: string | null;
  granted: boolean;
  source: ConsentSource;
  /** Named when a mediator made the change on the person's behalf. */
  mediatorAccountId: string | null;
  clientPresent: boolean | null;
}

/** A change to apply: which choice, for whom, and the new value. */
type ConsentChangeRequest =
  | { kind: ConsentKind.EmployerVisibility; granted: boolean }
  | { kind: ConsentKind.ContactSharing; organisationId: string; granted: boolean }
  | { kind: ConsentKind.WerkpuntAccess; werkpuntId: string; granted: boolean };

/**
 * A job seeker's consents: reading and changing them (each change recorded with time and source), and
 * the questions other contexts ask before showing anything about a person. Authorisation happens in
 * the callers (controllers via PolicyService); this service trusts the author it is given.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly outbox: OutboxWriter,
  ) {}

  // --- questions other contexts ask ------------------------------------------------------------

  async isVisibleToEmployers(jobSeekerAccountId: string, manager = this.dataSource.manager): Promise<boolean> {
    const row = await manager.findOneBy(EmployerVisibilityConsent, { jobSeekerAccountId });
    return row?.visibleToEmployers ?? false;
  }

  async mayShareContactWith(
    jobSeekerAccountId: string,
    organisationId: string,
    manager = this.dataSource.manager,
  ): Promise<boolean> {
    return manager.existsBy(ContactSharingConsent, { jobSeekerAccountId, organisationId });
  }

  /** Werkpunten the person let see their file, besides their own. */
  async werkpuntsWithAccess(jobSeekerAccountId: string, manager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.find(WerkpuntAccessConsent, {
      where: { jobSeekerAccountId },
      order: { werkpuntId: 'ASC' },
    });
    return rows.map((row) => row.werkpuntId);
  }

  async stateOf(jobSeekerAccountId: string, manager = this.dataSource.manager): Promise<ConsentState> {
    // One after the other: inside a transaction the manager has a single connection.
    const visibleToEmployers = await this.isVisibleToEmployers(jobSeekerAccountId, manager);
    const contacts = await manager.find(ContactSharingConsent, {
      where: { jobSeekerAccountId },
      order: { grantedAt: 'ASC' },
    });
    const werkpunten = await manager.find(WerkpuntAccessConsent, {
      where: { jobSeekerAccountId },
      order: { grantedAt: 'ASC' },
    });
    return {
      visibleToEmployers,
      contactSharedWith: contacts.map((c) => ({ organisationId: c.organisationId, since: c.grantedAt })),
      werkpuntAccess: werkpunten.map((w) => ({ werkpuntId: w.werkpuntId, since: w.grantedAt })),
    };
  }

  async history(
    jobSeekerAccountId: string,
    page: { cursor?: string; limit: number },
    manager = this.dataSource.manager,
  ): Promise<Page<ConsentChangeView>> {
    const query = manager
      .createQueryBuilder(ConsentChange, 'c')
      .where('c.job_seeker_account_id = :jobSeekerAccountId', { jobSeekerAccountId });
    if (page.cursor) query.andWhere('c.id < :after', { after: decodeCursor(page.cursor) });
    const rows = await query
      .orderBy('c.id', 'DESC')
      .limit(page.limit + 1)
      .getMany();
    return toPage(rows, page.limit, toChangeView);
  }

  // --- changes ----------------------------------------------------------------------------------

  setEmployerVisibility(jobSeekerAccountId: string, visible: boolean, author: ConsentAuthor): Promise<ConsentState> {
    return this.change(jobSeekerAccountId, { kind: ConsentKind.EmployerVisibility, granted: visible }, author);
  }

  /** `manager`: inside the caller's transaction (accepting an invitation shares contact details with its employer). */
  setContactSharing(
    jobSeekerAccountId: string,
    organisationId: string,
    shared: boolean,
    author: ConsentAuthor,
    manager?: EntityManager,
  ): Promise<ConsentState> {
    return this.change(
      jobSeekerAccountId,
      { kind: ConsentKind.ContactSharing, organisationId, granted: shared },
      author,
      manager,
    );
  }

  setWerkpuntAccess(
    jobSeekerAccountId: string,
    werkpuntId: string,
    granted: boolean,
    author: ConsentAuthor,
  ): Promise<ConsentState> {
    return this.change(jobSeekerAccountId, { kind: ConsentKind.WerkpuntAccess, werkpuntId, granted }, author);
  }

  /**
   * Applies the change, records it in the history and, when a mediator acts, in the audit log: all in
   * one transaction. Asking for the state that already holds changes nothing and records nothing.
   */
  private change(
    jobSeekerAccountId: string,
    request: ConsentChangeRequest,
    author: ConsentAuthor,
    outer?: EntityManager,
  ): Promise<ConsentState> {
    const inTransaction = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> =>
      outer ? work(outer) : this.dataSource.transaction(work);
    return inTransaction(async (manager) => {
      const now = this.clock.now();
      // Serialise concurrent changes of one person's consents, so "did it change?" stays true at commit.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`consent:${jobSeekerAccountId}`]);
      const changed = await this.apply(manager, jobSeekerAccountId, request, now);
      if (changed) {
        const onBehalf = author.source === ConsentSource.MediatorOnBehalf ? author : null;
        await manager.insert(ConsentChange, {
          jobSeekerAccountId,
          occurredAt: now,
          kind: request.kind,
          targetId: targetOf(request),
          granted: request.granted,
          source: author.source,
          mediatorAccountId: onBehalf?.mediator.userId ?? null,
          clientPresent: onBehalf ? onBehalf.clientPresent : null,
        });
        if (request.kind === ConsentKind.EmployerVisibility) {
          // The anonymised profile enters or leaves the search index. Consent has no version of its own; the
          // sync orders by event id and re-reads the profile and the consent, so 0 is enough here.
          await this.outbox.record(manager, {
            aggregateType: OutboxAggregateType.JobSeekerProfile,
            aggregateId: jobSeekerAccountId,
            aggregateVersion: 0,
            change: OutboxChange.Upsert,
          });
        }
        if (onBehalf) {
          await this.audit.recordAccess(
            {
              actor: onBehalf.mediator,
              record: { jobSeekerAccountId, recordType: 'Consent', recordId: jobSeekerAccountId },
              action: AuditAction.Update,
              purpose: AuditPurpose.Consent,
              requestId: onBehalf.requestId,
            },
            manager,
          );
        }
      }
      return this.stateOf(jobSeekerAccountId, manager);
    });
  }

  /** Writes the new state; true when it differed from the old one. */
  private async apply(
    manager: EntityManager,
    jobSeekerAccountId: string,
    request: ConsentChangeRequest,
    now: Date,
  ): Promise<boolean> {
    switch (request.kind) {
      case ConsentKind.EmployerVisibility: {
        if ((await this.isVisibleToEmployers(jobSeekerAccountId, manager)) === request.granted) return false;
        await manager.upsert(
          EmployerVisibilityConsent,
          { jobSeekerAccountId, visibleToEmployers: request.granted, changedAt: now },
          ['jobSeekerAccountId'],
        );
        return true;
      }
      case ConsentKind.ContactSharing: {
        const key = { jobSeekerAccountId, organisationId: request.organisationId };
        if ((await manager.existsBy(ContactSharingConsent, key)) === request.granted) return false;
        if (request.granted) await manager.insert(ContactSharingConsent, { ...key, grantedAt: now });
        else await manager.delete(ContactSharingConsent, key);
        return true;
      }
      case ConsentKind.WerkpuntAccess: {
        const key = { jobSeekerAccountId, werkpuntId: request.werkpuntId };
        if ((await manager.existsBy(WerkpuntAccessConsent, key)) === request.granted) return false;
        if (request.granted) await manager.insert(WerkpuntAccessConsent, { ...key, grantedAt: now });
        else await manager.delete(WerkpuntAccessConsent, key);
        return true;
      }
    }
  }
}

function targetOf(request: ConsentChangeRequest): string | null {
  switch (request.kind) {
    case ConsentKind.EmployerVisibility:
      return null;
    case ConsentKind.ContactSharing:
      return request.organisationId;
    case ConsentKind.WerkpuntAccess:
      return request.werkpuntId;
  }
}

function toChangeView(row: ConsentChange): ConsentChangeView {
  return {
    occurredAt: row.occurredAt,
    kind: row.kind,
    targetId: row.targetId,
    granted: row.granted,
    source: row.source,
    mediatorAccountId: row.mediatorAccountId,
    clientPresent: row.clientPresent,
  };
}
