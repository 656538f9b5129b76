// The retention rule for inactive accounts, run the way production runs it: the worker's daily scheduled
// job on the real queue, mails through real SMTP, and a clock the test moves 18 and 24 months ahead.
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Account, INACTIVITY_SWEEP_SCHEDULER_ID, Role } from '@werkpunt/identity';
import { Clock, JobName, JobQueue, QueueName } from '@werkpunt/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { eventually } from '../utils/eventually';
import { SmtpCapture } from '../utils/smtp-capture';
import { testConfig } from '../utils/test-app';

class MovableClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(date: Date): void {
    this.current = date;
  }
}

function monthsLater(date: Date, months: number, days = 0): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  result.setUTCDate(result.getUTCDate() + days);
  return result;
}

describe('inactive accounts', () => {
  const smtp = new SmtpCapture();
  const start = new Date();
  const clock = new MovableClock(start);
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let jobs: JobQueue;

  beforeAll(async () => {
    const config = testConfig({ smtpUrl: await smtp.start() });
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    worker = await moduleRef.init();
    dataSource = worker.get(DataSource);
    jobs = worker.get(JobQueue);
  });
  afterAll(async () => {
    await worker?.close();
    await smtp.stop();
  });

  async function account(role: Role, withEmail = true): Promise<{ id: string; email: string | null }> {
    const email = withEmail ? `inactive-${randomUUID().slice(0, 8)}@example.test` : null;
    const saved = await dataSource
      .getRepository(Account)
      .save({ role, email, displayName: `Inactive ${role}`, createdAt: start });
    return { id: saved.id, email };
  }

  /** Enqueues the sweep and waits until the worker finished it. */
  async function sweep(): Promise<void> {
    const id = await jobs.add(JobName.InactivitySweep, {});
    await eventually(async () => {
      const state = await jobs.queue(QueueName.Maintenance).getJobState(id);
      expect(state).toBe('completed');
    }, 90_000);
  }

  const statusOf = async (id: string) =>
    (await dataSource.getRepository(Account).findOneByOrFail({ id })).status as string;

  it('schedules the sweep daily at worker boot, under one fixed scheduler id', async () => {
    const scheduler = await jobs.queue(QueueName.Maintenance).getJobScheduler(INACTIVITY_SWEEP_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ name: JobName.InactivitySweep, pattern: '15 3 * * *' });
  });

  it('warns once after 18 months and erases after 24, leaving staff accounts to the city', async () => {
    const seeker = await account(Role.JobSeeker);
    const withoutEmail = await account(Role.JobSeeker, false);
    const mediator = await account(Role.Mediator);
    const mailsToSeeker = () => smtp.mailsTo(seeker.email ?? '');

    clock.set(monthsLater(start, 17, 27));
    await sweep();
    expect(mailsToSeeker()).toHaveLength(0);

    clock.set(monthsLater(start, 18, 1));
    await sweep();
    const [warning] = await eventually(async () => {
      expect(mailsToSeeker()).toHaveLength(1);
      return mailsToSeeker();
    });
    expect(warning.subject).toBe('Je Werkpunt-account wordt verwijderd');
    expect(warning.text).toContain('Meld je voor die dag aan');
    const warned = await dataSource.getRepository(Account).findOneByOrFail({ id: seeker.id });
    expect(warned.inactivityWarnedAt?.toISOString()).toBe(monthsLater(start, 18, 1).toISOString());
    expect(smtp.mailsTo(mediator.email ?? '')).toHaveLength(0);

    // The next day's sweep does not warn again.
    clock.set(monthsLater(start, 18, 2));
    await sweep();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailsToSeeker()).toHaveLength(1);
    expect(await statusOf(seeker.id)).toBe('active');

    clock.set(monthsLater(start, 24, 1));
    await sweep();
    expect(await statusOf(seeker.id)).toBe('erased');
    expect(await statusOf(withoutEmail.id)).toBe('erased');
    expect(await statusOf(mediator.id)).toBe('active');
    const [erased] = await dataSource.query<Record<string, unknown>[]>(
      'SELECT email, display_name, erasure_reason FROM accounts WHERE id = $1',
      [seeker.id],
    );
    expect(erased).toEqual({ email: null, display_name: 'Verwijderd account', erasure_reason: 'inactivity' });
    const [audit] = await dataSource.query<Record<string, unknown>[]>(
      `SELECT actor_account_id, purpose FROM audit_log WHERE subject_job_seeker_account_id = $1 AND action = 'erase'`,
      [seeker.id],
    );
    expect(audit).toEqual({ actor_account_id: seeker.id, purpose: 'retention' });
  }, 240_000);
});
