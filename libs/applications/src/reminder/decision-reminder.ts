import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Account, AccountStatus, Mailer, OrganisationMembership, PreferredLanguage } from '@werkpunt/identity';
import { APP_CONFIG, AppConfig, Clock, JOB_QUEUE, JobHandler, JobName, JobQueue } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { AWAITING_EMPLOYER } from '../domain/application-lifecycle';
import { decisionReminderMail } from './decision-reminder-mail';

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
 * clock, not by the job's delay), records the reminder the employer's board and the mediator's view show and
 * mails it to the organisation's recruiters, each in their language.
 */
@Injectable()
export class DecisionReminder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @JobHandler(JobName.ApplicationsDecisionReminder)
  async remind({ applicationId }: { applicationId: string }): Promise<{ reminded: boolean; mailed?: number }> {
    const now = this.clock.now();
    const waitedSince = new Date(now.getTime() - DECISION_REMINDER_DAYS * DAY_MS);
    // Claim the reminder first, so a job run twice cannot mail twice; undone when mailing fails, so the retry mails.
    const [claimed] = await this.dataSource.query<[ClaimedReminder[], number]>(
      `UPDATE applications a SET reminded_at = $1
         FROM vacancies v
        WHERE a.id = $2 AND a.status = ANY($3) AND a.awaiting_since <= $4 AND a.reminded_at IS NULL
          AND v.id = a.vacancy_id
        RETURNING a.organisation_id, a.awaiting_since, v.title`,
      [now, applicationId, [...AWAITING_EMPLOYER], waitedSince],
    );
    const reminder = claimed[0];
    if (!reminder) return { reminded: false };
    try {
      const mailed = await this.mailRecruiters(reminder);
      return { reminded: true, mailed };
    } catch (error) {
      await this.dataSource.query('UPDATE applications SET reminded_at = NULL WHERE id = $1', [applicationId]);
      throw error;
    }
  }

  private async mailRecruiters(reminder: ClaimedReminder): Promise<number> {
    const recruiters = await this.dataSource
      .createQueryBuilder()
      .select(['account.email AS email', 'account.preferred_language AS language'])
      .from(OrganisationMembership, 'membership')
      .innerJoin(Account, 'account', 'account.id = membership.account_id')
      .where('membership.organisation_id = :organisationId', { organisationId: reminder.organisation_id })
      .andWhere('account.status = :active AND account.email IS NOT NULL', { active: AccountStatus.Active })
      .getRawMany<{ email: string; language: string }>();
    const facts = {
      vacancyTitle: reminder.title,
      waitingSince: new Date(reminder.awaiting_since),
      link: `${this.config.publicUrl}/login`,
    };
    for (const recruiter of recruiters) {
      const language = recruiter.language === 'en' ? PreferredLanguage.English : PreferredLanguage.Dutch;
      await this.mailer.send(decisionReminderMail(recruiter.email, language, facts));
    }
    return recruiters.length;
  }
}

interface ClaimedReminder {
  organisation_id: string;
  awaiting_since: Date;
  title: string;
}
