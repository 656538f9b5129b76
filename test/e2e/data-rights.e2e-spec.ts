// Data rights (issue #3, part 6): the personal-data catalogue checked against the live schema, the export
// of everything about a person (JSON and HTML), and erasure, after which a scan of PostgreSQL and Redis
// finds none of the person's identifiers outside the documented retention.
import { INestApplication } from '@nestjs/common';
import {
  Account,
  AccountClaimCode,
  OrganisationMembership,
  OrganisationRole,
  PERSONAL_DATA_CATALOGUE,
  PersonalDataExport,
  personalTables,
  RecruiterInvitation,
  retentionTables,
  Role,
  WerkpuntMembership,
} from '@werkpunt/identity';
import { CaseloadEntry, CaseloadTransfer } from '@werkpunt/mediation';
import { JobName, JobQueue, REDIS_COMMAND_CONNECTION } from '@werkpunt/platform';
import { PROFILE_INDEX, ProfileDocuments, SEARCH_ENGINE, SearchEngine } from '@werkpunt/search';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { linkCondition } from '../../libs/identity/src/data-rights/person-rows';
import { createAccount, PersonaAccount } from '../utils/policy-personas';
import { scanPostgres, scanRedis } from '../utils/identifier-scan';
import { createTestApp, testConfig } from '../utils/test-app';

const PASSWORD = 'appelsap met een rietje';
/** A job-seeker profile with an address (schoonmaker gebouwen, wijk Rabot). */
const JOB_SEEKER_PROFILE = {
  desiredOccupations: [{ occupationId: '303a1e34-cb16-4054-b323-81e5eec17397', experienceMonths: 12 }],
  skillIds: ['clean-floors'],
  education: { level: 'low', recognition: 'not_needed' },
  dutchLevel: 'A2',
  otherLanguages: [],
  drivingLicences: [],
  mobility: { transportModes: ['bike'], maxCommuteMinutes: 20 },
  workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day'] },
  homeWijkId: 7,
  address: { streetAddress: 'Wondelgemstraat 100', postcode: '9000' },
  eligibility: { dateOfBirth: '1990-04-12', livingWageClient: true, inArtikel60: false },
  availability: 'active',
};

