// Paging and filters on the lists of a client's file and of applications (issue #4): each list pages with the
// platform's cursor without repeating or skipping a row, and filters where it says so.
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import { CaseloadEntry } from '@werkpunt/mediation';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createEmployerWithSite, createVacancy, EmployerWithSite } from '../utils/employer-fixtures';
import { bearer, createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe('records: paging and filters', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  const http = () => request(app.getHttpServer());
  let mediator: PersonaAccount;
  let employer: EmployerWithSite;

  /** A job seeker who can log in, in Rabot's caseload. */
  async function client(): Promise<PersonaAccount> {
    const person = await createAccount(app, { label: 'client', role: Role.JobSeeker });
    await dataSource.getRepository(CaseloadEntry).insert({
      clientAccountId: person.id,
      werkpuntId: WERKPUNT_IDS.rabot,
      mediatorAccountId: mediator.id,
      since: new Date(),
      lastContactAt: null,
    });
    return person;
  }

  /** Every page of a list, following nextCursor, with `limit` items a page. */
  async function allPages<T>(path: string, as: PersonaAccount, query: Record<string, string> = {}, limit = 2) {
    const pages: Page<T>[] = [];
    let cursor: string | null = null;
    do {
      const res = await http()
        .get(path)
        .query({ ...query, limit: String(limit), ...(cursor ? { cursor } : {}) })
        .set(bearer(as))
        .expect(200);
      const page = res.body as Page<T>;
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 20);
    return pages;
  }

  const publishedVacancy = () => createVacancy(app, employer, { publish: true });

  const apply = async (as: PersonaAccount, vacancyId: string) =>
    (await http().post('/api/v1/applications').set(bearer(as)).send({ vacancyId }).expect(201)).body.id as string;

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot });
    employer = await createEmployerWithSite(app, { legalName: 'Paginering bv' });
  });
  afterAll(() => app?.close());

  it('pages through client notes, newest first', async () => {
    const person = await client();
    for (const text of ['one', 'two', 'three', 'four', 'five']) {
      await http().post(`/api/v1/clients/${person.id}/notes`).set(bearer(mediator)).send({ text }).expect(201);
    }
    const pages = await allPages<{ text: string }>(`/api/v1/clients/${person.id}/notes`, mediator);
    expect(pages.map((page) => page.items.map((note) => note.text))).toEqual([
      ['five', 'four'],
      ['three', 'two'],
      ['one'],
    ]);
  });

  it('pages through the ladder history; currentStep is the newest step on every page', async () => {
    const person = await client();
    const steps = ['care', 'social_activation', 'language_activation', 'social_activation'];
    for (const step of steps) {
      await http()
        .put(`/api/v1/clients/${person.id}/ladder-step`)
        .set(bearer(mediator))
        .send({ step, reason: `Now ${step}` })
        .expect(200);
    }
    const pages = await allPages<{ step: string }>(`/api/v1/clients/${person.id}/ladder-history`, mediator, {}, 3);
    const histories = pages.map((page) => (page as unknown as { history: { step: string }[] }).history);
    expect(histories.map((history) => history.map((change) => change.step))).toEqual([
      ['social_activation', 'language_activation', 'social_activation'],
      ['care'],
    ]);
    expect(pages.map((page) => (page as unknown as { currentStep: string }).currentStep)).toEqual([
      'social_activation',
      'social_activation',
    ]);
  });

  it('pages through referrals and filters them by partner and status', async () => {
    const person = await client();
    const referrals = `/api/v1/clients/${person.id}/referrals`;
    const ids: string[] = [];
    for (const partner of ['vdab', 'nt2_course', 'vdab', 'de_stap']) {
      const created = await http()
        .post(referrals)
        .set(bearer(mediator))
        .send({ partner, purpose: `To ${partner}` })
        .expect(201);
      ids.push(created.body.id as string);
    }
    await http().patch(`${referrals}/${ids[2]}`).set(bearer(mediator)).send({ status: 'sent' }).expect(200);

    const pages = await allPages<{ id: string }>(referrals, mediator);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual([...ids].reverse());
    expect(pages.map((page) => page.items.length)).toEqual([2, 2]);

    const vdab = await allPages<{ id: string }>(referrals, mediator, { partner: 'vdab' }, 1);
    expect(vdab.flatMap((page) => page.items.map((item) => item.id))).toEqual([ids[2], ids[0]]);
    const sentToVdab = await allPages<{ id: string }>(referrals, mediator, { partner: 'vdab', status: 'sent' });
    expect(sentToVdab.flatMap((page) => page.items.map((item) => item.id))).toEqual([ids[2]]);
  });

  it('pages through applications (mine, a client’s, the board) and filters them by status and vacancy', async () => {
    const person = await client();
    const vacancies = [await publishedVacancy(), await publishedVacancy(), await publishedVacancy()];
    const applications: string[] = [];
    for (const vacancyId of vacancies) applications.push(await apply(person, vacancyId));
    await http()
      .post(`/api/v1/applications/${applications[1]}/status`)
      .set(employer.auth)
      .send({ status: 'screening' })
      .expect(200);

    const mine = await allPages<{ id: string }>('/api/v1/me/applications', person);
    expect(mine.flatMap((page) => page.items.map((item) => item.id))).toEqual([...applications].reverse());
    expect(mine).toHaveLength(2);
    const screening = await allPages<{ id: string }>('/api/v1/me/applications', person, { status: 'screening' });
    expect(screening.flatMap((page) => page.items.map((item) => item.id))).toEqual([applications[1]]);

    const followed = await allPages<{ id: string }>(`/api/v1/clients/${person.id}/applications`, mediator);
    expect(followed.flatMap((page) => page.items.map((item) => item.id))).toEqual(applications);
    const toOne = await allPages<{ id: string }>(`/api/v1/clients/${person.id}/applications`, mediator, {
      vacancyId: vacancies[2],
    });
    expect(toOne.flatMap((page) => page.items.map((item) => item.id))).toEqual([applications[2]]);

    // The board of one vacancy, oldest first, with three applicants.
    const board = `/api/v1/vacancies/${vacancies[0]}/applications`;
    const others = [await client(), await client()];
    const onBoard = [applications[0], await apply(others[0], vacancies[0]), await apply(others[1], vacancies[0])];
    const boardPages = await allPages<{ id: string }>(board, employer.recruiter);
    expect(boardPages.flatMap((page) => page.items.map((item) => item.id))).toEqual(onBoard);
    expect(boardPages).toHaveLength(2);
    const applied = await allPages<{ id: string }>(board, employer.recruiter, { status: 'screening' });
    expect(applied.flatMap((page) => page.items)).toEqual([]);
  });

  describe('refuses invalid paging and filters with 400 naming the field', () => {
    it.each([
      ['notes limit', '/notes', { limit: '0' }, 'limit'],
      ['ladder limit', '/ladder-history', { limit: '1000' }, 'limit'],
      ['referrals partner', '/referrals', { partner: 'nasa' }, 'partner'],
      ['referrals status', '/referrals', { status: 'lost' }, 'status'],
      ['applications status', '/applications', { status: 'maybe' }, 'status'],
      ['applications vacancyId', '/applications', { vacancyId: 'nope' }, 'vacancyId'],
    ])('%s', async (_label, path, query, field) => {
      const person = await client();
      const res = await http().get(`/api/v1/clients/${person.id}${path}`).query(query).set(bearer(mediator));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
    });

    it('a cursor this API did not hand out', async () => {
      const person = await client();
      const forged = Buffer.from(JSON.stringify(['c1', 'yesterday', 'x'])).toString('base64url');
      await http()
        .get(`/api/v1/clients/${person.id}/notes`)
        .query({ cursor: forged })
        .set(bearer(mediator))
        .expect(400);
      await http().get('/api/v1/me/applications').query({ cursor: 'garbage' }).set(bearer(person)).expect(400);
    });
  });
});
