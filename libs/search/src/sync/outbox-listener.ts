import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, JobName, JobQueue, QueueName } from '@werkpunt/platform';
import { Client } from 'pg';

/** The channel the outbox trigger notifies on every committed insert (see the SearchSync migration). */
export const OUTBOX_CHANNEL = 'outbox_events';
/** Scheduler id: one fallback schedule for all worker replicas. */
export const SEARCH_SYNC_SCHEDULER_ID = 'search-sync-fallback';
/** The fallback pace: notifications can be missed while the listening connection reconnects. */
export const SEARCH_SYNC_EVERY_MS = 5_000;
/** Kicks are coalesced: a burst of commits becomes one sync run per window. */
const KICK_WINDOW_MS = 50;
const RECONNECT_MS = 2_000;

/**
 * Starts a sync run as soon as an outbox insert commits. PostgreSQL delivers NOTIFY only at commit, so a
 * kick never races ahead of the data it announces; a scheduled run every few seconds covers notifications
 * missed while this connection was down.
 */
@Injectable()
export class OutboxListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxListener.name);
  private client: Client | null = null;
  private kickTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs
      .queue(QueueName.Search)
      .upsertJobScheduler(
        SEARCH_SYNC_SCHEDULER_ID,
        { every: SEARCH_SYNC_EVERY_MS },
        { name: JobName.SearchSync, data: {} },
      );
    await this.listen();
    this.kick(); // catch up with whatever was written while no worker ran
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.kickTimer) clearTimeout(this.kickTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url });
    client.on('notification', () => this.kick());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'outbox listener lost its connection; reconnecting');
      this.reconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox listener could not connect; the scheduled sync still runs');
      await client.end().catch(() => undefined);
      this.reconnect();
    }
  }

  private reconnect(): void {
    if (this.stopping || this.reconnectTimer) return;
    const old = this.client;
    this.client = null;
    void old?.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.listen();
    }, RECONNECT_MS);
  }

  private kick(): void {
    if (this.kickTimer || this.stopping) return;
    this.kickTimer = setTimeout(() => {
      this.kickTimer = null;
      this.jobs.add(JobName.SearchSync, {}).catch((error: unknown) => {
        // Redis down: the scheduled run picks the events up once it is back; nothing is lost (they are in PG).
        this.logger.warn({ err: error }, 'could not queue a search sync run');
      });
    }, KICK_WINDOW_MS);
  }
}
