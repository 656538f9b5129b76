// A client who lost the printed code gets a new one from their mediator; the old one stops working.
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { bearer } from '../utils/matching-world';
import { createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

describe('a new claim code for a client who lost theirs', () => {
  let app: INestApplication;
  let mediator: PersonaAccount;
  let otherMediator: PersonaAccount;
  const http = () => request(app.getHttpServer());
  const password = 'mijn fiets staat aan het station';
  /** A client the mediator creates, with the code printed for them. */
  const newClient = async (displayName: string) => {
    const created = await http()
      .post('/api/v1/clients')
      .set(bearer(mediator))
      .send({ displayName, preferredLanguage: 'nl' })
      .expect(201);
    return { id: created.body.account.id as string, claimCode: created.body.claimCode as string };
  };

  beforeAll(async () => {
    app = await createTestApp();
    mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot });
    otherMediator = await createAccount(app, { label: 'other', role: Role.Mediator, werkpunt: WERKPUNT_IDS.ledeberg });
  });
  afterAll(() => app?.close());

  it('replaces the code: the old one no longer works, the new one does, once', async () => {
    const { id, claimCode } = await newClient('Youssef Amrani');
    const fresh = await http().post(`/api/v1/clients/${id}/claim-code`).set(bearer(mediator)).expect(200);
    expect(fresh.body.claimCode).not.toBe(claimCode);
    expect(fresh.headers['cache-control']).toBe('no-store');

    await http().post('/api/v1/clients/claim').send({ code: claimCode, password }).expect(400);
    await http().post('/api/v1/clients/claim').send({ code: fresh.body.claimCode, password }).expect(200);
    await http().post('/api/v1/clients/claim').send({ code: fresh.body.claimCode, password }).expect(400);

    // Claimed: no new code, the client logs in with the password now.
    const again = await http().post(`/api/v1/clients/${id}/claim-code`).set(bearer(mediator)).expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);

    const [audit] = await app
      .get(DataSource)
      .query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log WHERE subject_job_seeker_account_id = $1 AND record_type = 'ClaimCode'`,
        [id],
      );
    expect(audit.n).toBe(1);
  });

  it('is refused to a mediator of another Werkpunt (404, like an unknown client) and to an unknown id', async () => {
    const { id, claimCode } = await newClient('Lotte Claeys');
    await http().post(`/api/v1/clients/${id}/claim-code`).set(bearer(otherMediator)).expect(404);
    await http()
      .post('/api/v1/clients/7e57da7a-0000-4000-8000-00000000dead/claim-code')
      .set(bearer(mediator))
      .expect(404);
    await http().post('/api/v1/clients/not-a-uuid/claim-code').set(bearer(mediator)).expect(400);
    // The first code still works: nothing changed.
    await http().post('/api/v1/clients/claim').send({ code: claimCode, password }).expect(200);
  });
});
