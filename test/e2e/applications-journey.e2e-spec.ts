// Issue #4's journey, end to end through the API only: an employer registers and publishes a vacancy; a mediator
// creates a client without e-mail, records a ladder step and proposes the client; the client accepts; the
// employer rejects with feedback; the client reads the feedback in plain language, and the mediator sees it ended.
import { INestApplication } from '@nestjs/common';
import { enterpriseNumberFromBase } from '@werkpunt/employers';
import { Role } from '@werkpunt/identity';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { login, TEST_PASSWORD } from '../utils/auth-session';
import { createSite, createVacancy } from '../utils/employer-fixtures';
import { bearer, createAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

describe('journey: from a published vacancy to feedback in plain language', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it('walks the whole journey', async () => {
    // The employer registers, adds a site and publishes a vacancy.
    const email = `owner-${randomUUID().slice(0, 8)}@winkel.example`;
    const registered = await http()
      .post('/api/v1/employers/register')
      .send({
        account: { email, password: TEST_PASSWORD, displayName: 'Lieve Verhaegen' },
        organisation: {
          legalName: 'Buurtwinkel Verhaegen bv',
          enterpriseNumber: enterpriseNumberFromBase(randomInt(0, 20_000_000)),
          naceCode: '47.11',
        },
      })
      .expect(201);
    const organisationId = registered.body.organisation.id as string;
    const owner = { token: (await login(app, email)).accessToken };
    const employer = bearer(owner);
    const siteId = await createSite(app, { organisationId, recruiter: owner });
    const vacancyId = await createVacancy(app, { recruiter: owner, siteId }, { publish: true });

    // A mediator creates a client without e-mail, records a ladder step and proposes the client.
    const mediator = bearer(
      await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot }),
    );
    const created = await http()
      .post('/api/v1/clients')
      .set(mediator)
      .send({ displayName: 'Yusuf Demir', preferredLanguage: 'nl' })
      .expect(201);
    const clientId = created.body.account.id as string;
    await http()
      .put(`/api/v1/clients/${clientId}/ladder-step`)
      .set(mediator)
      .send({ step: 'work_activation', reason: 'Ready for a first job' })
      .expect(200);
    const proposed = await http()
      .post(`/api/v1/clients/${clientId}/proposals`)
      .set(mediator)
      .send({ vacancyId })
      .expect(201);
    const applicationId = proposed.body.id as string;

    // The client claims the account with the printed code and accepts the proposal.
    const password = 'een fiets voor de markt van zondag';
    await http().post('/api/v1/clients/claim').send({ code: created.body.claimCode, password }).expect(200);
    const loggedIn = await http()
      .post('/api/v1/auth/login')
      .send({ username: created.body.account.username, password })
      .expect(200);
    const client = bearer({ token: loggedIn.body.accessToken as string });
    await http().post(`/api/v1/applications/${applicationId}/accept`).set(client).expect(200);

    // The employer sees the anonymised candidate and rejects with feedback.
    const board = await http().get(`/api/v1/vacancies/${vacancyId}/applications`).set(employer).expect(200);
    expect(board.body.items).toEqual([expect.objectContaining({ id: applicationId, status: 'applied' })]);
    expect(JSON.stringify(board.body)).not.toContain('Yusuf');
    await http()
      .post(`/api/v1/applications/${applicationId}/reject`)
      .set(employer)
      .send({ reason: 'experience', text: 'Kom zeker terug na je werkervaringsplaats.' })
      .expect(200);

    // The client reads the feedback in plain Dutch; the mediator sees the application ended.
    const mine = await http().get('/api/v1/me/applications').set(client).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        id: applicationId,
        status: 'rejected',
        vacancyTitle: 'Winkelmedewerker',
        feedback: expect.stringMatching(/^De werkgever zocht iemand met meer ervaring.*werkervaringsplaats/),
      }),
    ]);
    const followed = await http().get(`/api/v1/clients/${clientId}/applications`).set(mediator).expect(200);
    expect(followed.body.items).toEqual([expect.objectContaining({ id: applicationId, status: 'rejected' })]);
  });
});
