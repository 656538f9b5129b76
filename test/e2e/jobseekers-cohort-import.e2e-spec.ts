// Cohort import (issue #4, point 4): a mediator's CSV of clients after a collective dismissal. Valid rows become
// client accounts with a claim code, a profile (with its outbox event) and a place in the mediator's caseload;
// bad rows are reported with their line and the columns at fault, and never stop the good ones.
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { bearer, createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

const RABOT = WERKPUNT_IDS.rabot;
// schoonmaker gebouwen and keukenhulp (the profile examples), and a skill of the curated list.
const CLEANER = '303a1e34-cb16-4054-b323-81e5eec17397';
const KITCHEN_HELP = 'e1cf6897-158d-4b48-a39e-2a3a8cac216c';
const SKILL = 'clean-floors';

const HEADER = [
  'displayName',
  'preferredLanguage',
  'occupationIds',
  'experienceMonths',
  'skillIds',
  'educationLevel',
  'dutchLevel',
  'otherLanguages',
  'transportModes',
  'maxCommuteMinutes',
  'hoursPerWeekMin',
  'hoursPerWeekMax',
  'shifts',
  'homeWijkId',
  'livingWageClient',
].join(',');

function goodRow(n: number): string[] {
  return [
    `Arbeider ${n}`,
    n % 2 ? 'nl' : 'en',
    `${CLEANER}|${KITCHEN_HELP}`,
    String(n % 120),
    SKILL,
    'low',
    'A2',
    'fr:B1',
    'bike|public_transport',
    '30',
    '19',
    '38',
    'day|evening',
    String((n % 25) + 1),
    n % 3 ? 'nee' : 'ja',
  ];
}

/** Five kinds of mistakes, ten of each, and the column each one must be reported against. */
const MISTAKES: { column: string; spoil: (row: string[]) => void }[] = [
  { column: 'displayName', spoil: (row) => (row[0] = '') },
  { column: 'occupationIds', spoil: (row) => (row[2] = randomUUID()) },
  { column: 'homeWijkId', spoil: (row) => (row[13] = '99') },
  { column: 'hoursPerWeekMax', spoil: (row) => (row[11] = '10') },
  { column: 'educationLevel', spoil: (row) => (row[5] = 'university') },
];

describe('jobseekers: cohort import from CSV', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let mediator: PersonaAccount;
  const http = () => request(app.getHttpServer());
  /** POSTs a CSV body as the mediator (or `as`), to their own Werkpunt unless `werkpuntId` says another. */
  const importCsv = (csv: string, { as = mediator, werkpuntId }: { as?: PersonaAccount; werkpuntId?: string } = {}) =>
    http()
      .post('/api/v1/clients/import')
      .query(werkpuntId ? { werkpuntId } : {})
      .set(bearer(as))
      .set('Content-Type', 'text/csv')
      .send(csv);

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    mediator = await createAccount(app, { label: 'cohort', role: Role.Mediator, werkpunt: RABOT });
  });
  afterAll(() => app?.close());

  interface Report {
    created: number;
    rejected: number;
    rows: {
      line: number;
      status: string;
      id?: string;
      errors: { field: string; message: string }[];
      client?: { accountId: string; username: string; claimCode: string };
    }[];
  }

  it('stores 950 of 1,000 rows and reports the 50 bad ones with their line and reason', async () => {
    const lines = [HEADER];
    const expectedBad = new Map<number, string>();
    for (let n = 0; n < 1000; n++) {
      const row = goodRow(n);
      // Every 20th row is spoilt; the file's line is n + 2 (the header is line 1).
      if (n % 20 === 7) {
        const mistake = MISTAKES[((n / 20) % MISTAKES.length) | 0];
        mistake.spoil(row);
        expectedBad.set(n + 2, mistake.column);
      }
      lines.push(row.join(','));
    }
    const res = await http()
      .post('/api/v1/clients/import')
      .set(bearer(mediator))
      .attach('file', Buffer.from(lines.join('\n')), { filename: 'cohort.csv', contentType: 'text/csv' })
      .expect(200);
    const report = res.body as Report;

    expect(report.created).toBe(950);
    expect(report.rejected).toBe(50);
    expect(report.rows).toHaveLength(1000);
    const rejected = report.rows.filter((row) => row.status === 'rejected');
    expect(rejected.map((row) => row.line)).toEqual([...expectedBad.keys()]);
    for (const row of rejected) {
      expect(row.errors).toEqual(
        expect.arrayContaining([{ field: expectedBad.get(row.line), message: expect.any(String) }]),
      );
    }

    const created = report.rows.filter((row) => row.status === 'created');
    const ids = created.map((row) => row.id as string);
    expect(created.every((row) => /^[A-Z0-9]{5}-[A-Z0-9]{5}$/.test(row.client?.claimCode ?? ''))).toBe(true);
    expect(created.every((row) => row.client?.accountId === row.id && row.client?.username)).toBe(true);

    const [counts] = await dataSource.query<
      { profiles: string; caseload: string; outbox: string; codes: string; audit: string }[]
    >(
      `SELECT (SELECT count(*) FROM job_seeker_profiles WHERE account_id = ANY($1)) AS profiles,
              (SELECT count(*) FROM caseload_entries WHERE client_account_id = ANY($1)
                 AND werkpunt_id = $2 AND mediator_account_id = $3) AS caseload,
              (SELECT count(*) FROM outbox_events WHERE aggregate_type = 'job_seeker_profile'
                 AND aggregate_id = ANY($1) AND aggregate_version = 1) AS outbox,
              (SELECT count(*) FROM account_claim_codes WHERE account_id = ANY($1) AND created_by = $3) AS codes,
              (SELECT count(*) FROM audit_log WHERE subject_job_seeker_account_id = ANY($1)
                 AND action = 'create' AND purpose = 'caseload') AS audit`,
      [ids, RABOT, mediator.id],
    );
    expect(counts).toEqual({ profiles: '950', caseload: '950', outbox: '950', codes: '950', audit: '950' });

    // The caseload list shows them, with the importing mediator responsible.
    const page = await http()
      .get(`/api/v1/werkpunten/${RABOT}/caseload`)
      .query({ mediatorAccountId: mediator.id, limit: '5' })
      .set(bearer(mediator))
      .expect(200);
    const items = (page.body as { items: { clientAccountId: string }[] }).items;
    expect(items).toHaveLength(5);
    expect(items.every((item) => ids.includes(item.clientAccountId))).toBe(true);
  }, 180_000);

  it('keeps the row’s profile: the mediator reads it back as imported', async () => {
    const csv = [HEADER, goodRow(4).join(',')].join('\n');
    const res = await importCsv(csv).expect(200);
    const [row] = (res.body as Report).rows;
    const profile = await http().get(`/api/v1/clients/${row.id}/profile`).set(bearer(mediator)).expect(200);
    expect(profile.body).toEqual(
      expect.objectContaining({
        desiredOccupations: [
          { occupationId: CLEANER, rank: 1, experienceMonths: 4 },
          { occupationId: KITCHEN_HELP, rank: 2, experienceMonths: 0 },
        ],
        skillIds: [SKILL],
        otherLanguages: [{ language: 'fr', level: 'B1' }],
        homeWijkId: 5,
        workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day', 'evening'] },
        lastChangeSource: 'mediator_on_behalf',
      }),
    );
    // The code works: the client claims the account.
    await http()
      .post('/api/v1/clients/claim')
      .send({ code: row.client?.claimCode, password: 'appels en peren op de markt' })
      .expect(200);
  });

  it('refuses unknown columns naming them, and a file that cannot be read as a whole', async () => {
    const csv = [`${HEADER},favouriteColour`, `${goodRow(1).join(',')},blue`].join('\n');
    const res = await importCsv(csv).expect(200);
    expect((res.body as Report).rows[0].errors).toEqual([expect.objectContaining({ field: 'favouriteColour' })]);

    const broken = await importCsv(`${HEADER}\n"unterminated,1\n`).expect(400);
    expect(broken.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('answers 400 naming werkpuntId for a Werkpunt that is not the mediator’s, and 403 to employers', async () => {
    const csv = [HEADER, goodRow(2).join(',')].join('\n');
    const res = await importCsv(csv, { werkpuntId: WERKPUNT_IDS.ledeberg }).expect(400);
    expect(res.body).toEqual(expect.objectContaining({ errors: [expect.objectContaining({ field: 'werkpuntId' })] }));
    await importCsv(csv, { werkpuntId: 'not-a-uuid' }).expect(400);

    const recruiter = await createAccount(app, { label: 'rec', role: Role.Recruiter, organisation: randomUUID() });
    await importCsv(csv, { as: recruiter }).expect(403);
  });
});