describe('data rights', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  const http = () => request(app.getHttpServer());
  const config = testConfig();

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
  });
  afterAll(() => app?.close());

  describe('personal-data catalogue', () => {
    it('declares every table of the live schema, once', async () => {
      const rows = await dataSource.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      const declared = PERSONAL_DATA_CATALOGUE.map((t) => t.table);
      const undeclared = rows.map((r) => r.table_name).filter((name) => !declared.includes(name));
      expect(undeclared).toEqual([]);
      expect(new Set(declared).size).toBe(declared.length);
    });

    it('names only tables and columns that exist', async () => {
      const rows = await dataSource.query<{ table_name: string; column_name: string }[]>(
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
      );
      const existing = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
      const tables = new Set(rows.map((r) => r.table_name));
      const named: string[] = [];
      for (const declaration of PERSONAL_DATA_CATALOGUE) {
        if (!tables.has(declaration.table)) named.push(declaration.table);
        if (declaration.kind !== 'personal') continue;
        const t = declaration.table;
        for (const link of declaration.links) {
          named.push(`${t}.${link.column}`);
          if (link.through) {
            named.push(
              `${link.through.table}.${link.through.column}`,
              `${link.through.table}.${link.through.personColumn}`,
            );
          }
          if (link.erasure.action === 'pseudonymise')
            named.push(...Object.keys(link.erasure.set).map((c) => `${t}.${c}`));
        }
        named.push(...Object.keys(declaration.withheld ?? {}).map((c) => `${t}.${c}`));
      }
      expect(named.filter((name) => !(name.includes('.') ? existing.has(name) : tables.has(name)))).toEqual([]);
    });
  });

  /** A job seeker with rows in every personal-data table, as far as the platform allows today. */
  async function personWithDataEverywhere(language: 'nl' | 'en' = 'en') {
    const run = randomUUID().slice(0, 8);
    const email = `erika-${run}@example.test`;
    const displayName = `Erika Wissel ${run}`;
    const phone = `+32 470 ${run.slice(0, 2)} ${run.slice(2, 4)} 99`.replace(/[a-f]/g, '7');
    const username = `erika-${run}`;
    const werkpunt = randomUUID();
    const registered = await http()
      .post('/api/v1/accounts/job-seekers')
      .send({ email, password: PASSWORD, displayName, phone, preferredLanguage: language })
      .expect(201);
    const id = (registered.body as { id: string }).id;
    await dataSource.getRepository(Account).update({ id }, { username, homeWerkpuntId: werkpunt });

    const login = await http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${(login.body as { accessToken: string }).accessToken}` };
    await http()
      .post('/api/v1/auth/password-reset/request')
      .send({ email })
      .expect((r) => expect(r.status).toBeLessThan(300));
    await http().put('/api/v1/me/consents/employer-visibility').set(auth).send({ visible: true }).expect(200);
    await http()
      .put(`/api/v1/me/consents/contact-sharing/${randomUUID()}`)
      .set(auth)
      .send({ shared: true })
      .expect(200);
    await http()
      .put(`/api/v1/me/consents/werkpunt-access/${randomUUID()}`)
      .set(auth)
      .send({ granted: true })
      .expect(200);
    await http().put('/api/v1/me/profile').set(auth).send(JOB_SEEKER_PROFILE).expect(200);

    // A mediator of the person's Werkpunt reads their consents: a row in the audit log about them.
    const mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt });
    await http().get(`/api/v1/clients/${id}/consents`).set(bearer(mediator)).expect(200);
    // The mediator's records about the person: a note, a ladder step and a referral.
    const client = `/api/v1/clients/${id}`;
    await http()
      .post(`${client}/notes`)
      .set(bearer(mediator))
      .send({ text: `Note about ${displayName}` })
      .expect(201);
    await http()
      .put(`${client}/ladder-step`)
      .set(bearer(mediator))
      .send({ step: 'language_activation', reason: 'Dutch first' })
      .expect(200);
    await http()
      .post(`${client}/referrals`)
      .set(bearer(mediator))
      .send({ partner: 'nt2_course', purpose: 'Dutch A2' })
      .expect(201);

    // Tables the flows above do not reach for a job seeker: written directly.
    await dataSource.getRepository(WerkpuntMembership).insert({ accountId: id, werkpuntId: werkpunt });
    await dataSource
      .getRepository(OrganisationMembership)
      .insert({ accountId: id, organisationId: randomUUID(), role: OrganisationRole.Recruiter });
    await dataSource.getRepository(AccountClaimCode).insert({
      accountId: id,
      codeHash: randomUUID().replace(/-/g, ''),
      createdBy: mediator.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await dataSource.getRepository(CaseloadEntry).insert({
      clientAccountId: id,
      werkpuntId: werkpunt,
      mediatorAccountId: mediator.id,
      since: new Date(),
      lastContactAt: null,
    });
    await dataSource.getRepository(CaseloadTransfer).insert({
      clientAccountId: id,
      fromWerkpuntId: null,
      fromMediatorAccountId: null,
      toWerkpuntId: werkpunt,
      toMediatorAccountId: mediator.id,
      transferredByAccountId: mediator.id,
      reason: `Moved to ${displayName}'s own wijk`,
      transferredAt: new Date(),
    });
    await dataSource.getRepository(RecruiterInvitation).insert({
      organisationId: randomUUID(),
      email,
      tokenHash: randomUUID().replace(/-/g, ''),
      invitedBy: mediator.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    // A vacancy step in the person's name (as a former recruiter; no flow lets a job seeker take one), and an
    // application of theirs (to that draft: written directly, minimal).
    await dataSource.query(VACANCY_STEP_BY, [id, `1${String(Date.now()).slice(-9)}`]);
    // Search: the anonymised profile document (as the sync writes it), a parked retry, and a served ranking.
    const documents = await app.get(ProfileDocuments).build([id], () => 1);
    await app.get<SearchEngine>(SEARCH_ENGINE).upsert(PROFILE_INDEX, [documents.get(id)!]);
    await dataSource.query(
      `INSERT INTO search_sync_failures (aggregate_type, aggregate_id, event_id, attempts, next_attempt_at, last_error)
       VALUES ('job_seeker_profile', $1, 1, 1, now(), 'test')`,
      [id],
    );
    await http().get('/api/v1/me/matches').set(auth).expect(200);
    return { id, email, displayName, phone, username, auth, mediator };
  }

  describe('export', () => {
    // How fast (the 60 s promise) is measured by bench/data-export.bench.ts, not here.
    it('holds the person’s rows of every personal-data table, as a JSON download', async () => {
      const person = await personWithDataEverywhere();
      const res = await http().get('/api/v1/me/export').set(person.auth).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="werkpunt-export-\d{4}-\d{2}-\d{2}\.json"$/,
      );

      const body = res.body as PersonalDataExport;
      expect(body.accountId).toBe(person.id);
      const who = { accountId: person.id, email: person.email };
      const missing: string[] = [];
      for (const table of personalTables()) {
        const section = body.sections.find((s) => s.table === table.table);
        // Distinct rows: one row may name the person in two columns (a ranking they asked for about themselves).
        const rows = new Set<string>();
        for (const link of table.links.filter((l) => l.exported === true)) {
          const condition = linkCondition(link, who);
          if (!condition) continue;
          const found = await dataSource.query<{ row: string }[]>(
            `SELECT ctid::text AS row FROM "${table.table}" WHERE ${condition.sql}`,
            [condition.value],
          );
          for (const { row } of found) rows.add(row);
        }
        let expected = rows.size;
        // The export's own audit row is written after the export was read.
        if (table.table === 'audit_log') expected -= 1;
        if (!section || expected === 0 || section.rows.length !== expected) {
          missing.push(
            `${table.table}: ${section?.rows.length ?? 'no section'} rows exported, ${expected} in the database`,
          );
        }
      }
      expect(missing).toEqual([]);
      const text = JSON.stringify(body);
      expect(text).toContain(person.email);
      expect(text).toContain(person.displayName);
      // Secrets are stored as hashes only and stay out of the export.
      const exportedColumns = body.sections.flatMap((s) => s.rows.flatMap((row) => Object.keys(row)));
      expect(exportedColumns.filter((column) => column.endsWith('_hash'))).toEqual([]);
      expect(text).not.toContain('$argon2');

      const [audit] = await dataSource.query<{ action: string; purpose: string }[]>(
        `SELECT action, purpose FROM audit_log WHERE subject_job_seeker_account_id = $1 AND action = 'export'`,
        [person.id],
      );
      expect(audit).toEqual({ action: 'export', purpose: 'data-rights' });
    });

    it('is a readable, self-contained HTML page in the person’s language', async () => {
      const person = await personWithDataEverywhere('nl');
      const res = await http().get('/api/v1/me/export.html').set(person.auth).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
      expect(res.headers['cache-control']).toBe('no-store');
      const html = res.text;
      expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
      expect(html).toContain('<h1>Jouw gegevens bij Werkpunt</h1>');
      expect(html).toContain('<h2 id="accounts">Je account</h2>');
      expect(html).toContain('<th scope="col">e-mailadres</th>');
      expect(html).toContain(person.displayName);
      // No scripts, and nothing loaded from elsewhere.
      expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);
      const viaQuery = await http().get('/api/v1/me/export?format=html').set(person.auth).expect(200);
      expect(viaQuery.text).toContain('<html lang="nl">');
    });

    it('answers 400 naming the field for an unknown format', async () => {
      const person = await personWithDataEverywhere();
      const res = await http().get('/api/v1/me/export?format=xml').set(person.auth).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'format' })]);
    });
  });

  describe('erasure', () => {
    it('leaves none of the person’s identifiers in PostgreSQL (outside the retention tables) or Redis', async () => {
      const person = await personWithDataEverywhere();
      const identifiers = [person.email, person.username, person.displayName, person.phone, person.id];
      const redis = app.get<Redis>(REDIS_COMMAND_CONNECTION);
      const prefix = config.redis.queuePrefix;
      // Real jobs carrying the account id: one delayed, one waiting (no worker runs in this test).
      const jobs = app.get(JobQueue);
      await jobs.add(JobName.InactivityWarning, { accountId: person.id }, { delay: 3_600_000 });
      await jobs.add(JobName.InactivityWarning, { accountId: person.id });
      const before = await scanRedis(redis, prefix, identifiers);
      expect(before.length).toBeGreaterThan(0); // the scan does see the jobs

      const wrong = await http().delete('/api/v1/me').set(person.auth).send({ password: 'not my password at all' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
      const erased = await http().delete('/api/v1/me').set(person.auth).send({ password: PASSWORD }).expect(200);
      expect(erased.body).toEqual({ accountId: person.id, erasedAt: expect.any(String) });

      const allowedUuidColumns = ['accounts.id'];
      const inPostgres = await scanPostgres(dataSource, identifiers, {
        skipTables: retentionTables(),
        allowedUuidColumns,
      });
      expect(inPostgres).toEqual([]);
      expect(await scanRedis(redis, prefix, identifiers)).toEqual([]);

      // What is kept: the pseudonymous account row, the consent history and the audit trail (ids only).
      const [account] = await dataSource.query<Record<string, unknown>[]>(
        'SELECT display_name, email, phone, username, status, erasure_reason, erased_at FROM accounts WHERE id = $1',
        [person.id],
      );
      expect(account).toMatchObject({
        display_name: 'Verwijderd account',
        email: null,
        phone: null,
        username: null,
        status: 'erased',
        erasure_reason: 'own-request',
      });
      const kept = await dataSource.query<{ n: string }[]>(
        `SELECT (SELECT count(*) FROM consent_changes WHERE job_seeker_account_id = $1)
              + (SELECT count(*) FROM audit_log WHERE subject_job_seeker_account_id = $1 AND action = 'erase') AS n`,
        [person.id],
      );
      expect(Number(kept[0].n)).toBe(4);
      // The account is gone for good: its token no longer works and it cannot log in.
      await http().get('/api/v1/me').set(person.auth).expect(401);
      await http().post('/api/v1/auth/login').send({ email: person.email, password: PASSWORD }).expect(401);
    });

    it('lets a mediator of the client’s Werkpunt erase a client’s account with the client present', async () => {
      const person = await personWithDataEverywhere();
      const res = await http()
        .post(`/api/v1/clients/${person.id}/erase`)
        .set(bearer(person.mediator))
        .send({ clientPresent: false });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'clientPresent' })]);
      await http()
        .post(`/api/v1/clients/${person.id}/erase`)
        .set(bearer(person.mediator))
        .send({ clientPresent: true })
        .expect(200);
      const [row] = await dataSource.query<{ status: string; erasure_reason: string }[]>(
        'SELECT status, erasure_reason FROM accounts WHERE id = $1',
        [person.id],
      );
      expect(row).toEqual({ status: 'erased', erasure_reason: 'client-request-at-werkpunt' });
    });

    it('lets an admin erase any account, with a reason from the list', async () => {
      const person = await personWithDataEverywhere();
      const admin = await createAccount(app, { label: 'admin', role: Role.Admin });
      const bad = await http()
        .post(`/api/v1/admin/accounts/${person.id}/erase`)
        .set(bearer(admin))
        .send({ reason: 'he called and asked' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      await http()
        .post(`/api/v1/admin/accounts/${person.id}/erase`)
        .set(bearer(admin))
        .send({ reason: 'deceased' })
        .expect(200);
      const [audit] = await dataSource.query<{ actor_account_id: string; purpose: string }[]>(
        `SELECT actor_account_id, purpose FROM audit_log WHERE subject_job_seeker_account_id = $1 AND action = 'erase'`,
        [person.id],
      );
      expect(audit).toEqual({ actor_account_id: admin.id, purpose: 'admin-support' });
    });

    it('refuses staff erasing their own account (the city manages those)', async () => {
      const mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: randomUUID() });
      await http().delete('/api/v1/me').set(bearer(mediator)).send({ password: PASSWORD }).expect(403);
    });
  });
});

