// Vacancies and internship offers: an employer creates and publishes one; the lifecycle with its history;
// who sees what; filters, sorting and cursor pages; the JobPosting JSON-LD; a 400 naming the field per DTO.
import { INestApplication } from '@nestjs/common';
import { enterpriseNumberFromBase, normaliseEnterpriseNumber, Organisation } from '@werkpunt/employers';
import { Role } from '@werkpunt/identity';
import { PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import { VacancyStatusChange } from '@werkpunt/vacancies';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAccount } from '../utils/policy-personas';
import { createTestApp, testConfig } from '../utils/test-app';

const RABOT_POINT = { lat: 51.0641, lon: 3.7108 };
const RABOT_WIJK = 7;
const FAR_FUTURE = '2099-12-31';
const DESCRIPTION =
  'Je kookt mee in onze buurtkeuken in Rabot: soep, dagschotel en dessert voor zestig buurtbewoners per dag.';

type Auth = Record<string, string>;
const bearer = (token: string): Auth => ({ Authorization: `Bearer ${token}` });

describe('vacancies', () => {
  let app: INestApplication;
  let http: ReturnType<INestApplication['getHttpServer']>;
  let dataSource: DataSource;
  let cookOccupation: string;
  let cleanerOccupation: string;
  let employer: { organisationId: string; siteId: string; auth: Auth; accountId: string };
  let other: { organisationId: string; siteId: string; auth: Auth };
  let jobSeeker: Auth;
  let mediator: Auth;
  let admin: Auth;

  async function organisationWithSite(name: string) {
    const organisationId = randomUUID();
    await dataSource.getRepository(Organisation).insert({
      id: organisationId,
      legalName: `${name} bv`,
      tradingName: name,
      enterpriseNumber: normaliseEnterpriseNumber(enterpriseNumberFromBase(randomInt(0, 20_000_000))),
      naceCode: '56.10',
      website: 'https://www.example.test',
    });
    const recruiter = await createAccount(app, {
      label: 'recruiter',
      role: Role.Recruiter,
      organisation: organisationId,
    });
    const auth = bearer(recruiter.token);
    const site = await request(http)
      .post(`/api/v1/employers/${organisationId}/sites`)
      .set(auth)
      .send({ name: 'Keuken', streetAddress: 'Wondelgemstraat 12', postcode: '9000', ...RABOT_POINT })
      .expect(201);
    return { organisationId, siteId: site.body.id as string, auth, accountId: recruiter.id };
  }

  const draftBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'vacancy',
    siteId: employer.siteId,
    title: 'Kok buurtkeuken',
    description: DESCRIPTION,
    occupationId: cookOccupation,
    minimumEducation: 'low',
    dutchLevel: 'A2',
    otherLanguages: [{ language: 'en', level: 'A2' }],
    hoursPerWeekMin: 19,
    hoursPerWeekMax: 38,
    shifts: ['day', 'weekend'],
    contractType: 'permanent',
    programme: 'regular',
    positions: 2,
    closingDate: FAR_FUTURE,
    ...overrides,
  });

  async function published(owner: { auth: Auth; siteId: string }, overrides: Record<string, unknown> = {}) {
    const created = await request(http)
      .post('/api/v1/vacancies')
      .set(owner.auth)
      .send(draftBody({ siteId: owner.siteId, ...overrides }))
      .expect(201);
    await request(http).post(`/api/v1/vacancies/${created.body.id}/publish`).set(owner.auth).send({}).expect(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    app = await createTestApp();
    http = app.getHttpServer();
    dataSource = app.get(DataSource);
    const occupation = async (isco: string) =>
      (
        await dataSource.query<{ id: string }[]>(
          'SELECT id FROM occupations WHERE isco_code = $1 ORDER BY id LIMIT 1',
          [isco],
        )
      )[0].id;
    cookOccupation = await occupation('5120');
    cleanerOccupation = await occupation('9112');
    employer = await organisationWithSite('Buurtkeuken Rabot');
    other = await organisationWithSite('Andere Keuken');
    jobSeeker = bearer((await createAccount(app, { label: 'seeker', role: Role.JobSeeker })).token);
    mediator = bearer((await createAccount(app, { label: 'mediator', role: Role.Mediator })).token);
    admin = bearer((await createAccount(app, { label: 'admin', role: Role.Admin })).token);
  });
  afterAll(() => app?.close());

  describe('an employer creates and publishes a vacancy', () => {
    it('walks the lifecycle, keeps every step with actor and reason, and refuses a step the lifecycle lacks', async () => {
      const created = await request(http)
        .post('/api/v1/vacancies')
        .set(employer.auth)
        .send(draftBody({ closingDate: undefined }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'draft',
        version: 1,
        organisationId: employer.organisationId,
        wijk: RABOT_WIJK,
        iscoCode: '5120',
        shortage: true,
        publishedAt: null,
      });
      const id = created.body.id as string;

      // Publishing needs a closing date.
      const incomplete = await request(http).post(`/api/v1/vacancies/${id}/publish`).set(employer.auth).send({});
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.errors).toEqual([expect.objectContaining({ field: 'closingDate' })]);
      const past = await request(http)
        .patch(`/api/v1/vacancies/${id}`)
        .set(employer.auth)
        .send({ closingDate: '2020-01-01' });
      expect(past.status).toBe(200);
      const stillPast = await request(http).post(`/api/v1/vacancies/${id}/publish`).set(employer.auth).send({});
      expect(stillPast.body.errors).toEqual([expect.objectContaining({ field: 'closingDate' })]);
      await request(http)
        .patch(`/api/v1/vacancies/${id}`)
        .set(employer.auth)
        .send({ closingDate: FAR_FUTURE })
        .expect(200);

      // A draft is the organisation's: 404 to everyone else, as if it did not exist.
      for (const auth of [{}, jobSeeker, mediator, other.auth]) {
        expect((await request(http).get(`/api/v1/vacancies/${id}`).set(auth)).status).toBe(404);
      }
      expect((await request(http).get(`/api/v1/vacancies/${id}`).set(admin)).status).toBe(200);
      expect((await request(http).post(`/api/v1/vacancies/${id}/publish`).set(other.auth).send({})).status).toBe(404);

      const publish = await request(http).post(`/api/v1/vacancies/${id}/publish`).set(employer.auth).send({});
      expect(publish.status).toBe(200);
      expect(publish.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
      expect((await request(http).get(`/api/v1/vacancies/${id}`)).status).toBe(200);

      await request(http)
        .post(`/api/v1/vacancies/${id}/pause`)
        .set(employer.auth)
        .send({ reason: 'Genoeg kandidaten voor nu' })
        .expect(200);
      expect((await request(http).get(`/api/v1/vacancies/${id}`)).status).toBe(404);
      // A published or paused vacancy may still change: each change is a new version.
      const edited = await request(http).patch(`/api/v1/vacancies/${id}`).set(employer.auth).send({ positions: 3 });
      expect(edited.body).toMatchObject({ status: 'paused', positions: 3 });
      await request(http).post(`/api/v1/vacancies/${id}/publish`).set(employer.auth).send({}).expect(200);
      const filled = await request(http).post(`/api/v1/vacancies/${id}/fill`).set(employer.auth).send({});
      expect(filled.body).toMatchObject({ status: 'filled', version: 8 });

      const refused = await request(http).post(`/api/v1/vacancies/${id}/publish`).set(employer.auth).send({});
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(refused.body.detail).toContain('filled');
      expect(refused.body.detail).toContain('published');
      expect(refused.body.checks).toEqual({ from: 'filled', to: 'published', transition: 'publish' });
      const editAfterEnd = await request(http)
        .patch(`/api/v1/vacancies/${id}`)
        .set(employer.auth)
        .send({ positions: 1 });
      expect(editAfterEnd.status).toBe(400);

      const history = await dataSource
        .getRepository(VacancyStatusChange)
        .find({ where: { vacancyId: id }, order: { at: 'ASC', toStatus: 'ASC' } });
      expect(history.map((step) => [step.fromStatus, step.toStatus])).toEqual([
        [null, 'draft'],
        ['draft', 'published'],
        ['published', 'paused'],
        ['paused', 'published'],
        ['published', 'filled'],
      ]);
      expect(
        history.every((step) => step.actorAccountId === employer.accountId && step.actorRole === 'recruiter'),
      ).toBe(true);
      expect(history[2].reason).toBe('Genoeg kandidaten voor nu');
    });

    it('closes only with a reason, and derives the shortage flag and wijk on every write', async () => {
      const id = await published(employer, { occupationId: cleanerOccupation, title: 'Schoonmaker' });
      const vacancy = await request(http).get(`/api/v1/vacancies/${id}`).expect(200);
      expect(vacancy.body).toMatchObject({ iscoCode: '9112', shortage: false, wijk: RABOT_WIJK });
      const changed = await request(http)
        .patch(`/api/v1/vacancies/${id}`)
        .set(employer.auth)
        .send({ occupationId: cookOccupation });
      expect(changed.body).toMatchObject({ iscoCode: '5120', shortage: true, status: 'published', version: 3 });

      const noReason = await request(http).post(`/api/v1/vacancies/${id}/close`).set(employer.auth).send({});
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      const closed = await request(http)
        .post(`/api/v1/vacancies/${id}/close`)
        .set(employer.auth)
        .send({ reason: 'De functie wordt intern ingevuld' });
      expect(closed.body.status).toBe('closed');
    });

    it('lets only the organisation and admins change a published vacancy', async () => {
      const id = await published(employer);
      for (const auth of [jobSeeker, mediator]) {
        expect((await request(http).patch(`/api/v1/vacancies/${id}`).set(auth).send({ positions: 1 })).status).toBe(
          403,
        );
      }
      expect((await request(http).patch(`/api/v1/vacancies/${id}`).set(other.auth).send({ positions: 1 })).status).toBe(
        404,
      );
      expect((await request(http).patch(`/api/v1/vacancies/${id}`).set(admin).send({ positions: 1 })).status).toBe(200);
      expect((await request(http).post('/api/v1/vacancies').set(other.auth).send(draftBody())).status).toBe(400);
      const foreignOrganisation = await request(http)
        .post('/api/v1/vacancies')
        .set(other.auth)
        .send(draftBody({ organisationId: employer.organisationId }));
      expect(foreignOrganisation.status).toBe(404);
    });
  });

  describe('many changes at once', () => {
    it('changes a vacancy with one database connection at a time, so a busy pool cannot starve its own edits', async () => {
      // With a single pooled connection, an edit that held its transaction while asking for a second
      // connection would wait for itself until the pool gives up (503): under load that happened with ten.
      const id = await published(employer);
      const onePool = await createTestApp({ database: { ...testConfig().database, poolSize: 1 } });
      try {
        const answer = await request(onePool.getHttpServer())
          .patch(`/api/v1/vacancies/${id}`)
          .set(employer.auth)
          .send({ title: 'Kok met één verbinding' });
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({ title: 'Kok met één verbinding', version: 3 });
      } finally {
        await onePool.close();
      }
    });

    it('keeps each of three simultaneous edits of one vacancy as its own version', async () => {
      const id = await published(employer);
      const edits = [{ positions: 3 }, { hoursPerWeekMin: 24 }, { title: 'Kok en afwas' }];
      const answers = await Promise.all(
        edits.map((edit) => request(http).patch(`/api/v1/vacancies/${id}`).set(employer.auth).send(edit)),
      );
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(answers.map((answer) => answer.body.version as number).sort()).toEqual([3, 4, 5]);
      expect((await request(http).get(`/api/v1/vacancies/${id}`).expect(200)).body).toMatchObject({
        positions: 3,
        hoursPerWeekMin: 24,
        title: 'Kok en afwas',
        version: 5,
      });
    });
  });

  describe('sites with vacancies', () => {
    it('refuses to delete a site that vacancies still point at, with 409, and keeps it', async () => {
      const site = await request(http)
        .post(`/api/v1/employers/${employer.organisationId}/sites`)
        .set(employer.auth)
        .send({ name: 'Atelier Dampoort', streetAddress: 'Dampoortstraat 1', postcode: '9000' })
        .expect(201);
      const siteId = site.body.id as string;
      await published({ auth: employer.auth, siteId });

      const refused = await request(http)
        .delete(`/api/v1/employers/${employer.organisationId}/sites/${siteId}`)
        .set(employer.auth);
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.detail).toMatch(/still has vacancies/);
      const profile = await request(http).get(`/api/v1/employers/${employer.organisationId}`).expect(200);
      expect(profile.body.sites.map((s: { id: string }) => s.id)).toContain(siteId);
    });
  });

  describe('JobPosting JSON-LD', () => {
    it('has every property Google requires for a published vacancy', async () => {
      const id = await published(employer);
      const res = await request(http).get(`/api/v1/vacancies/${id}/jsonld`).expect(200);
      expect(res.headers['content-type']).toContain('application/ld+json');
      const ld = res.body;
      expect(ld['@context']).toBe('https://schema.org/');
      expect(ld['@type']).toBe('JobPosting');
      expect(ld.title).toBe('Kok buurtkeuken');
      expect(ld.description).toBe(DESCRIPTION);
      expect(new Date(ld.datePosted).toString()).not.toBe('Invalid Date');
      expect(ld.validThrough).toMatch(/^2099-12-31T/);
      expect(ld.hiringOrganization).toEqual({
        '@type': 'Organization',
        name: 'Buurtkeuken Rabot',
        sameAs: 'https://www.example.test',
      });
      expect(ld.jobLocation).toEqual({
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Wondelgemstraat 12',
          addressLocality: 'Gent',
          addressRegion: 'Oost-Vlaanderen',
          postalCode: '9000',
          addressCountry: 'BE',
        },
      });
      expect(ld.employmentType).toEqual(['FULL_TIME']);
      expect(ld.directApply).toBe(false);
      expect(ld.occupationalCategory).toMatch(/^5120 /);
      expect(ld.identifier).toMatchObject({ value: id });
    });

    it('is not there for a draft', async () => {
      const draft = await request(http).post('/api/v1/vacancies').set(employer.auth).send(draftBody()).expect(201);
      expect((await request(http).get(`/api/v1/vacancies/${draft.body.id}/jsonld`)).status).toBe(404);
    });
  });

  describe('the list', () => {
    let owner: { organisationId: string; siteId: string; auth: Auth };
    let ids: string[];

    beforeAll(async () => {
      owner = await organisationWithSite('Lijst Keuken');
      ids = [
        await published(owner, { closingDate: '2099-03-01' }),
        await published(owner, {
          closingDate: '2099-01-01',
          occupationId: cleanerOccupation,
          kind: 'internship',
          programme: 'instapstage',
          contractType: 'internship_agreement',
        }),
        await published(owner, { closingDate: '2099-02-01' }),
      ];
      await request(http)
        .post('/api/v1/vacancies')
        .set(owner.auth)
        .send(draftBody({ siteId: owner.siteId }))
        .expect(201);
    });

    const list = (query: Record<string, string | number | boolean>, auth: Auth = {}) =>
      request(http)
        .get('/api/v1/vacancies')
        .query({ organisation: owner.organisationId, ...query })
        .set(auth);

    it('pages newest first with a cursor, never repeating or skipping', async () => {
      const first = await list({ limit: 2 }).expect(200);
      expect(first.body.items.map((v: { id: string }) => v.id)).toEqual([ids[2], ids[1]]);
      const second = await list({ limit: 2, cursor: first.body.nextCursor }).expect(200);
      expect(second.body.items.map((v: { id: string }) => v.id)).toEqual([ids[0]]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('sorts by closing date', async () => {
      const res = await list({ sort: 'closingDate' }).expect(200);
      expect(res.body.items.map((v: { id: string }) => v.id)).toEqual([ids[1], ids[2], ids[0]]);
    });

    it('filters by shortage, ISCO group, wijk, kind, programme and occupation', async () => {
      const idsOf = async (query: Record<string, string | number | boolean>) =>
        (await list(query).expect(200)).body.items.map((v: { id: string }) => v.id).sort();
      expect(await idsOf({ shortage: true })).toEqual([ids[0], ids[2]].sort());
      expect(await idsOf({ shortage: false })).toEqual([ids[1]]);
      expect(await idsOf({ isco: '91' })).toEqual([ids[1]]);
      expect(await idsOf({ wijk: RABOT_WIJK })).toEqual([...ids].sort());
      expect(await idsOf({ wijk: 1 })).toEqual([]);
      expect(await idsOf({ kind: 'internship' })).toEqual([ids[1]]);
      expect(await idsOf({ programme: 'instapstage' })).toEqual([ids[1]]);
      expect(await idsOf({ occupation: cookOccupation })).toEqual([ids[0], ids[2]].sort());
    });

    it('shows drafts only to their organisation and admins', async () => {
      expect((await list({ status: 'draft' }, owner.auth)).body.items).toHaveLength(1);
      expect((await list({ status: 'draft' }, admin)).body.items).toHaveLength(1);
      expect((await list({ status: 'draft' }, other.auth)).body.items).toHaveLength(0);
      expect((await list({ status: 'draft' })).body.items).toHaveLength(0);
    });
  });

  describe('refuses invalid input with 400 naming the field', () => {
    let id: string;
    beforeAll(async () => {
      id = (await request(http).post('/api/v1/vacancies').set(employer.auth).send(draftBody()).expect(201)).body.id;
    });

    const expectField = (res: request.Response, field: string) => {
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    };

    it('CreateVacancyDto', async () => {
      expectField(
        await request(http)
          .post('/api/v1/vacancies')
          .set(employer.auth)
          .send(draftBody({ contractType: 'zzp' })),
        'contractType',
      );
      expectField(
        await request(http)
          .post('/api/v1/vacancies')
          .set(employer.auth)
          .send(draftBody({ occupationId: randomUUID() })),
        'occupationId',
      );
      expectField(
        await request(http)
          .post('/api/v1/vacancies')
          .set(employer.auth)
          .send(draftBody({ siteId: other.siteId })),
        'siteId',
      );
      expectField(
        await request(http)
          .post('/api/v1/vacancies')
          .set(employer.auth)
          .send(draftBody({ requiredSkillIds: ['no-such-skill'] })),
        'requiredSkillIds.0',
      );
      expectField(
        await request(http)
          .post('/api/v1/vacancies')
          .set(employer.auth)
          .send(draftBody({ hoursPerWeekMin: 38, hoursPerWeekMax: 19 })),
        'hoursPerWeekMax',
      );
      expectField(
        await request(http)
          .post('/api/v1/vacancies')
          .set(employer.auth)
          .send(draftBody({ otherLanguages: [{ language: 'en', level: 'Z9' }] })),
        'otherLanguages.0.level',
      );
    });

    it('UpdateVacancyDto', async () => {
      expectField(
        await request(http).patch(`/api/v1/vacancies/${id}`).set(employer.auth).send({ remoteSharePercent: 120 }),
        'remoteSharePercent',
      );
      expectField(
        await request(http).patch(`/api/v1/vacancies/${id}`).set(employer.auth).send({ title: null }),
        'title',
      );
    });

    it('VacancyTransitionDto and CloseVacancyDto', async () => {
      expectField(
        await request(http)
          .post(`/api/v1/vacancies/${id}/pause`)
          .set(employer.auth)
          .send({ reason: 'x'.repeat(501) }),
        'reason',
      );
      expectField(
        await request(http).post(`/api/v1/vacancies/${id}/close`).set(employer.auth).send({ reason: 7 }),
        'reason',
      );
    });

    it('VacancyListQueryDto', async () => {
      expectField(await request(http).get('/api/v1/vacancies').query({ isco: 'abc' }), 'isco');
      expectField(await request(http).get('/api/v1/vacancies').query({ sort: 'title' }), 'sort');
    });

    it('ImportQueryDto', async () => {
      expectField(
        await request(http).post('/api/v1/vacancies/import').query({ publish: 'maybe' }).set(employer.auth).send([]),
        'publish',
      );
    });
  });
});
