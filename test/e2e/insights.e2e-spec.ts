import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import {
  createOrganisationWithRecruiter,
  createSite,
  createVacancy,
  occupationIdByIsco,
} from '../utils/employer-fixtures';
import { createClient } from '../utils/matching-world';
import { bearer, createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

interface Row {
  key: string;
  nameNl: string;
  nameEn: string;
  jobSeekers: number | null;
  openVacancies: number;
  tension: number | null;
  suppressed: boolean;
  figures2013?: { openVacancies: number; jobSeekers: number; tension: number } | null;
}

interface Report {
  by: string;
  minimumShown: number;
  totals: { jobSeekers: number | null; openVacancies: number };
  totals2013: { jobSeekers: number; openVacancies: number; tension: number };
  rows: Row[];
}

// Wijken and occupation groups no other spec uses, so the counts of this world stand alone even when the specs share
// the run's database: Drongen (25), Mariakerke (24) and Oostakker (12); printers (ISCO 7321) and doctors (2211). The
// cooks (5120) only fill Oostakker; they fall outside the note's groups.
const DRONGEN = { id: 25, lat: 51.05119, lon: 3.633086 };
const MARIAKERKE = 24;
const OOSTAKKER = 12;

describe('Insights API: tension per occupation group and wijk', () => {
  let app: INestApplication;
  let admin: PersonaAccount;
  let mediator: PersonaAccount;
  let jobSeeker: PersonaAccount;
  let recruiter: PersonaAccount;
  let before: Record<'occupation-group' | 'wijk', Report>;
  const http = () => request(app.getHttpServer());
  const report = async (by: string, who: PersonaAccount): Promise<Report> =>
    (await http().get('/api/v1/insights/tension').query({ by }).set(bearer(who)).expect(200)).body as Report;
  const row = (body: Report, key: string) => body.rows.find((candidate) => candidate.key === key);

  beforeAll(async () => {
    app = await createTestApp();
    admin = await createAccount(app, { label: 'city-admin', role: Role.Admin });
    mediator = await createAccount(app, {
      label: 'insights-mediator',
      role: Role.Mediator,
      werkpunt: WERKPUNT_IDS.ledeberg,
    });
    jobSeeker = await createAccount(app, { label: 'insights-seeker', role: Role.JobSeeker });
    before = { 'occupation-group': await report('occupation-group', admin), wijk: await report('wijk', admin) };

    // The known world: six printers and one paused printer at home in Drongen, two doctors in Mariakerke, five
    // cooks in Oostakker; in Drongen two published printer vacancies, one published doctor vacancy and one
    // printer vacancy still in draft.
    const printer = await occupationIdByIsco(app, '7321');
    const doctor = await occupationIdByIsco(app, '2211');
    const printerLabel = await labelOf(printer);
    const doctorLabel = await labelOf(doctor);
    const cookLabel = await labelOf(await occupationIdByIsco(app, '5120'));
    for (let i = 1; i <= 5; i++) {
      await createClient(app, mediator, `Kok ${i}`, { occupations: [cookLabel], homeWijkId: OOSTAKKER });
    }
    for (let i = 1; i <= 6; i++) {
      await createClient(app, mediator, `Drukker ${i}`, { occupations: [printerLabel], homeWijkId: DRONGEN.id });
    }
    await createClient(app, mediator, 'Drukker met pauze', {
      occupations: [printerLabel],
      homeWijkId: DRONGEN.id,
      availability: 'paused',
    });
    for (let i = 1; i <= 2; i++) {
      await createClient(app, mediator, `Dokter ${i}`, { occupations: [doctorLabel], homeWijkId: MARIAKERKE });
    }
    const employer = await createOrganisationWithRecruiter(app, { legalName: 'Drukkerij Drongen bv' });
    recruiter = employer.recruiter;
    const siteId = await createSite(app, employer, {
      name: 'Drongen',
      postcode: '9031',
      lat: DRONGEN.lat,
      lon: DRONGEN.lon,
    });
    const at = { recruiter: employer.recruiter, siteId };
    await createVacancy(app, at, { publish: true, title: 'Drukker offset', occupationId: printer });
    await createVacancy(app, at, { publish: true, title: 'Drukker digitaal', occupationId: printer });
    await createVacancy(app, at, { publish: true, title: 'Huisarts', occupationId: doctor });
    await createVacancy(app, at, { title: 'Drukker in opmaak', occupationId: printer });

    async function labelOf(id: string): Promise<string> {
      const [found] = await app
        .get(DataSource)
        .query<{ preferred_label: string }[]>('SELECT preferred_label FROM occupations WHERE id = $1', [id]);
      return found.preferred_label;
    }
  });
  afterAll(() => app?.close());

  it('counts active job seekers and published vacancies per occupation group, with the 2013 figures beside them', async () => {
    const now = await report('occupation-group', admin);
    expect(row(before['occupation-group'], 'printers')).toMatchObject({ jobSeekers: 0, openVacancies: 0 });
    expect(row(now, 'printers')).toEqual({
      key: 'printers',
      nameNl: 'Drukkers',
      nameEn: 'Printers',
      jobSeekers: 6,
      openVacancies: 2,
      tension: 3,
      suppressed: false,
      figures2013: { openVacancies: 1.6, jobSeekers: 127.4, tension: 80.5 },
    });
    expect(now.totals).toEqual({
      jobSeekers: (before['occupation-group'].totals.jobSeekers ?? 0) + 13,
      openVacancies: before['occupation-group'].totals.openVacancies + 3,
      tension: expect.any(Number),
    });
  });

  it('lists all 24 groups of the policy note with their 2013 figures, and the city totals of 2013', async () => {
    const now = await report('occupation-group', admin);
    const withFigures = now.rows.filter((candidate) => candidate.figures2013);
    expect(withFigures).toHaveLength(24);
    expect(row(now, 'cleaning')?.figures2013).toEqual({ openVacancies: 369.1, jobSeekers: 2337.4, tension: 6.3 });
    expect(row(now, 'other')?.figures2013).toBeNull();
    expect(now.totals2013).toEqual({ jobSeekers: 14637, openVacancies: 2311, tension: 6.3 });
  });

  it('hides job-seeker counts of 1 to 4 (and the tension made from them), but still shows the vacancies', async () => {
    const now = await report('occupation-group', admin);
    expect(now.minimumShown).toBe(5);
    expect(row(now, 'medicalDoctors')).toMatchObject({
      jobSeekers: null,
      openVacancies: 1,
      tension: null,
      suppressed: true,
    });
    expect(row(await report('wijk', admin), String(MARIAKERKE))).toMatchObject({
      nameNl: 'Mariakerke',
      jobSeekers: null,
      tension: null,
      suppressed: true,
    });
  });

  it('hides the next smallest wijk with a lone small one, so the total minus the other wijken does not give it away', async () => {
    const now = await report('wijk', admin);
    expect(row(now, String(OOSTAKKER))).toMatchObject({ nameNl: 'Oostakker', jobSeekers: null, suppressed: true });
    // Together the hidden wijken hold at least five people, and none of them can be worked out on its own.
    const shown = now.rows.reduce((sum, wijk) => sum + (wijk.jobSeekers ?? 0), 0);
    expect(now.totals.jobSeekers! - shown).toBeGreaterThanOrEqual(5);
    expect(now.rows.filter((wijk) => wijk.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('counts per wijk by the job seekers’ home and the vacancies’ site, for all 25 wijken', async () => {
    const now = await report('wijk', admin);
    expect(now.rows).toHaveLength(25);
    expect(row(before.wijk, String(DRONGEN.id))).toMatchObject({ jobSeekers: 0, openVacancies: 0, tension: null });
    expect(row(now, String(DRONGEN.id))).toEqual({
      key: '25',
      nameNl: 'Drongen',
      nameEn: 'Drongen',
      jobSeekers: 6,
      openVacancies: 3,
      tension: 2,
      suppressed: false,
    });
  });

  it('is for admins and mediators: 403 for a job seeker and a recruiter, 401 without logging in', async () => {
    expect((await report('wijk', mediator)).rows).toHaveLength(25);
    const asJobSeeker = await http().get('/api/v1/insights/tension?by=wijk').set(bearer(jobSeeker));
    expect(asJobSeeker.status).toBe(403);
    expect(asJobSeeker.body.jobSeekers).toBeUndefined();
    expect((await http().get('/api/v1/insights/tension?by=wijk').set(bearer(recruiter))).status).toBe(403);
    expect((await http().get('/api/v1/insights/tension?by=wijk')).status).toBe(401);
  });

  it('answers 400 naming the field for an unknown dimension', async () => {
    const res = await http().get('/api/v1/insights/tension?by=postcode').set(bearer(admin));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain('by');
  });

  it('lists the Werkpunten with their mediators and caseload size, for admins only', async () => {
    const res = await http().get('/api/v1/insights/werkpunten').set(bearer(admin)).expect(200);
    const ledeberg = (res.body as { id: string; name: string; clients: number; mediators: { id: string }[] }[]).find(
      (werkpunt) => werkpunt.id === WERKPUNT_IDS.ledeberg,
    );
    expect(ledeberg).toMatchObject({ name: 'Werkpunt Ledeberg', status: 'open', wijk: 'Ledeberg' });
    expect(ledeberg?.mediators).toContainEqual({
      id: mediator.id,
      displayName: mediator.displayName,
      email: mediator.email,
      status: 'active',
    });
    expect(ledeberg?.clients).toBeGreaterThanOrEqual(9);
    expect(res.body).toHaveLength(4);
    expect((await http().get('/api/v1/insights/werkpunten').set(bearer(mediator))).status).toBe(403);
  });
});
