import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, JobHandler, JobName, JobQueue, QueueName } from '@werkpunt/platform';
import { ghentDate, GHENT_TIME_ZONE } from '@werkpunt/vacancies';
import { DataSource } from 'typeorm';
import { RANKING_RETENTION_MONTHS } from '../ranking/ranking-recorder';

export const SEARCH_HOUSEKEEPING_SCHEDULER_ID = 'search-housekeeping';
/** Daily, early morning in Ghent. */
export const SEARCH_HOUSEKEEPING_CRON = '23 3 * * *';
/** Eligibility can turn on or off on a birthday or a registration anniversary; look back a few days. */
const ELIGIBILITY_LOOKBACK_DAYS = 3;

/**
 * Daily: deletes ranking records past their retention, and re-announces profiles whose instapstage
 * eligibility changed by the calendar alone (someone turned 25, or reached 6 months registered), so the
 * index's pre-filter follows without anyone editing the profile.
 */
@Injectable()
export class SearchHousekeeping implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchHousekeeping.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(QueueName.Maintenance)
      .upsertJobScheduler(
        SEARCH_HOUSEKEEPING_SCHEDULER_ID,
        { pattern: SEARCH_HOUSEKEEPING_CRON, tz: GHENT_TIME_ZONE },
        { name: JobName.SearchHousekeeping, data: {} },
      );
  }

  @JobHandler(JobName.SearchHousekeeping)
  async run(): Promise<{ rankingsDeleted: number; profilesRefreshed: number }> {
    const now = this.clock.now();
    // Counted through a CTE: the driver returns rows for a SELECT the same way on every statement kind.
    const [{ n: rankingsDeleted }]: { n: number }[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM ranking_records
                      WHERE created_at < $1::timestamptz - make_interval(months => $2) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [now, RANKING_RETENTION_MONTHS],
    );
    const [{ n: profilesRefreshed }]: { n: number }[] = await this.dataSource.query(
      `WITH announced AS (
         INSERT INTO outbox_events (aggregate_type, aggregate_id, aggregate_version, change)
         SELECT 'job_seeker_profile', account_id, version, 'upsert' FROM job_seeker_profiles
          WHERE (date_of_birth + interval '25 years')::date BETWEEN $1::date - $2::int AND $1::date
             OR (registered_since + interval '6 months')::date BETWEEN $1::date - $2::int AND $1::date
         RETURNING 1)
       SELECT count(*)::int AS n FROM announced`,
      [ghentDate(now), ELIGIBILITY_LOOKBACK_DAYS],
    );
    const result = { rankingsDeleted, profilesRefreshed };
    this.logger.log(result, 'search housekeeping done');
    return result;
  }
}
