// The 14-day reminder, run the way production runs it: the api enqueues a delayed job on the real queue when an
// application starts waiting for the employer; the worker, with a clock the test moves 15 days on, records it and
// mails the organisation's recruiters (captured by a real SMTP server), each in their own language.
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Application, DECISION_REMINDER_DAYS, reminderJobId } from '@werkpunt/applications';
import { PreferredLanguage, Role } from '@werkpunt/identity';
import { Clock, JobName, JobQueue, QueueName } from '@werkpunt/platform';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Account } from '../../libs/identity/src/accounts/account.entity';
import { createEmployerWithSite, createVacancy } from '../utils/employer-fixtures';
import { eventually } from '../utils/eventually';
import { Auth, bearer, createAccount } from '../utils/policy-personas';
import { SmtpCapture } from '../utils/smtp-capture';
import { createTestApp, testConfig } from '../utils/test-app';

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

const DAY_MS = 24 * 60 * 60 * 1000;

describe('application decision reminder', () => {
  const clock = new MovableClock(new Date());
  let app: INestApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let jobs: JobQueue;
  let recruiter: Auth;
  let recruiterEmail: string;
  let englishRecruiterEmail: string;
  let vacancyId: string;
  const smtp = new SmtpCapture();

  beforeAll(async () => {
    app = await createTestApp();
    const smtpUrl = await smtp.start();
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(testConfig({ smtpUrl }))] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    worker = await moduleRef.init();
    dataSource = app.get(DataSource);
    jobs = app.get(JobQueue);
    const employer = await createEmployerWithSite(app, { legalName: 'Herinnering bv' });
    recruiter = employer.auth;
    recruiterEmail = employer.recruiter.email;
    const english = await createAccount(app, {
      label: 'english',
      role: Role.Recruiter,
      organisation: employer.organisationId,
    });
    await dataSource
      .getRepository(Account)
      .update({ id: english.id }, { preferredLanguage: PreferredLanguage.English });
    englishRecruiterEmail = english.email;
    vacancyId = await createVacancy(app, employer, { publish: true });
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await smtp.stop();
  });

  async function applied(): Promise<string> {
    const seeker = await createAccount(app, { label: 'seeker', role: Role.JobSeeker });
    const res = await request(app.getHttpServer())
      .post('/api/v1/applications')
      .set(bearer(seeker))
      .send({ vacancyId })
      .expect(201);
    return res.body.id as string;
  }

  async function promoteAndRun(applicationId: string): Promise<unknown> {
    const job = await jobs.queue(QueueName.Maintenance).getJob(reminderJobId(applicationId));
    if (!job) throw new Error('no reminder job');
    await job.promote();
    return eventually(async () => {
      expect(await job.getState()).toBe('completed');
      return (await jobs.queue(QueueName.Maintenance).getJob(reminderJobId(applicationId)))?.returnvalue;
    }, 30_000);
  }

  it('enqueues one delayed, ids-only job per application, and records the reminder once 14 days have passed', async () => {
    const waiting = await applied();
    const decided = await applied();
    const job = await jobs.queue(QueueName.Maintenance).getJob(reminderJobId(waiting));
    expect(job).toMatchObject({
      name: JobName.ApplicationsDecisionReminder,
      data: { applicationId: waiting },
      opts: expect.objectContaining({ delay: DECISION_REMINDER_DAYS * DAY_MS }),
    });
    expect(await job?.getState()).toBe('delayed');

    // Entering screening restarts the 14 days: the job is replaced under the same id.
    await request(app.getHttpServer())
      .post(`/api/v1/applications/${waiting}/status`)
      .set(recruiter)
      .send({ status: 'screening' })
      .expect(200);
    const replaced = await jobs.queue(QueueName.Maintenance).getJob(reminderJobId(waiting));
    expect(await replaced?.getState()).toBe('delayed');
    expect(replaced?.timestamp).toBeGreaterThanOrEqual(job?.timestamp ?? 0);

    // The other one gets an offer: no longer waiting for a decision.
    for (const status of ['screening', 'offer']) {
      await request(app.getHttpServer())
        .post(`/api/v1/applications/${decided}/status`)
        .set(recruiter)
        .send({ status })
        .expect(200);
    }

    // Decided (an offer), though its job comes due: nothing is recorded.
    clock.set(new Date(Date.now() + 13 * DAY_MS));
    await expect(promoteAndRun(decided)).resolves.toEqual({ reminded: false });
    expect(smtp.mails).toHaveLength(0);

    clock.set(new Date(Date.now() + 15 * DAY_MS));
    await expect(promoteAndRun(waiting)).resolves.toEqual({ reminded: true, mailed: 2 });
    const row = await dataSource.getRepository(Application).findOneByOrFail({ id: waiting });
    expect(row.remindedAt).toEqual(expect.any(Date));

    const board = await request(app.getHttpServer())
      .get(`/api/v1/vacancies/${vacancyId}/applications`)
      .set(recruiter)
      .expect(200);
    const byId = new Map((board.body.items as { id: string }[]).map((item) => [item.id, item]));
    expect(byId.get(waiting)).toMatchObject({
      status: 'screening',
      waitingForDecisionSince: row.awaitingSince?.toISOString(),
      remindedAt: row.remindedAt?.toISOString(),
    });
    expect(byId.get(decided)).toMatchObject({ status: 'offer', waitingForDecisionSince: null });

    // Each recruiter of the organisation got one mail, in their language; the job completed after sending.
    expect(smtp.mailsTo(recruiterEmail)).toEqual([
      expect.objectContaining({
        subject: 'Een kandidaat wacht op je beslissing: Winkelmedewerker',
        text: expect.stringContaining('wacht sinds'),
      }),
    ]);
    expect(smtp.mailsTo(englishRecruiterEmail)).toEqual([
      expect.objectContaining({
        subject: 'An applicant is waiting for your decision: Winkelmedewerker',
        text: expect.stringContaining('waiting for a decision since'),
      }),
    ]);
    // No candidate's name or contact in the mail: the recruiter decides on the anonymised board.
    expect(JSON.stringify(smtp.mails)).not.toMatch(/Persona seeker|@example\.test.*seeker/);
  });
});
