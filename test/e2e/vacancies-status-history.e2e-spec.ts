// A vacancy's status history (issue #4): every step with from, to, role, reason and time, oldest first, for the
// organisation's recruiters and admins (with who took it), mediators (without, and never of a draft); not for
// other organisations (404) or job seekers (403).
import { INestApplication } from '@nestjs/common';
import { enterpriseNumberFromBase, normaliseEnterpriseNumber, Organisation } from '@werkpunt/employers';
import { Role } from '@werkpunt/identity';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

const bearer = (account: PersonaAccount) => ({ Authorization: `Bearer ${account.token}` });

describe('vacancies: status history', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  const http = () => request(app.getHttpServer());
  let recruiter: PersonaAccount;
  let siteId: string;
  let occupationId: string;

  async function organisation(): Promise<string> {
    const id = randomUUID();
    await dataSource.getRepository(Organisation).insert({
      id,
      legalName: `Historiek ${id.slice(0, 6)} bv`,
      enterpriseNumber: normaliseEnterpriseNumber(enterpriseNumberFromBase(randomInt(0, 20_000_000))),
      naceCode: '47.11',
    });
    return id;
  }

  async function draft(): Promise<string> {
    const created = await http()
      .post('/api/v1/vacancies')
      .set(bearer(recruiter))
      .send({
        kind: 'vacancy',
        siteId,
        title: 'Winkelmedewerker',
        description: 'Je helpt in onze winkel in Rabot: rekken vullen, klanten helpen en de kassa bedienen.',
        occupationId,
        minimumEducation: 'none',
        hoursPerWeekMin: 19,
        hoursPerWeekMax: 38,
        contractType: 'permanent',
        programme: 'regular',
        closingDate: '2099-12-31',
      })
      .expect(201);
    return created.body.id as string;
  }

  const history = (id: string, as: PersonaAccount) =>
    http().get(`/api/v1/vacancies/${id}/status-history`).set(bearer(as));

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    const organisationId = await organisation();
    recruiter = await createAccount(app, { label: 'recruiter', role: Role.Recruiter, organisation: organisationId });
    const site = await http()
      .post(`/api/v1/employers/${organisationId}/sites`)
      .set(bearer(recruiter))
      .send({ name: 'Winkel', streetAddress: 'Wondelgemstraat 12', postcode: '9000', lat: 51.0641, lon: 3.7108 })
      .expect(201);
    siteId = site.body.id as string;
    occupationId = (
      await dataSource.query<{ id: string }[]>("SELECT id FROM occupations WHERE isco_code = '5223' LIMIT 1")
    )[0].id;
  });
  afterAll(() => app?.close());

  it('lists every step oldest first; mediators see it without who took each step', async () => {
    const id = await draft();
    const step = (action: string, body: object = {}) =>
      http().post(`/api/v1/vacancies/${id}/${action}`).set(bearer(recruiter)).send(body).expect(200);
    await step('publish');
    await step('pause');
    await step('publish');
    await step('close', { reason: 'Niet meer nodig' });

    const res = await history(id, recruiter).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'draft',
        actorRole: 'recruiter',
        actorAccountId: recruiter.id,
      }),
      expect.objectContaining({ fromStatus: 'draft', toStatus: 'published' }),
      expect.objectContaining({ fromStatus: 'published', toStatus: 'paused' }),
      expect.objectContaining({ fromStatus: 'paused', toStatus: 'published' }),
      expect.objectContaining({ fromStatus: 'published', toStatus: 'closed', reason: 'Niet meer nodig' }),
    ]);

    const mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot });
    const seen = await history(id, mediator).expect(200);
    expect(seen.body).toHaveLength(5);
    expect((seen.body as { actorAccountId: string | null }[]).every((s) => s.actorAccountId === null)).toBe(true);
    const admin = await createAccount(app, { label: 'admin', role: Role.Admin });
    await history(id, admin).expect(200);
  });

  it('is not for other organisations (404), job seekers (403), or mediators before publication (404)', async () => {
    const id = await draft();
    const other = await createAccount(app, {
      label: 'other',
      role: Role.Recruiter,
      organisation: await organisation(),
    });
    await history(id, other).expect(404);
    const seeker = await createAccount(app, { label: 'seeker', role: Role.JobSeeker });
    await history(id, seeker).expect(403);
    const mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot });
    await history(id, mediator).expect(404);
    await history(randomUUID(), recruiter).expect(404);
    const bad = await history('not-a-uuid', recruiter).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
