import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '@werkpunt/platform';
import type { Job, JobType } from 'bullmq';
import { ErasureStep } from './erasure-step';
import { PersonIdentifiers } from './person-rows';

/** Every state a job can rest in; active jobs are locked by their worker and re-read the erased account. */
const RESTING_STATES: JobType[] = [
  'wait',
  'paused',
  'delayed',
  'prioritized',
  'waiting-children',
  'failed',
  'completed',
];
const PAGE = 500;

/**
 * Removes queued, delayed, failed and completed jobs that carry the person's account id or e-mail anywhere
 * in their data, result or error. Payloads carry ids only, so this is usually a handful of jobs.
 */
@Injectable()
export class QueuedJobsErasure implements ErasureStep {
  readonly name = 'queued-jobs';
  private readonly logger = new Logger(QueuedJobsErasure.name);

  constructor(private readonly jobs: JobQueue) {}

  async eraseOutsideDatabase(person: PersonIdentifiers): Promise<void> {
    const needles = [person.accountId, person.email].filter((n): n is string => !!n).map((n) => n.toLowerCase());
    let removed = 0;
    for (const queue of this.jobs.all()) {
      // Collect first, remove after: removing while paging would shift the pages.
      const matches: Job[] = [];
      for (let start = 0; ; start += PAGE) {
        const page = await queue.getJobs(RESTING_STATES, start, start + PAGE - 1, true);
        matches.push(...page.filter((job) => mentions(job, needles)));
        if (page.length < PAGE) break;
      }
      for (const job of matches) {
        await job.remove().catch((error: unknown) =>
          // Locked by a worker right now: it finishes against the erased account and is then removed by age.
          this.logger.warn({ queue: queue.name, jobId: job.id, err: String(error) }, 'could not remove job'),
        );
        removed += 1;
      }
    }
    this.logger.log({ accountId: person.accountId, removed }, 'removed queued jobs of an erased account');
  }
}

function mentions(job: Job, needles: string[]): boolean {
  const text = JSON.stringify([job.id, job.data, job.returnvalue, job.failedReason, job.stacktrace]).toLowerCase();
  return needles.some((needle) => text.includes(needle));
}
