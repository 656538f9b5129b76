import { JobName } from './job-map';

export interface DiscoveredHandler {
  job: string;
  /** `ClassName.method`, to name the culprit in the boot error. */
  location: string;
}

export class JobHandlerRegistrationError extends Error {
  constructor(problems: string[]) {
    super(`The worker cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'JobHandlerRegistrationError';
  }
}

/** Every declared job needs exactly one handler, and every handler a declared job. */
export function checkHandlers(declared: readonly JobName[], found: readonly DiscoveredHandler[]): void {
  const problems: string[] = [];
  for (const job of declared) {
    const handlers = found.filter((h) => h.job === job);
    if (handlers.length === 0) problems.push(`job "${job}" has no processor`);
    if (handlers.length > 1) {
      problems.push(`job "${job}" has ${handlers.length} processors: ${handlers.map((h) => h.location).join(', ')}`);
    }
  }
  for (const handler of found) {
    if (!declared.includes(handler.job as JobName)) {
      problems.push(`${handler.location} handles "${handler.job}", which is not a declared job name`);
    }
  }
  if (problems.length > 0) throw new JobHandlerRegistrationError(problems);
}
