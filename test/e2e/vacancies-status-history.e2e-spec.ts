// A vacancy's status history (issue #4): every step with from, to, role, reason and time, oldest first, for the
// organisation's recruiters and admins (with who took it), mediators (without, and never of a draft); not for
// other organisations (404) or job seekers (403).
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createEmployerWithSite, createOrganisationWithRecruiter, createVacancy } from '../utils/employer-fixtures';
import { bearer, createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

describe('vacancies: status history', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  let recruiter: PersonaAccount;
  let siteId: string;

  const draft = () => createVacancy(app, { recruiter, siteId });

  const history = (id: string, as: PersonaAccount) =>
    http().get(`/api/v1/vacancies/${id}/status-history`).set(bearer(as));

  beforeAll(async () => {
    app = await createTestApp();
    ({ recruiter, siteId } = await createEmployerWithSite(app, { legalName: 'Historiek bv' }));
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
    const { recruiter: other } = await createOrganisationWithRecruiter(app, { label: 'other' });
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
