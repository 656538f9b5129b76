import { checkHandlers, JobHandlerRegistrationError } from './handler-registry';
import { ALL_JOBS, JOB_QUEUE, JobName } from './job-map';

describe('checkHandlers', () => {
  const job = JobName.WorkerHeartbeat;

  it('accepts exactly one handler per declared job', () => {
    expect(() => checkHandlers([job], [{ job, location: 'A.run' }])).not.toThrow();
  });

  it('refuses a declared job without a handler', () => {
    expect(() => checkHandlers([job], [])).toThrow(JobHandlerRegistrationError);
    expect(() => checkHandlers([job], [])).toThrow(`job "${job}" has no processor`);
  });

  it('refuses two handlers for one job and names both', () => {
    const found = [
      { job, location: 'A.run' },
      { job, location: 'B.run' },
    ];
    expect(() => checkHandlers([job], found)).toThrow(`job "${job}" has 2 processors: A.run, B.run`);
  });

  it('refuses a handler for a job nobody declared', () => {
    expect(() =>
      checkHandlers(
        [job],
        [
          { job, location: 'A.run' },
          { job: 'ghost.job', location: 'C.run' },
        ],
      ),
    ).toThrow('C.run handles "ghost.job", which is not a declared job name');
  });
});

describe('job map', () => {
  it('gives every job a queue', () => {
    for (const name of ALL_JOBS) expect(JOB_QUEUE[name]).toBeDefined();
  });
});
