// The outbox: a vacancy change (or a job-seeker profile change) and its outbox event commit together, and
// neither when the transaction fails. The bulk import: every valid row stored, every bad row reported.
import { INestApplication } from '@nestjs/common';
import { enterpriseNumberFromBase, normaliseEnterpriseNumber, Organisation } from '@werkpunt/employers';
import { Role } from '@werkpunt/identity';
import { OutboxEvent } from '@werkpunt/platform';
import { Vacancy, VacancyStore } from '@werkpunt/vacancies';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

type Auth = Record<string, string>;
const bearer = (token: string): Auth => ({ Authorization: `Bearer ${token}` });
const DESCRIPTION = 'Je kookt mee in onze buurtkeuken in Rabot: soep, dagschotel en dessert voor zestig mensen.';

/** A minimal valid job-seeker profile (schoonmaker gebouwen, wijk Rabot). */
const PROFILE = {
  desiredOccupations: [{ occupationId: '303a1e34-cb16-4054-b323-81e5eec17397', experienceMonths: 0 }],
  skillIds: [],
  education: { level: 'low', recognition: 'not_needed' },
  dutchLevel: 'A2',
  otherLanguages: [],
  drivingLicences: [],
  mobility: { transportModes: ['bike'], maxCommuteMinutes: 20 },
  workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day'] },
  homeWijkId: 7,
  eligibility: { livingWageClient: false, inArtikel60: false },
  availability: 'active',
};

