import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { checkHandlers, DiscoveredHandler } from './handler-registry';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { ALL_JOBS, ALL_QUEUES, JobName } from './job-map';
import { createRedisConnection } from './redis-connection';

type BoundHandler = (payload: unknown, job: Job) => Promise<unknown>;

/**
 * Runs one BullMQ worker per queue and dispatches each job to its @JobHandler method.
 * Refuses to start when a declared job has no handler or two.
 */
@Injectable()
export class WorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerRuntime.name);
  private readonly workers: Worker[] = [];
  private connection?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** Finds and checks the handlers; throws JobHandlerRegistrationError when they don't match the job map. */
  discoverHandlers(): Map<JobName, BoundHandler> {
    const found: (DiscoveredHandler & { handler: BoundHandler })[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const job = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, fn);
        if (!job) continue;
        found.push({
          job,
          location: `${instance.constructor.name}.${method}`,
          handler: (payload, j) => Promise.resolve(fn.call(instance, payload, j)),
        });
      }
    }
    checkHandlers(ALL_JOBS, found);
    return new Map(found.map((h) => [h.job as JobName, h.handler]));
  }

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.discoverHandlers();
    this.connection = createRedisConnection(this.config, 'blocking');
    for (const queue of ALL_QUEUES) {
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          // A job name from an older release: retrying cannot help.
          if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queue}"`);
          return handler(job.data, job);
        },
        {
          connection: this.connection,
          prefix: this.config.redis.queuePrefix,
          concurrency: this.config.worker.concurrency,
          autorun: true,
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.error({ err: error }, `worker for ${queue} errored`));
      this.workers.push(worker);
    }
    this.logger.log(`Processing ${ALL_JOBS.length} job kinds on ${ALL_QUEUES.length} queues`);
  }

  /** Lets running jobs finish; past the shutdown timeout, releases them so another worker picks them up. */
  async onApplicationShutdown(): Promise<void> {
    const graceful = Promise.all(this.workers.map((w) => w.close()));
    const timedOut = await Promise.race([
      graceful.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), this.config.shutdownTimeoutMs).unref()),
    ]);
    if (timedOut) {
      this.logger.warn('Shutdown timeout reached: releasing running jobs to other workers');
      await Promise.all(this.workers.map((w) => w.close(true)));
    }
    this.connection?.disconnect();
  }
}