function bearer(account: PersonaAccount): Record<string, string> {
  return { Authorization: `Bearer ${account.token}` };
}

/**
 * An organisation, a site, a draft vacancy and its creation step by account $1 (enterprise number $2), and an
 * application of $1 to it with its step.
 */
const VACANCY_STEP_BY = `
  WITH o AS (INSERT INTO organisations (legal_name, enterprise_number, nace_code)
             VALUES ('Stap bv', $2, '56.10') RETURNING id),
       s AS (INSERT INTO organisation_sites (organisation_id, name, street_address, postcode, located_by)
             SELECT id, 'Zetel', 'Straat 1', '9000', 'outside_ghent' FROM o RETURNING id, organisation_id),
       v AS (INSERT INTO vacancies (kind, organisation_id, site_id, title, description, occupation_id, isco_code,
                                    shortage, required_skill_ids, nice_to_have_skill_ids, minimum_education,
                                    other_languages, driving_licences, hours_per_week_min, hours_per_week_max, shifts,
                                    contract_type, programme, positions, status, version)
             SELECT 'vacancy', s.organisation_id, s.id, 'Stap', 'Stap', oc.id, oc.isco_code, false, '{}', '{}', 'none',
                    '[]', '{}', 1, 1, '{}', 'permanent', 'regular', 1, 'draft', 1
               FROM s, (SELECT id, isco_code FROM occupations LIMIT 1) oc RETURNING id),
       c AS (INSERT INTO vacancy_status_changes (vacancy_id, to_status, actor_account_id, actor_role, at)
             SELECT id, 'draft', $1, 'recruiter', now() FROM v),
       a AS (INSERT INTO applications (vacancy_id, organisation_id, job_seeker_account_id, origin, status, version,
                                       created_at, updated_at)
             SELECT v.id, s.organisation_id, $1, 'applied', 'applied', 1, now(), now() FROM v, s RETURNING id)
  INSERT INTO application_status_changes (application_id, status, actor_account_id, actor_role, at)
  SELECT id, 'applied', $1, 'job_seeker', now() FROM a`;
