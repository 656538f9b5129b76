// Applications: a job seeker applies to a published vacancy; the employer moves it on and rejects only with
// feedback, which the job seeker reads in plain language; a mediator proposes a client who accepts; who sees what.
import { INestApplication } from '@nestjs/common';
import { AuditLogEntry, PreferredLanguage, Role } from '@werkpunt/identity';
import { ApplicationStatusChange } from '@werkpunt/applications';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Account } from '../../libs/identity/src/accounts/account.entity';
import { AccessTokens } from '../../libs/identity/src/auth/access-tokens';
import { Session } from '../../libs/identity/src/auth/session.entity';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createEmployerWithSite, createVacancy, EmployerWithSite } from '../utils/employer-fixtures';
import { Auth, bearer, createAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

describe('applications', () => {
  let app: INestApplication;
  let http: () => ReturnType<typeof request>;
  let dataSource: DataSource;
  let employer: EmployerWithSite;
  let otherRecruiter: Auth;
  let mediator: Auth;

  const publishedVacancy = () => createVacancy(app, employer, { publish: true });

  async function jobSeeker(language: PreferredLanguage = PreferredLanguage.Dutch) {
    const person = await createAccount(app, { label: 'seeker', role: Role.JobSeeker });
    await dataSource.getRepository(Account).update({ id: person.id }, { preferredLanguage: language });
    return { id: person.id, auth: bearer(person) };
  }

  const apply = (auth: Auth, vacancyId: string) => http().post('/api/v1/applications').set(auth).send({ vacancyId });

  beforeAll(async () => {
    app = await createTestApp();
    http = () => request(app.getHttpServer());
    dataSource = app.get(DataSource);
    employer = await createEmployerWithSite(app, { legalName: 'Buurtwinkel bv' });
    otherRecruiter = (await createEmployerWithSite(app, { legalName: 'Andere Winkel bv' })).auth;
    mediator = bearer(
      await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot }),
    );
  });
  afterAll(() => app?.close());

  it('applies, moves to screening, refuses a rejection without feedback, and shows the feedback in plain language', async () => {
    const vacancyId = await publishedVacancy();
    const seeker = await jobSeeker(PreferredLanguage.English);
    const applied = await apply(seeker.auth, vacancyId).expect(201);
    expect(applied.body).toMatchObject({ vacancyId, status: 'applied', origin: 'applied', version: 1 });
    const id = applied.body.id as string;

    await http()
      .post(`/api/v1/applications/${id}/status`)
      .set(employer.auth)
      .send({ status: 'screening', note: 'Goed cv' })
      .expect(200)
      .expect((res) => expect(res.body).toMatchObject({ status: 'screening', version: 2 }));

    const noFeedback = await http().post(`/api/v1/applications/${id}/reject`).set(employer.auth).send({});
    expect(noFeedback.status).toBe(400);
    expect(noFeedback.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);

    await http()
      .post(`/api/v1/applications/${id}/reject`)
      .set(employer.auth)
      .send({ reason: 'language_level', text: 'Please try again after your B1 course.' })
      .expect(200)
      .expect((res) => expect(res.body.status).toBe('rejected'));

    const mine = await http().get('/api/v1/me/applications').set(seeker.auth).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        id,
        status: 'rejected',
        vacancyTitle: 'Winkelmedewerker',
        rejectionReason: 'language_level',
        feedback: expect.stringMatching(/^This job needed a higher language level\..*B1 course/),
      }),
    ]);
    const steps = await dataSource
      .getRepository(ApplicationStatusChange)
      .find({ where: { applicationId: id }, order: { at: 'ASC' } });
    expect(steps.map((step) => [step.status, step.actorRole])).toEqual([
      ['applied', 'job_seeker'],
      ['screening', 'recruiter'],
      ['rejected', 'recruiter'],
    ]);
    // A final status does not move any more.
    await http().post(`/api/v1/applications/${id}/status`).set(employer.auth).send({ status: 'offer' }).expect(409);
  });

  it('answers 409 to a second application of the same person to the same vacancy, and 404 to a draft', async () => {
    const vacancyId = await publishedVacancy();
    const seeker = await jobSeeker();
    await apply(seeker.auth, vacancyId).expect(201);
    await apply(seeker.auth, vacancyId).expect(409);
    await apply(seeker.auth, randomUUID()).expect(404);
  });

  it('hides the application from another organisation’s recruiter (404) and shows the board anonymised and audited', async () => {
    const vacancyId = await publishedVacancy();
    const seeker = await jobSeeker();
    const id = (await apply(seeker.auth, vacancyId).expect(201)).body.id as string;
    await http()
      .post(`/api/v1/applications/${id}/status`)
      .set(otherRecruiter)
      .send({ status: 'screening' })
      .expect(404);
    await http().post(`/api/v1/applications/${id}/reject`).set(otherRecruiter).send({ reason: 'other' }).expect(404);
    await http().get(`/api/v1/vacancies/${vacancyId}/applications`).set(otherRecruiter).expect(404);

    const board = await http().get(`/api/v1/vacancies/${vacancyId}/applications`).set(employer.auth).expect(200);
    expect(board.body.items).toEqual([
      expect.objectContaining({ id, status: 'applied', waitingForDecisionSince: null }),
    ]);
    expect(JSON.stringify(board.body)).not.toMatch(/seeker-|Persona/);
    const audited = await dataSource
      .getRepository(AuditLogEntry)
      .countBy({ subjectJobSeekerAccountId: seeker.id, recordType: 'Application', recordId: id });
    expect(audited).toBe(1);
  });

  it('lets a mediator propose a client, who accepts; the employer sees it only then; the client may withdraw', async () => {
    const vacancyId = await publishedVacancy();
    const created = await http().post('/api/v1/clients').set(mediator).send({ displayName: 'Samira Aziz' }).expect(201);
    const clientId = (created.body as { account: { id: string } }).account.id;
    const client = await sessionFor(clientId);

    const proposed = await http()
      .post(`/api/v1/clients/${clientId}/proposals`)
      .set(mediator)
      .send({ vacancyId })
      .expect(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', origin: 'proposed_by_mediator' });
    const id = proposed.body.id as string;
    await http()
      .get(`/api/v1/vacancies/${vacancyId}/applications`)
      .set(employer.auth)
      .expect(200)
      .expect((res) => expect(res.body.items).toEqual([]));
    // The employer cannot act on a proposal the client has not accepted.
    await http().post(`/api/v1/applications/${id}/reject`).set(employer.auth).send({ reason: 'other' }).expect(409);

    await http()
      .post(`/api/v1/applications/${id}/accept`)
      .set(client)
      .expect(200)
      .expect((res) => expect(res.body.status).toBe('applied'));
    const followed = await http().get(`/api/v1/clients/${clientId}/applications`).set(mediator).expect(200);
    expect(followed.body.items).toEqual([expect.objectContaining({ id, status: 'applied' })]);
    await http()
      .get(`/api/v1/vacancies/${vacancyId}/applications`)
      .set(employer.auth)
      .expect(200)
      .expect((res) => expect(res.body.items).toEqual([expect.objectContaining({ id })]));

    await http().post(`/api/v1/applications/${id}/withdraw`).set(client).send({}).expect(200);
    await http().post(`/api/v1/clients/${clientId}/proposals`).set(mediator).send({ vacancyId }).expect(409);
  });

  it('lets an employer invite a candidate visible to employers, who accepts; nobody else, and no contact is shared', async () => {
    const vacancyId = await publishedVacancy();
    const visible = await jobSeeker();
    const hidden = await jobSeeker();
    await http().put('/api/v1/me/consents/employer-visibility').set(visible.auth).send({ visible: true }).expect(200);
    const invite = (auth: Auth, candidateId: string) =>
      http().post(`/api/v1/vacancies/${vacancyId}/invitations`).set(auth).send({ candidateId });

    await invite(employer.auth, hidden.id).expect(404);
    await invite(otherRecruiter, visible.id).expect(404);
    const invited = await invite(employer.auth, visible.id).expect(201);
    expect(invited.body).toMatchObject({ status: 'proposed', origin: 'invited_by_employer' });
    await invite(employer.auth, visible.id).expect(409);

    await http().post(`/api/v1/applications/${invited.body.id}/accept`).set(hidden.auth).expect(404);
    await http().post(`/api/v1/applications/${invited.body.id}/accept`).set(visible.auth).expect(200);
    const board = await http().get(`/api/v1/vacancies/${vacancyId}/applications`).set(employer.auth).expect(200);
    expect(board.body.items).toEqual([expect.objectContaining({ id: invited.body.id, status: 'applied' })]);
    expect(JSON.stringify(board.body)).not.toMatch(/@example\.test|Persona|phone/);
  });

  describe('refuses invalid input with 400 naming the field', () => {
    it.each([
      ['POST /applications', '/api/v1/applications', { vacancyId: 'not-a-uuid' }, 'vacancyId'],
      ['status', `/api/v1/applications/${randomUUID()}/status`, { status: 'rejected' }, 'status'],
      ['reject', `/api/v1/applications/${randomUUID()}/reject`, { reason: 'rude' }, 'reason'],
      ['reject text', `/api/v1/applications/${randomUUID()}/reject`, { reason: 'other', text: 42 }, 'text'],
    ])('%s', async (_label, path, body, field) => {
      const auth = path === '/api/v1/applications' ? (await jobSeeker()).auth : employer.auth;
      const res = await http().post(path).set(auth).send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('invitations', async () => {
      const res = await http().post(`/api/v1/vacancies/${randomUUID()}/invitations`).set(employer.auth).send({});
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'candidateId' })]);
    });

    it('proposals', async () => {
      const res = await http().post(`/api/v1/clients/${randomUUID()}/proposals`).set(mediator).send({});
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'vacancyId' })]);
    });
  });

  /** A live session for an account made without e-mail or password (a mediator's client). */
  async function sessionFor(accountId: string): Promise<Auth> {
    const session = await dataSource.getRepository(Session).save({ accountId });
    return bearer({ token: await app.get(AccessTokens).sign({ sub: accountId, sid: session.id }) });
  }
});
