// Queue and job names are persisted in Redis: renaming one strands the jobs already queued under
// the old name. Add, don't rename. Payloads carry ids only; processors re-read the database.

/** One queue per kind of background work, shared by the producers (api) and the processors (worker). */
export enum QueueName {
  Maintenance = 'maintenance',
  /** search: keeps the search index in step with the outbox; its own queue so a slow sweep never delays it. */
  Search = 'search',
}

/** Job names, prefixed with the context that owns them. */
export enum JobName {
  /** platform: the worker tells the API it is alive (readiness shows how long ago). */
  WorkerHeartbeat = 'platform.worker-heartbeat',
  /** identity: daily; warns accounts inactive for INACTIVITY_WARN_MONTHS, erases those past INACTIVITY_ERASE_MONTHS. */
  InactivitySweep = 'identity.inactivity-sweep',
  /** identity: one inactivity warning mail, enqueued by the sweep (retried on its own when SMTP fails). */
  InactivityWarning = 'identity.inactivity-warning',
  /** vacancies: hourly; expires published and paused vacancies whose closing date has passed. */
  VacanciesExpireOverdue = 'vacancies.expire-overdue',
  /** applications: 14 days after an application starts waiting for the employer; records the reminder if still undecided. */
  ApplicationsDecisionReminder = 'applications.decision-reminder',
  /** search: drains the outbox into the search index (kicked on every outbox commit, and every few seconds). */
  SearchSync = 'search.sync',
  /** search: daily; forgets ranking records past their retention and refreshes profiles whose eligibility aged. */
  SearchHousekeeping = 'search.housekeeping',
}

/** Job name → payload type: producers and processors share these, so a mismatch is a compile error. */
export interface JobPayloads {
  [JobName.WorkerHeartbeat]: Record<string, never>;
  [JobName.InactivitySweep]: Record<string, never>;
  [JobName.InactivityWarning]: { accountId: string };
  [JobName.VacanciesExpireOverdue]: Record<string, never>;
  [JobName.ApplicationsDecisionReminder]: { applicationId: string };
  [JobName.SearchSync]: Record<string, never>;
  [JobName.SearchHousekeeping]: Record<string, never>;
}

/** Which queue carries each job. */
export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  [JobName.WorkerHeartbeat]: QueueName.Maintenance,
  [JobName.InactivitySweep]: QueueName.Maintenance,
  [JobName.InactivityWarning]: QueueName.Maintenance,
  [JobName.VacanciesExpireOverdue]: QueueName.Maintenance,
  [JobName.ApplicationsDecisionReminder]: QueueName.Maintenance,
  [JobName.SearchSync]: QueueName.Search,
  [JobName.SearchHousekeeping]: QueueName.Maintenance,
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
export const ALL_JOBS: readonly JobName[] = Object.values(JobName);
