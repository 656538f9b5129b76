import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobHandler } from './job-handler.decorator';
import { JobName, QueueName } from './job-map';
import { JobQueue } from './job-queue.service';
import { WORKER_HEARTBEAT_EVERY_MS } from './job-options';
import { REDIS_COMMAND_CONNECTION } from './redis-connection';

export function heartbeatKey(config: Pick<AppConfig, 'redis'>): string {
  return `${config.redis.queuePrefix}:worker:last-heartbeat`;
}

/** Worker side: records that a worker processed a job just now, so readiness can tell. */
@Injectable()
export class WorkerHeartbeatProcessor implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_COMMAND_CONNECTION) private readonly redis: Redis,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A fixed scheduler id: every worker replica upserts the same schedule instead of adding one each.
    await this.jobs
      .queue(QueueName.Maintenance)
      .upsertJobScheduler(
        'worker-heartbeat',
        { every: WORKER_HEARTBEAT_EVERY_MS },
        { name: JobName.WorkerHeartbeat, data: {} },
      );
  }

  @JobHandler(JobName.WorkerHeartbeat)
  async beat(): Promise<void> {
    await this.redis.set(heartbeatKey(this.config), new Date().toISOString(), 'PX', WORKER_HEARTBEAT_EVERY_MS * 10);
  }
}
