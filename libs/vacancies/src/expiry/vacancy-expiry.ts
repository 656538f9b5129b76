import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, JobHandler, JobName, JobQueue, QueueName } from '@werkpunt/platform';
import { DataSource, In, LessThan } from 'typeorm';
import { ghentDate, GHENT_TIME_ZONE } from '../domain/ghent-date';
import { EXPIRABLE_STATUSES } from '../domain/vacancy-lifecycle';
import { SYSTEM_ACTOR_ROLE } from '../domain/vacancy-vocabulary';
import { VacancyStore } from '../vacancy-store';
import { Vacancy } from '../vacancy.entity';

/** One schedule for every worker replica: they upsert the same id instead of adding one each. */
export const VACANCY_EXPIRY_SCHEDULER_ID = 'vacancies-expire-overdue';
/** Hourly, a few minutes past the hour (away from the top-of-hour crowd). */
export const VACANCY_EXPIRY_CRON = '7 * * * *';

/**
 * Expires published and paused vacancies whose closing date (the last day to apply, in Ghent) has passed.
 * Each vacancy is its own transaction that re-reads it under lock, so a vacancy filled or re-dated meanwhile
 * is left alone, and a run that stops halfway is simply finished by the next one.
 */
@Injectable()
export class VacancyExpiry implements OnApplicationBootstrap {
  private readonly logger = new Logger(VacancyExpiry.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: VacancyStore,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(QueueName.Maintenance)
      .upsertJobScheduler(
        VACANCY_EXPIRY_SCHEDULER_ID,
        { pattern: VACANCY_EXPIRY_CRON, tz: GHENT_TIME_ZONE },
        { name: JobName.VacanciesExpireOverdue, data: {} },
      );
  }

  @JobHandler(JobName.VacanciesExpireOverdue)
  async expireOverdue(): Promise<{ expired: number }> {
    const now = this.clock.now();
    const today = ghentDate(now);
    const due = await this.dataSource.manager.find(Vacancy, {
      select: { id: true },
      where: { status: In([...EXPIRABLE_STATUSES]), closingDate: LessThan(today) },
      order: { id: 'ASC' },
    });
    let expired = 0;
    for (const { id } of due) {
      await this.store.change(id, async (vacancy, manager) => {
        if (!EXPIRABLE_STATUSES.includes(vacancy.status) || !vacancy.closingDate || vacancy.closingDate >= today)
          return false;
        await this.store.transition(
          manager,
          vacancy,
          'expire',
          { accountId: null, role: SYSTEM_ACTOR_ROLE },
          `The closing date ${vacancy.closingDate} has passed.`,
          now,
        );
        expired += 1;
      });
    }
    if (expired > 0) this.logger.log({ expired }, 'expired vacancies past their closing date');
    return { expired };
  }
}
