import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, JOB_QUEUE, JobHandler, JobName, JobQueue } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { AWAITING_EMPLOYER } from '../domain/application-lifecycle';

/** How long an application may wait for the employer's decision before the reminder. */
export const DECISION_REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One reminder job per application: a later entry into a waiting status replaces it (the 14 days restart). */
export const reminderJobId = (applicationId: string) => `application:${applicationId}:reminder`;

/** The producer side, used by the api when an application enters applied, screening or interview. */
@Injectable()
export class DecisionReminderScheduler {
  private readonly logger = new Logger(DecisionReminderScheduler.name);

  constructor(private readonly jobs: JobQueue) {}

  async schedule(applicationId: string): Promise<void> {
    const jobId = reminderJobId(applicationId);
    const queue = this.jobs.queue(JOB_QUEUE[JobName.ApplicationsDecisionReminder]);
    // A finished or still delayed job under the same id would swallow the new one: remove it first.
    await queue
      .remove(jobId)
      .catch((error: unknown) =>
        this.logger.warn({ jobId, err: String(error) }, 'could not replace the decision reminder'),
      );
    await this.jobs.add(
      JobName.ApplicationsDecisionReminder,
      { applicationId },
      { jobId, delay: DECISION_REMINDER_DAYS * DAY_MS },
    );
  }
}

/**
 * The worker side: re-reads the application and, when it has waited for a decision for 14 days (by the
 * clock, not by the job's delay), records the reminder the employer's board and the mediator's view show.
 */
@Injectable()
export class DecisionReminder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @JobHandler(JobName.ApplicationsDecisionReminder)
  async remind({ applicationId }: { applicationId: string }): Promise<{ reminded: boolean }> {
    const now = this.clock.now();
    const waitedSince = new Date(now.getTime() - DECISION_REMINDER_DAYS * DAY_MS);
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE applications SET reminded_at = $1
        WHERE id = $2 AND status = ANY($3) AND awaiting_since <= $4 AND reminded_at IS NULL`,
      [now, applicationId, [...AWAITING_EMPLOYER], waitedSince],
    );
    return { reminded: affected > 0 };
  }
}
