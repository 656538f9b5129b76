import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ALL_QUEUES, JOB_QUEUE, JobName, JobPayloads, QueueName } from './job-map';
import { jobOptionsFor } from './job-options';
import { REDIS_COMMAND_CONNECTION } from './redis-connection';

/** The producer side: the only way code puts work on a queue. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues: ReadonlyMap<QueueName, Queue>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS_COMMAND_CONNECTION) connection: Redis) {
    this.queues = new Map(
      ALL_QUEUES.map((name) => [name, new Queue(name, { connection, prefix: config.redis.queuePrefix })]),
    );
  }

  /** Pass a `jobId` such as `vacancy:<id>:index` to drop duplicates of a job already waiting. */
  async add<N extends JobName>(name: N, payload: JobPayloads[N], options: JobsOptions = {}): Promise<string> {
    const queue = this.queue(JOB_QUEUE[name]);
    const job = await queue.add(name, payload, jobOptionsFor(queue.name as QueueName, options));
    return job.id ?? '';
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}`);
    return queue;
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
  }
}
