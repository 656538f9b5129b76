// The search and matching endpoints as their users meet them: free-text search with facets for anyone, the
// recorded ranking behind every list and a mediator's override of it, and the trace each look at a person's
// file leaves in their "who looked at my file".
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import request from 'supertest';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import {
  bearer,
  createClient,
  createEmployer,
  Employer,
  publishVacancy,
  syncSearchIndex,
  WIJK,
} from '../utils/matching-world';
import { createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

describe('search and matching endpoints', () => {
  let app: INestApplication;
  let employer: Employer;
  let mediator: PersonaAccount;
  let admin: PersonaAccount;
  const http = () => request(app.getHttpServer());
  const mine: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp();
    employer = await createEmployer(app, 'Zoekwerk');
    mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot });
    admin = await createAccount(app, { label: 'admin', role: Role.Admin });
    mine.cleaner = await publishVacancy(app, employer, {
      title: 'Schoonmaker ziekenhuisgangen',
      occupation: 'schoonmaker gebouwen',
      place: 'ledeberg',
    });
    mine.stage = await publishVacancy(app, employer, {
      title: 'Instapstage schoonmaak ziekenhuisgangen',
      occupation: 'schoonmaker gebouwen',
      place: 'ledeberg',
      programme: 'instapstage',
      hoursPerWeekMin: 30,
      hoursPerWeekMax: 38,
    });
    mine.driver = await publishVacancy(app, employer, {
      title: 'Chauffeur ziekenhuisgangen-logistiek',
      occupation: 'vrachtwagenchauffeur',
      place: 'ledeberg',
      drivingLicences: ['C'],
      dutchLevel: 'B2',
    });
    await syncSearchIndex(app);
  });
  afterAll(() => app?.close());

  describe('free-text vacancy search (no login)', () => {
    const ours = (items: { id: string }[]) => items.map((i) => i.id).filter((id) => Object.values(mine).includes(id));

    it('finds a cleaning job by the Flemish word people use (kuisvrouw → schoonmaker)', async () => {
      const res = await http().get('/api/v1/search/vacancies').query({ q: 'kuisvrouw ziekenhuisgangen' }).expect(200);
      const found = ours(res.body.items);
      expect(found.slice(0, 2)).toEqual(expect.arrayContaining([mine.cleaner, mine.stage]));
      // Typo tolerance may bring in a job that shares only one of the words: it ranks below the real hits.
      if (found.includes(mine.driver)) expect(found.indexOf(mine.driver)).toBe(2);
    });

    it('forgives a typo', async () => {
      const res = await http().get('/api/v1/search/vacancies').query({ q: 'ziekenhuisgagen schoonmaakr' }).expect(200);
      expect(ours(res.body.items)).toContain(mine.cleaner);
    });

    it('filters by programme and hours, and counts facets over all matches', async () => {
      const res = await http()
        .get('/api/v1/search/vacancies')
        .query({ q: 'ziekenhuisgangen', programme: 'instapstage', hours: '35plus' })
        .expect(200);
      expect(ours(res.body.items)).toEqual([mine.stage]);
      const all = await http().get('/api/v1/search/vacancies').query({ q: 'ziekenhuisgangen', limit: 1 }).expect(200);
      expect(all.body.items).toHaveLength(1);
      expect(all.body.total).toBeGreaterThanOrEqual(3);
      const count = (facet: string, value: string) =>
        all.body.facets[facet].find((f: { value: string }) => f.value === value)?.count ?? 0;
      expect(count('programme', 'instapstage')).toBeGreaterThanOrEqual(1);
      expect(count('occupationGroup', '9')).toBeGreaterThanOrEqual(2);
      expect(count('wijk', String(WIJK.ledeberg))).toBeGreaterThanOrEqual(3);
      const ledeberg = all.body.facets.wijk.find((f: { value: string }) => f.value === String(WIJK.ledeberg));
      expect(ledeberg.label).toEqual({ nl: 'Ledeberg', en: 'Ledeberg' });
    });

    it('keeps jobs that ask more Dutch than the reader has out when asked', async () => {
      const res = await http()
        .get('/api/v1/search/vacancies')
        .query({ q: 'ziekenhuisgangen', maxDutchLevel: 'A2' })
        .expect(200);
      expect(ours(res.body.items)).not.toContain(mine.driver);
      expect(ours(res.body.items)).toContain(mine.cleaner);
    });

    it.each([
      ['wijk', { wijk: 'Rabot' }],
      ['programme', { programme: 'stage' }],
      ['hours', { hours: '40' }],
      ['shortage', { shortage: 'maybe' }],
      ['maxDutchLevel', { maxDutchLevel: 'B3' }],
      ['limit', { limit: 500 }],
      ['occupationGroup', { occupationGroup: '91' }],
    ])('answers 400 problem+json naming %s when it is invalid', async (field, query) => {
      const res = await http().get('/api/v1/search/vacancies').query(query).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  describe('rankings: recorded, explainable, overridable by a mediator', () => {
    let client: { id: string; claimCode: string; username: string };
    let clientAuth: Record<string, string>;

    beforeAll(async () => {
      client = await createClient(app, mediator, 'Sara Vanderlinden', {
        occupations: ['schoonmaker gebouwen', 'vrachtwagenchauffeur'],
        homeWijkId: WIJK.ledeberg,
        drivingLicences: ['B', 'C'],
        dutchLevel: 'B2',
        maxCommuteMinutes: 30,
      });
      const password = 'een fiets voor de markt van zondag';
      await http().post('/api/v1/clients/claim').send({ code: client.claimCode, password }).expect(200);
      const loggedIn = await http()
        .post('/api/v1/auth/login')
        .send({ username: client.username, password })
        .expect(200);
      clientAuth = { Authorization: `Bearer ${loggedIn.body.accessToken as string}` };
    });

    it('records the ranking a mediator sees, and lets them put it in another order with a reason', async () => {
      const matches = await http().get(`/api/v1/clients/${client.id}/matches`).set(bearer(mediator)).expect(200);
      expect(matches.headers['cache-control']).toBe('no-store');
      const shown = (matches.body.items as { vacancy: { id: string } }[]).map((i) => i.vacancy.id);
      expect(shown).toEqual(expect.arrayContaining([mine.cleaner, mine.driver]));
      const ranking = await http().get(`/api/v1/rankings/${matches.body.rankingId}`).set(bearer(mediator)).expect(200);
      expect(ranking.body).toMatchObject({
        kind: 'vacancies-for-seeker',
        subjectAccountId: client.id,
        overrideReason: null,
      });
      expect(ranking.body.results.slice(0, shown.length).map((r: { id: string }) => r.id)).toEqual(shown);
      expect(ranking.body.weights).toMatchObject({ occupation: expect.any(Number), distance: expect.any(Number) });
      expect(ranking.body.inputs).toMatchObject({ profileVersion: expect.any(Number), engine: 'postgres' });

      const last = shown[shown.length - 1];
      const reason = 'Sara rijdt graag en wil eerst de chauffeursjob proberen.';
      const overridden = await http()
        .put(`/api/v1/rankings/${matches.body.rankingId}/override`)
        .set(bearer(mediator))
        .send({ order: [last], reason })
        .expect(200);
      expect(overridden.body.order[0]).toBe(last);
      expect(overridden.body.order).toHaveLength(ranking.body.results.length);
      expect(overridden.body.overrideReason).toBe(reason);
      // The client may read how their list was made, and that it was changed, and why.
      const seen = await http().get(`/api/v1/rankings/${matches.body.rankingId}`).set(clientAuth).expect(200);
      expect(seen.body).toMatchObject({ order: overridden.body.order, overrideReason: reason });
    });

    it('refuses an override naming results that are not in the ranking, or without a reason', async () => {
      const matches = await http().get(`/api/v1/clients/${client.id}/matches`).set(bearer(mediator)).expect(200);
      const path = `/api/v1/rankings/${matches.body.rankingId}/override`;
      const unknown = await http()
        .put(path)
        .set(bearer(mediator))
        .send({ order: ['7e57da7a-0000-4000-8000-0000000000ff'], reason: 'Een goede reden om dit te doen.' })
        .expect(400);
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
      const noReason = await http()
        .put(path)
        .set(bearer(mediator))
        .send({ order: [mine.cleaner], reason: 'kort' })
        .expect(400);
      expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      const badOrder = await http()
        .put(path)
        .set(bearer(mediator))
        .send({ order: 'first', reason: 'Een goede reden.' })
        .expect(400);
      expect(badOrder.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'order' })]));
      const after = await http().get(`/api/v1/rankings/${matches.body.rankingId}`).set(bearer(mediator)).expect(200);
      expect(after.body.overrideReason).toBeNull();
    });

    it('hides a ranking from employers and other job seekers (404), and the client cannot override it', async () => {
      const matches = await http().get('/api/v1/me/matches').set(clientAuth).expect(200);
      await http().get(`/api/v1/rankings/${matches.body.rankingId}`).set(bearer(employer.recruiter)).expect(404);
      await http()
        .put(`/api/v1/rankings/${matches.body.rankingId}/override`)
        .set(clientAuth)
        .send({ order: [mine.cleaner], reason: 'Ik wil dit bovenaan.' })
        .expect(403);
    });

    it('answers 400 naming the field for an invalid page', async () => {
      const res = await http().get('/api/v1/me/matches').query({ limit: 0 }).set(clientAuth).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
      const offset = await http().get('/api/v1/me/matches').query({ offset: -1 }).set(clientAuth).expect(400);
      expect(offset.body.errors).toEqual([expect.objectContaining({ field: 'offset' })]);
    });

    it('shows every look at the file in the client’s "who looked at my file": mediator, employer, admin', async () => {
      await syncSearchIndex(app);
      await http().get(`/api/v1/clients/${client.id}/matches`).set(bearer(mediator)).expect(200);
      const candidates = await http()
        .get(`/api/v1/vacancies/${mine.cleaner}/candidates?limit=50`)
        .set(bearer(employer.recruiter))
        .expect(200);
      expect(
        candidates.body.items.map((c: { candidate: { candidateId: string } }) => c.candidate.candidateId),
      ).toContain(client.id);
      expect(candidates.text).not.toContain('Sara');
      await http().get(`/api/v1/clients/${client.id}/matches`).set(bearer(admin)).expect(200);

      const log = await http().get('/api/v1/me/file-access-log').set(clientAuth).expect(200);
      const entries = log.body.items as { actorRole: string; purpose: string; organisationIds: string[] }[];
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ actorRole: Role.Mediator, purpose: 'caseload' }),
          expect.objectContaining({
            actorRole: Role.Recruiter,
            purpose: 'matching',
            organisationIds: [employer.organisationId],
          }),
          expect.objectContaining({ actorRole: Role.Admin, purpose: 'admin-support' }),
        ]),
      );
      expect(log.text).not.toContain(mediator.displayName);
    });
  });

  it('shows how far the index is behind in readiness and in /metrics', async () => {
    await publishVacancy(app, employer, {
      title: 'Nog niet gesynct',
      occupation: 'schoonmaker gebouwen',
      place: 'rabot',
    });
    const ready = await http().get('/health/ready').expect(200);
    expect(ready.body.details.searchIndex).toMatchObject({
      status: 'up',
      engine: 'postgres',
      pendingEvents: expect.any(Number),
      lagSeconds: expect.any(Number),
    });
    expect(ready.body.details.searchIndex.pendingEvents).toBeGreaterThan(0);
    const metrics = await http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/^werkpunt_search_outbox_pending [1-9]\d*$/m);
    expect(metrics.text).toMatch(/^werkpunt_search_index_lag_seconds \d/m);
    await syncSearchIndex(app);
    const after = await http().get('/metrics').expect(200);
    expect(after.text).toMatch(/^werkpunt_search_outbox_pending 0$/m);
  });
});
