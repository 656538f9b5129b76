import type { JobsOptions } from 'bullmq';
import { QueueName } from './job-map';

/** Retry transient failures with growing pauses; keep failed jobs for people to look at. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 60 * 60, count: 1_000 },
  removeOnFail: false,
};

/** Per-queue overrides of DEFAULT_JOB_OPTIONS. */
export const QUEUE_JOB_OPTIONS: { readonly [Q in QueueName]: JobsOptions } = {
  // A missed heartbeat is replaced by the next one: no retries, little history.
  [QueueName.Maintenance]: {
    attempts: 1,
    removeOnComplete: { age: 60 * 60, count: 100 },
    removeOnFail: { age: 24 * 60 * 60 },
  },
  // A sync run is kicked on every commit and every few seconds: the next kick retries, so keep little history.
  [QueueName.Search]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 500 },
    removeOnComplete: { age: 60 * 60, count: 200 },
    removeOnFail: { age: 24 * 60 * 60, count: 1_000 },
  },
};

export const WORKER_HEARTBEAT_EVERY_MS = 15_000;
/** After this long without a heartbeat, readiness reports the worker as stale. */
export const WORKER_HEARTBEAT_STALE_MS = 60_000;

export function jobOptionsFor(queue: QueueName, overrides: JobsOptions = {}): JobsOptions {
  return { ...DEFAULT_JOB_OPTIONS, ...QUEUE_JOB_OPTIONS[queue], ...overrides };
}