describe('vacancies: outbox and bulk import', () => {
  let app: INestApplication;
  let http: ReturnType<INestApplication['getHttpServer']>;
  let dataSource: DataSource;
  let cook: string;
  let organisationId: string;
  let siteId: string;
  let recruiter: Auth;

  const eventsOf = (aggregateId: string) =>
    dataSource.getRepository(OutboxEvent).find({ where: { aggregateId }, order: { id: 'ASC' } });

  beforeAll(async () => {
    app = await createTestApp();
    http = app.getHttpServer();
    dataSource = app.get(DataSource);
    cook = (await dataSource.query<{ id: string }[]>("SELECT id FROM occupations WHERE isco_code = '5120' LIMIT 1"))[0]
      .id;
    organisationId = randomUUID();
    await dataSource.getRepository(Organisation).insert({
      id: organisationId,
      legalName: 'Importkeuken bv',
      enterpriseNumber: normaliseEnterpriseNumber(enterpriseNumberFromBase(randomInt(0, 20_000_000))),
      naceCode: '56.10',
    });
    recruiter = bearer(
      (await createAccount(app, { label: 'importer', role: Role.Recruiter, organisation: organisationId })).token,
    );
    siteId = (
      await request(http)
        .post(`/api/v1/employers/${organisationId}/sites`)
        .set(recruiter)
        .send({ name: 'Keuken', streetAddress: 'Wondelgemstraat 12', postcode: '9000' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => app?.close());

  describe('outbox', () => {
    it('writes one event per vacancy change, with the version the change produced', async () => {
      const created = await request(http)
        .post('/api/v1/vacancies')
        .set(recruiter)
        .send({
          kind: 'vacancy',
          siteId,
          title: 'Kok',
          description: DESCRIPTION,
          occupationId: cook,
          minimumEducation: 'none',
          hoursPerWeekMin: 38,
          hoursPerWeekMax: 38,
          contractType: 'permanent',
          programme: 'regular',
          closingDate: '2099-12-31',
        })
        .expect(201);
      const id = created.body.id as string;
      await request(http).post(`/api/v1/vacancies/${id}/publish`).set(recruiter).send({}).expect(200);
      // A repeated step (a retry) and a refused one change nothing, so they write no event.
      await request(http).post(`/api/v1/vacancies/${id}/publish`).set(recruiter).send({}).expect(200);
      await request(http).post(`/api/v1/vacancies/${id}/pause`).set(recruiter).send({}).expect(200);
      await request(http).post(`/api/v1/vacancies/${id}/fill`).set(recruiter).send({}).expect(200);
      await request(http).post(`/api/v1/vacancies/${id}/pause`).set(recruiter).send({}).expect(409);
      const events = await eventsOf(id);
      expect(events.map((e) => [e.aggregateType, e.aggregateVersion, e.change])).toEqual([
        ['vacancy', 1, 'upsert'],
        ['vacancy', 2, 'upsert'],
        ['vacancy', 3, 'upsert'],
        ['vacancy', 4, 'upsert'],
      ]);
    });

    it('commits neither the vacancy nor its event when the transaction fails', async () => {
      const store = app.get(VacancyStore);
      const [existing] = await dataSource.getRepository(Vacancy).find({ where: { organisationId }, take: 1 });
      const before = await eventsOf(existing.id);
      await expect(
        store.change(existing.id, (vacancy) => {
          vacancy.title = 'Never stored';
          throw new Error('the change fails half-way');
        }),
      ).rejects.toThrow('the change fails half-way');
      // A failure after the event was written (here: a constraint the database refuses) rolls both back.
      await expect(
        store.change(existing.id, (vacancy) => {
          vacancy.positions = 0;
        }),
      ).rejects.toThrow(/CHK_vacancies_positions/);
      const after = await dataSource.getRepository(Vacancy).findOneByOrFail({ id: existing.id });
      expect(after.title).toBe(existing.title);
      expect(after.version).toBe(existing.version);
      expect(await eventsOf(existing.id)).toEqual(before);

      const newId = randomUUID();
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.insert(Vacancy, { ...existing, id: newId });
          await manager.insert(OutboxEvent, {
            aggregateType: 'vacancy',
            aggregateId: newId,
            aggregateVersion: 1,
            change: 'upsert',
          } as OutboxEvent);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await dataSource.getRepository(Vacancy).countBy({ id: newId })).toBe(0);
      expect(await eventsOf(newId)).toEqual([]);
    });

    it('writes an event with every job-seeker profile change', async () => {
      const seeker = await createAccount(app, { label: 'seeker', role: Role.JobSeeker });
      await request(http).put('/api/v1/me/profile').set(bearer(seeker.token)).send(PROFILE).expect(200);
      await request(http)
        .put('/api/v1/me/profile')
        .set(bearer(seeker.token))
        .send({ ...PROFILE, dutchLevel: 'B1' })
        .expect(200);
      const events = await eventsOf(seeker.id);
      expect(events.map((e) => [e.aggregateType, e.aggregateVersion, e.change])).toEqual([
        ['job_seeker_profile', 1, 'upsert'],
        ['job_seeker_profile', 2, 'upsert'],
      ]);
    });
  });

  describe('bulk import', () => {
    const HEADER = [
      'kind',
      'siteId',
      'title',
      'description',
      'occupationId',
      'minimumEducation',
      'dutchLevel',
      'hoursPerWeekMin',
      'hoursPerWeekMax',
      'shifts',
      'contractType',
      'programme',
      'positions',
      'closingDate',
      'otherLanguages',
    ];
    const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    const goodRow = (n: number) => [
      n % 3 === 0 ? 'internship' : 'vacancy',
      siteId,
      `Kok ${n}`,
      DESCRIPTION,
      cook,
      'low',
      'A2',
      '19',
      '38',
      'day|weekend',
      'permanent',
      'regular',
      '1',
      '2099-12-31',
      '[{"language":"en","level":"B1"}]',
    ];
    /** Five kinds of bad row, each with the field it should be reported under. */
    const BAD: { field: string; spoil: (row: string[]) => void }[] = [
      { field: 'contractType', spoil: (row) => (row[10] = 'zzp') },
      { field: 'hoursPerWeekMin', spoil: (row) => (row[7] = 'veel') },
      { field: 'occupationId', spoil: (row) => (row[4] = randomUUID()) },
      { field: 'closingDate', spoil: (row) => (row[13] = '31/12/2099') },
      { field: 'title', spoil: (row) => (row[2] = '') },
    ];

    it('stores the 950 valid rows of a 1,000-row CSV and reports the 50 bad ones with line and reason', async () => {
      const lines = [HEADER.join(',')];
      const expectedBad = new Map<number, string>();
      for (let n = 1; n <= 1000; n += 1) {
        const row = goodRow(n);
        if (n % 20 === 0) {
          const bad = BAD[(n / 20) % BAD.length];
          bad.spoil(row);
          expectedBad.set(n + 1, bad.field); // line 1 is the header
        }
        lines.push(row.map(csvField).join(','));
      }
      const before = await dataSource.getRepository(Vacancy).countBy({ organisationId });
      const res = await request(http)
        .post('/api/v1/vacancies/import')
        .set(recruiter)
        .attach('file', Buffer.from(lines.join('\n'), 'utf8'), { filename: 'vacatures.csv', contentType: 'text/csv' })
        .expect(200);

      expect(res.body.created).toBe(950);
      expect(res.body.rejected).toBe(50);
      const rejected = res.body.rows.filter((row: { status: string }) => row.status === 'rejected');
      expect(rejected.map((row: { line: number }) => row.line)).toEqual([...expectedBad.keys()]);
      for (const row of rejected as { line: number; errors: { field: string; message: string }[] }[]) {
        expect(row.errors.map((error) => error.field)).toContain(expectedBad.get(row.line));
        expect(row.errors.every((error) => error.message.length > 0)).toBe(true);
      }
      expect(await dataSource.getRepository(Vacancy).countBy({ organisationId })).toBe(before + 950);
      const internships = await dataSource
        .getRepository(Vacancy)
        .countBy({ organisationId, kind: 'internship' as Vacancy['kind'], status: 'draft' as Vacancy['status'] });
      expect(internships).toBe(
        res.body.rows.filter((r: { status: string; line: number }) => r.status === 'created' && (r.line - 1) % 3 === 0)
          .length,
      );
    });

    it('imports a JSON array, publishing when asked, and checks publication per row', async () => {
      const record = (closingDate: string) =>
        Object.fromEntries(
          HEADER.map((name, index) => [name, goodRow(1)[index]]).concat([['closingDate', closingDate]]),
        );
      const body = [record('2099-12-31'), record('2020-01-01')].map((row) => ({
        ...row,
        hoursPerWeekMin: 19,
        hoursPerWeekMax: 38,
        positions: 1,
        shifts: ['day'],
        otherLanguages: [],
      }));
      const res = await request(http)
        .post('/api/v1/vacancies/import')
        .query({ publish: true })
        .set(recruiter)
        .send(body)
        .expect(200);
      expect(res.body.rows).toEqual([
        { line: 1, status: 'created', id: expect.any(String), errors: [] },
        { line: 2, status: 'rejected', errors: [expect.objectContaining({ field: 'closingDate' })] },
      ]);
      const stored = await dataSource.getRepository(Vacancy).findOneByOrFail({ id: res.body.rows[0].id });
      expect(stored.status).toBe('published');
    });

    it('refuses a file that cannot be read at all', async () => {
      const res = await request(http)
        .post('/api/v1/vacancies/import')
        .set(recruiter)
        .set('Content-Type', 'text/csv')
        .send('kind,title\n"unterminated,1\n');
      expect(res.status).toBe(400);
    });
  });
});
