import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Role } from '../actor/actor';
import { AuditLogEntry } from '../audit/audit-log-entry.entity';
import { AuditAction, AuditPurpose } from '../audit/audit-vocabulary';
import { ErasureStep } from './erasure-step';
import { ErasureReason } from './erasure-vocabulary';
import { ERASED_AT, ERASURE_REASON, Erasure, personalTables, PseudonymValue } from './personal-data-catalogue';
import { linkCondition, PersonIdentifiers, quoted } from './person-rows';
import { QueuedJobsErasure } from './queued-jobs-erasure';

export interface ErasureRequest {
  accountId: string;
  reason: ErasureReason;
  /** Who asked: the person, their mediator or an admin; null when the retention rule erases (the system). */
  requestedBy: Actor | null;
  purpose: AuditPurpose;
  requestId?: string | null;
}

/**
 * Erases an account as the personal-data catalogue says, in one transaction: rows deleted or pseudonymised,
 * retained records left with ids only, and an audit row. Then the copies outside PostgreSQL (ErasureStep).
 * Authorisation is the callers' job.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);
  private readonly steps: ErasureStep[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    queuedJobs: QueuedJobsErasure,
  ) {
    this.steps.push(queuedJobs);
  }

  /** For other contexts' stores (the search index): run after every erasure. */
  registerStep(step: ErasureStep): void {
    this.steps.push(step);
  }

  /** Repeating an erasure is harmless: the database part is skipped, the other stores are swept again. */
  async erase(request: ErasureRequest): Promise<{ erasedAt: Date }> {
    const { person, erasedAt } = await this.dataSource.transaction(async (manager) => {
      const account = await lockAccount(manager, request.accountId);
      const who: PersonIdentifiers = { accountId: account.id, email: account.email };
      if (account.status === 'erased') return { person: who, erasedAt: account.erased_at ?? this.clock.now() };
      const now = this.clock.now();
      for (const table of personalTables()) {
        for (const link of table.links) {
          const condition = linkCondition(link, who);
          if (condition) await apply(manager, table.table, link.erasure, condition, now, request.reason);
        }
      }
      await this.recordErasure(manager, request, account.role, now);
      return { person: who, erasedAt: now };
    });
    await this.eraseOutsideDatabase(person);
    return { erasedAt };
  }

  private async eraseOutsideDatabase(person: PersonIdentifiers): Promise<void> {
    const failed: string[] = [];
    for (const step of this.steps) {
      try {
        await step.eraseOutsideDatabase(person);
      } catch (error) {
        failed.push(step.name);
        this.logger.error({ accountId: person.accountId, step: step.name, err: String(error) }, 'erasure step failed');
      }
    }
    // The database part is committed; repeating the erasure runs the steps again.
    if (failed.length > 0) throw new Error(`Erasure steps failed: ${failed.join(', ')}; repeat the erasure`);
  }

  private async recordErasure(manager: EntityManager, request: ErasureRequest, role: Role, now: Date) {
    // The system has no account of its own: the retention rule's erasure names the account itself as actor.
    const actor = request.requestedBy ?? { userId: request.accountId, role, organisationIds: [], werkpuntIds: [] };
    await manager.insert(AuditLogEntry, {
      occurredAt: now,
      actorAccountId: actor.userId,
      actorRole: actor.role,
      actorOrganisationIds: actor.organisationIds,
      actorWerkpuntIds: actor.werkpuntIds,
      subjectJobSeekerAccountId: request.accountId,
      recordType: 'Account',
      recordId: request.accountId,
      action: AuditAction.Erase,
      purpose: request.purpose,
      requestId: request.requestId ?? null,
    });
  }
}

interface LockedAccount {
  id: string;
  email: string | null;
  role: Role;
  status: string;
  erased_at: Date | null;
}

async function lockAccount(manager: EntityManager, accountId: string): Promise<LockedAccount> {
  const [account] = await manager.query<LockedAccount[]>(
    'SELECT id, email, role, status, erased_at FROM accounts WHERE id = $1 FOR UPDATE',
    [accountId],
  );
  if (!account) throw new NotFoundException('There is no account here.');
  return account;
}

async function apply(
  manager: EntityManager,
  table: string,
  erasure: Erasure,
  condition: { sql: string; value: string },
  now: Date,
  reason: ErasureReason,
): Promise<void> {
  switch (erasure.action) {
    case 'retain':
      return;
    case 'delete':
      await manager.query(`DELETE FROM ${quoted(table)} WHERE ${condition.sql}`, [condition.value]);
      return;
    case 'pseudonymise': {
      const entries = Object.entries(erasure.set);
      const assignments = entries.map(([column], i) => `${quoted(column)} = $${i + 2}`).join(', ');
      const values = entries.map(([, value]) => resolve(value, now, reason));
      await manager.query(`UPDATE ${quoted(table)} SET ${assignments} WHERE ${condition.sql}`, [
        condition.value,
        ...values,
      ]);
      return;
    }
  }
}

function resolve(value: PseudonymValue, now: Date, reason: ErasureReason): string | Date | null {
  if (value === ERASED_AT) return now;
  if (value === ERASURE_REASON) return reason;
  return value;
}
