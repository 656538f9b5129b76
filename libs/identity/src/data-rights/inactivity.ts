import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, JobHandler, JobName, JobQueue, QueueName } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { PreferredLanguage } from '../accounts/account.entity';
import { Role } from '../actor/actor';
import { AuditPurpose } from '../audit/audit-vocabulary';
import { inactivityWarningMail } from '../mail/identity-mails';
import { Mailer } from '../mail/mailer';
import { ErasureService } from './erasure.service';
import { ErasureReason } from './erasure-vocabulary';

/** A fixed id: every worker replica upserts the same schedule instead of adding one each. */
export const INACTIVITY_SWEEP_SCHEDULER_ID = 'identity-inactivity-sweep';
/** Daily at 03:15 (Brussels): quiet hours, after the night's backups. */
export const INACTIVITY_SWEEP_CRON = '15 3 * * *';
const BATCH = 200;

// Staff accounts (mediators, admins) are managed by the city (deactivate, admin erasure), not by the clock.
const SWEPT_ROLES = [Role.JobSeeker, Role.Recruiter];
// When the account was last used: its last sign-in, or its creation when it never signed in.
const INACTIVE_SINCE = 'coalesce(last_active_at, created_at)';

/**
 * The retention rule for inactive accounts: one warning mail after INACTIVITY_WARN_MONTHS without a login
 * (again after a later login), erasure after INACTIVITY_ERASE_MONTHS. Runs in the worker only.
 */
@Injectable()
export class InactivitySweep implements OnApplicationBootstrap {
  private readonly logger = new Logger(InactivitySweep.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly erasure: ErasureService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(QueueName.Maintenance)
      .upsertJobScheduler(
        INACTIVITY_SWEEP_SCHEDULER_ID,
        { pattern: INACTIVITY_SWEEP_CRON, tz: 'Europe/Brussels' },
        { name: JobName.InactivitySweep, data: {} },
      );
  }

  @JobHandler(JobName.InactivitySweep)
  async sweep(): Promise<{ warned: number; erased: number }> {
    const now = this.clock.now();
    const warnBefore = monthsBefore(now, this.config.inactivity.warnAfterMonths);
    const eraseBefore = monthsBefore(now, this.config.inactivity.eraseAfterMonths);

    let erased = 0;
    for (;;) {
      const due = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM accounts WHERE status <> 'erased' AND role = ANY($1) AND ${INACTIVE_SINCE} <= $2
         ORDER BY id LIMIT $3`,
        [SWEPT_ROLES, eraseBefore, BATCH],
      );
      for (const { id } of due) {
        await this.erasure.erase({
          accountId: id,
          reason: ErasureReason.Inactivity,
          requestedBy: null,
          purpose: AuditPurpose.Retention,
        });
      }
      erased += due.length;
      if (due.length < BATCH) break;
    }

    // One mail job each, so a failing mail is retried on its own; the job re-checks before sending.
    const toWarn = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM accounts WHERE ${WARNABLE} AND ${INACTIVE_SINCE} <= $2`,
      [SWEPT_ROLES, warnBefore],
    );
    for (const { id } of toWarn) {
      await this.jobs.add(
        JobName.InactivityWarning,
        { accountId: id },
        { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
      );
    }
    this.logger.log({ warned: toWarn.length, erased }, 'inactivity sweep done');
    return { warned: toWarn.length, erased };
  }

  @JobHandler(JobName.InactivityWarning)
  async warn({ accountId }: { accountId: string }): Promise<void> {
    const now = this.clock.now();
    const warnBefore = monthsBefore(now, this.config.inactivity.warnAfterMonths);
    // Claim the warning first, so two jobs for one account cannot both mail; undone when sending fails.
    const [claimed] = await this.dataSource.query<
      [{ email: string; preferred_language: string; since: Date }[], number]
    >(
      `UPDATE accounts SET inactivity_warned_at = $4
        WHERE id = $3 AND ${WARNABLE} AND ${INACTIVE_SINCE} <= $2
        RETURNING email, preferred_language, ${INACTIVE_SINCE} AS since`,
      [SWEPT_ROLES, warnBefore, accountId, now],
    );
    const account = claimed[0];
    if (!account) return; // logged in meanwhile, already warned, or erased
    const eraseOn = monthsAfter(new Date(account.since), this.config.inactivity.eraseAfterMonths);
    const language = account.preferred_language === 'en' ? PreferredLanguage.English : PreferredLanguage.Dutch;
    try {
      await this.mailer.send(inactivityWarningMail(account.email, language, eraseOn, `${this.config.publicUrl}/login`));
    } catch (error) {
      await this.dataSource.query('UPDATE accounts SET inactivity_warned_at = NULL WHERE id = $1', [accountId]);
      throw error;
    }
  }
}

// Active, with an address, of a swept role ($1), and not warned since the last login.
const WARNABLE = `status = 'active' AND email IS NOT NULL AND role = ANY($1)
  AND (inactivity_warned_at IS NULL OR inactivity_warned_at < ${INACTIVE_SINCE})`;

export function monthsBefore(date: Date, months: number): Date {
  return monthsAfter(date, -months);
}

export function monthsAfter(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
