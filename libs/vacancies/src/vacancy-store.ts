import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxAggregateType, OutboxChange, OutboxWriter } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { nextStatus, targetOf, VacancyTransition } from './domain/vacancy-lifecycle';
import { VacancyStatus } from './domain/vacancy-vocabulary';
import { VacancyContent } from './vacancy-content';
import { ResolvedReferences } from './vacancy-references';
import { VacancyStatusChange } from './vacancy-status-change.entity';
import { Vacancy } from './vacancy.entity';

/** Who changes a status: a person with their role, or the system (accountId null). */
export interface StatusActor {
  accountId: string | null;
  role: string;
}

export const VACANCY_NOT_FOUND = 'There is no vacancy here.';

/**
 * Every write of a vacancy goes through here: the row, its status history and its outbox event are one
 * transaction, and the version goes up by one with each change.
 */
@Injectable()
export class VacancyStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** A new draft, or a published vacancy (the draft and its publication are both in the history). */
  async insert(
    manager: EntityManager,
    fields: { organisationId: string; content: VacancyContent; resolved: ResolvedReferences; publish: boolean },
    actor: StatusActor,
    now: Date,
  ): Promise<Vacancy> {
    const status = fields.publish ? VacancyStatus.Published : VacancyStatus.Draft;
    const vacancy = await manager.save(
      manager.create(Vacancy, {
        organisationId: fields.organisationId,
        ...fields.content,
        ...fields.resolved,
        status,
        version: 1,
        publishedAt: fields.publish ? now : null,
      }),
    );
    await this.recordStatus(manager, vacancy.id, null, VacancyStatus.Draft, actor, null, now);
    if (fields.publish) await this.recordStatus(manager, vacancy.id, VacancyStatus.Draft, status, actor, null, now);
    await this.recordOutbox(manager, vacancy);
    return vacancy;
  }

  /**
   * Locks the row, lets `apply` change it (it may throw to leave everything unchanged, or return false when
   * there is nothing to do any more), saves it as the next version with its outbox event.
   */
  change(
    id: string,
    apply: (vacancy: Vacancy, manager: EntityManager) => void | false | Promise<void | false>,
    manager?: EntityManager,
  ): Promise<Vacancy> {
    const work = async (tx: EntityManager) => {
      const vacancy = await tx.findOne(Vacancy, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!vacancy) throw new NotFoundException(VACANCY_NOT_FOUND);
      if ((await apply(vacancy, tx)) === false) return vacancy;
      vacancy.version += 1;
      const saved = await tx.save(vacancy);
      await this.recordOutbox(tx, saved);
      return saved;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /** Moves the (locked) vacancy along the lifecycle and records the step; 409 naming from and to when not allowed. */
  async transition(
    manager: EntityManager,
    vacancy: Vacancy,
    transition: VacancyTransition,
    actor: StatusActor,
    reason: string | null,
    now: Date,
  ): Promise<void> {
    const from = vacancy.status;
    const to = nextStatus(from, transition);
    if (!to) {
      throw new ConflictException({
        message: `A ${from} vacancy cannot ${transition === 'fill' ? 'be filled' : `be ${transition}d`}: the lifecycle does not go from ${from} to ${targetOf(transition)}.`,
        details: { from, to: targetOf(transition), transition },
      });
    }
    vacancy.status = to;
    if (to === VacancyStatus.Published && !vacancy.publishedAt) vacancy.publishedAt = now;
    await this.recordStatus(manager, vacancy.id, from, to, actor, reason, now);
  }

  private async recordStatus(
    manager: EntityManager,
    vacancyId: string,
    from: VacancyStatus | null,
    to: VacancyStatus,
    actor: StatusActor,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    await manager.insert(VacancyStatusChange, {
      vacancyId,
      fromStatus: from,
      toStatus: to,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      reason,
      at,
    });
  }

  private recordOutbox(manager: EntityManager, vacancy: Vacancy): Promise<void> {
    return this.outbox.record(manager, {
      aggregateType: OutboxAggregateType.Vacancy,
      aggregateId: vacancy.id,
      aggregateVersion: vacancy.version,
      change: OutboxChange.Upsert,
    });
  }
}
