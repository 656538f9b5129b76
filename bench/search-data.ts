// The city the search benchmarks run on (issue #5): 100,000 published vacancies and 200,000 job seekers drawn by
// the demo generator (seeds/src/demo, the 2013 Ghent figures: occupation groups, wijken, Dutch levels, education,
// programmes, hours), written straight into the bench database with multi-row INSERTs (jsonb_to_recordset, a few
// thousand rows a statement), then indexed with the real Reindexer, timed. Built once per run and shared by every
// search/matching benchmark; the Nest context here has the search module, which bench/bench-module.ts lacks.
import 'reflect-metadata';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReindexResult } from '@werkpunt/search';
import { DEMO_DEFAULTS } from '../seeds/src/demo/generate';
import type { DemoEmployer, DemoJobSeeker, DemoVacancy } from '../seeds/src/demo/demo-types';
import { buildEscoCatalogue } from '../seeds/src/demo/esco-catalogue';
import { generateEmployers } from '../seeds/src/demo/employers';
import { GHENT_OPEN_VACANCIES_2013, OCCUPATION_GROUP_FIGURES, OccupationGroupKey } from '../seeds/src/demo/figures';
import { generateJobSeekers } from '../seeds/src/demo/job-seekers';
import { loadDemoSources } from '../seeds/src/demo/load-demo-sources';
import { allocateByLargestRemainder } from '../seeds/src/demo/quota';
import { createRandom } from '../seeds/src/demo/random';
import { generateVacancies } from '../seeds/src/demo/vacancies';
import { mulberry32 } from './random';

export const SEARCH_BENCH_VACANCIES = Number(process.env.SEARCH_BENCH_VACANCIES ?? 100_000);
export const SEARCH_BENCH_JOB_SEEKERS = Number(process.env.SEARCH_BENCH_JOB_SEEKERS ?? 200_000);
/** The issue's reindex target for 100,000 vacancy documents. */
export const REINDEX_TARGET_MS = 60_000;

const SEED_DATA_DIR = join(__dirname, '..', 'seeds', 'data');
/** Rows per INSERT statement: one JSON parameter, so no limit on bind parameters. */
const CHUNK = 5_000;
/** Shares of the job seekers: availability (rest active) and employer-visibility consent (rest: never asked). */
const PAUSED_SHARE = 0.08;
const FOUND_WORK_SHARE = 0.04;
const VISIBLE_SHARE = 0.85;
const NOT_VISIBLE_SHARE = 0.07;

export interface SampleSeeker {
  accountId: string;
  homeNeighbourhoodId: number;
}

export interface SampleVacancy {
  id: string;
  organisationId: string;
  recruiterId: string;
  programme: string;
}

export interface SearchBenchData {
  app: INestApplicationContext;
  dataSource: DataSource;
  counts: { organisations: number; sites: number; vacancies: number; jobSeekers: number; searchable: number };
  generateMs: number;
  writeMs: number;
  /** The first build of each index, in the data setup. */
  reindex: { vacancies: ReindexResult; profiles: ReindexResult };
  /** Job seekers who are looking, visible and have at least one wish (so matches are non-trivial). */
  seekers: SampleSeeker[];
  /** Published vacancies (not artikel 60: recruiters see no candidates there), each with a recruiter account. */
  vacancies: SampleVacancy[];
}

let shared: Promise<SearchBenchData> | undefined;

/** The data and the application context, built on first call and shared by all search benchmarks of the run. */
export function searchBenchData(): Promise<SearchBenchData> {
  shared ??= build();
  return shared;
}

async function createSearchApp(): Promise<INestApplicationContext> {
  const [{ NestFactory }, { loadConfig }, { ReindexModule }] = await Promise.all([
    import('@nestjs/core'),
    import('@werkpunt/platform'),
    import('@werkpunt/search'),
  ]);
  // ReindexModule = PlatformModule + SearchModule + Reindexer: everything the matching services need.
  return NestFactory.createApplicationContext(ReindexModule.forRoot(loadConfig()), {
    logger: false,
    abortOnError: false,
  });
}

async function build(): Promise<SearchBenchData> {
  const app = await createSearchApp();
  await app.init();
  const dataSource = app.get(DataSource);
  const log = (line: string) => process.stdout.write(`  [search-data] ${line}\n`);

  const [{ n: existing }] = (await dataSource.query(`SELECT count(*)::int AS n FROM vacancies`)) as { n: number }[];
  let generateMs = 0;
  let writeMs = 0;
  let counts: SearchBenchData['counts'];
  if (existing >= SEARCH_BENCH_VACANCIES) {
    // A database kept between runs while developing (DATABASE_URL set by hand): reuse it.
    log(`${existing.toLocaleString('en-US')} vacancies already there: reusing the data`);
    counts = await countRows(dataSource);
  } else {
    if (existing > 0) throw new Error(`The bench database already has ${existing} vacancies: use a fresh database`);
    let t0 = Date.now();
    const generated = await generate();
    generateMs = Date.now() - t0;
    log(
      `generated ${generated.vacancies.length.toLocaleString('en-US')} vacancies, ` +
        `${generated.employers.length.toLocaleString('en-US')} employers, ` +
        `${generated.jobSeekers.length.toLocaleString('en-US')} job seekers in ${(generateMs / 1000).toFixed(1)} s`,
    );
    t0 = Date.now();
    await write(dataSource, generated);
    writeMs = Date.now() - t0;
    counts = await countRows(dataSource);
    log(`written in ${(writeMs / 1000).toFixed(1)} s`);
  }

  const { Reindexer, VACANCY_INDEX, PROFILE_INDEX, SEARCH_ENGINE } = await import('@werkpunt/search');
  const reindexer = app.get(Reindexer);
  const engine = app.get<import('@werkpunt/search').SearchEngine>(SEARCH_ENGINE);
  if (generateMs === 0 && (await engine.count(VACANCY_INDEX)) >= counts.vacancies) {
    log('the indexes are already built: not rebuilt (the search-reindex benchmark still times a rebuild)');
    const none = (index: string): ReindexResult => ({ index, indexed: 0, removed: 0, ms: 0 });
    await settle(dataSource);
    return {
      app,
      dataSource,
      counts,
      generateMs,
      writeMs,
      reindex: { vacancies: none(VACANCY_INDEX), profiles: none(PROFILE_INDEX) },
      seekers: await sampleSeekers(dataSource, 200),
      vacancies: await sampleVacancies(dataSource, 200),
    };
  }
  const vacancies = await reindexer.rebuild(VACANCY_INDEX);
  log(
    `Reindexer.rebuild('vacancies'): ${vacancies.indexed.toLocaleString('en-US')} documents in ` +
      `${(vacancies.ms / 1000).toFixed(1)} s (target ≤ ${REINDEX_TARGET_MS / 1000} s)`,
  );
  const profiles = await reindexer.rebuild(PROFILE_INDEX);
  log(
    `Reindexer.rebuild('job_seeker_profiles'): ${profiles.indexed.toLocaleString('en-US')} documents in ` +
      `${(profiles.ms / 1000).toFixed(1)} s`,
  );
  log(`vacuumed and analysed in ${((await settle(dataSource)) / 1000).toFixed(1)} s`);

  return {
    app,
    dataSource,
    counts,
    generateMs,
    writeMs,
    reindex: { vacancies, profiles },
    seekers: await sampleSeekers(dataSource, 200),
    vacancies: await sampleVacancies(dataSource, 200),
  };
}

async function countRows(dataSource: DataSource): Promise<SearchBenchData['counts']> {
  const [row] = (await dataSource.query(`
    SELECT (SELECT count(*) FROM organisations)::int AS organisations,
           (SELECT count(*) FROM organisation_sites)::int AS sites,
           (SELECT count(*) FROM vacancies WHERE status = 'published')::int AS vacancies,
           (SELECT count(*) FROM job_seeker_profiles)::int AS "jobSeekers",
           (SELECT count(*) FROM job_seeker_profiles p
              JOIN employer_visibility_consents c ON c.job_seeker_account_id = p.account_id AND c.visible_to_employers
             WHERE p.availability = 'active')::int AS searchable`)) as SearchBenchData['counts'][];
  return row;
}

// ---- generation (the demo generator, at the benchmark's size) -----------------------------------------------------

interface Generated {
  employers: DemoEmployer[];
  vacancies: DemoVacancy[];
  jobSeekers: DemoJobSeeker[];
}

/** What generateDemoData does, with the vacancy and job-seeker counts set apart (its scale ties them 1 : 6.3). */
async function generate(): Promise<Generated> {
  const sources = await loadDemoSources(SEED_DATA_DIR);
  const referenceDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const catalogue = buildEscoCatalogue(sources.escoOccupations);
  const vacancyCounts = allocateByLargestRemainder(
    Object.fromEntries(OCCUPATION_GROUP_FIGURES.map(({ key, openVacancies }) => [key, openVacancies])) as Record<
      OccupationGroupKey,
      number
    >,
    SEARCH_BENCH_VACANCIES,
  );
  const seed = DEMO_DEFAULTS.seed;
  const employers = generateEmployers(createRandom(seed, 'employers'), vacancyCounts);
  const vacancies = generateVacancies(createRandom(seed, 'vacancies'), {
    employers,
    vacancyCounts,
    catalogue,
    referenceDate,
  });
  const jobSeekers = generateJobSeekers(createRandom(seed, 'job-seekers'), {
    count: SEARCH_BENCH_JOB_SEEKERS,
    catalogue,
    referenceDate,
  });
  if (vacancies.length !== SEARCH_BENCH_VACANCIES) {
    throw new Error(
      `Expected ${SEARCH_BENCH_VACANCIES} vacancies (${GHENT_OPEN_VACANCIES_2013} × scale), got ${vacancies.length}`,
    );
  }
  return { employers, vacancies, jobSeekers };
}

// ---- writing -----------------------------------------------------------------------------------------------------

interface Wijk {
  id: number;
  lat: number;
  lon: number;
  dLat: number;
  dLon: number;
}

const PROGRAMME: Record<string, string> = {
  regular: 'regular',
  instapstage: 'instapstage',
  artikel60: 'artikel_60',
  ibo: 'ibo',
  werkervaring: 'werkervaring',
};
const CONTRACT: Record<string, string> = {
  permanent: 'permanent',
  fixedTerm: 'fixed_term',
  interim: 'interim',
  internship: 'internship_agreement',
  training: 'internship_agreement',
};
const TRANSPORT: Record<string, string> = {
  walk: 'walk',
  bike: 'bike',
  publicTransport: 'public_transport',
  car: 'car',
};

async function write(dataSource: DataSource, data: Generated): Promise<void> {
  const random = mulberry32(20_135);
  const wijken = new Map(
    (
      (await dataSource.query(
        `SELECT id, centroid_lat AS lat, centroid_lon AS lon,
                (bbox_max_lat - bbox_min_lat) / 2 AS "dLat", (bbox_max_lon - bbox_min_lon) / 2 AS "dLon"
           FROM neighbourhoods`,
      )) as Wijk[]
    ).map((w) => [w.id, w]),
  );
  const occupations = new Map(
    (
      (await dataSource.query(`SELECT id, esco_code, isco_code FROM occupations`)) as {
        id: string;
        esco_code: string;
        isco_code: string;
      }[]
    ).map((o) => [o.esco_code, o]),
  );
  const skillsByIsco = new Map<string, string[]>();
  for (const row of (await dataSource.query(`SELECT skill_id, isco_code FROM skill_isco_groups`)) as {
    skill_id: string;
    isco_code: string;
  }[]) {
    skillsByIsco.set(row.isco_code, [...(skillsByIsco.get(row.isco_code) ?? []), row.skill_id]);
  }
  const skillsFor = (isco: string) => [1, 2, 3, 4].flatMap((n) => skillsByIsco.get(isco.slice(0, n)) ?? []);
  const pickSome = (items: string[], min: number, max: number) => {
    const count = Math.min(items.length, min + Math.floor(random() * (max - min + 1)));
    const picked = new Set<string>();
    while (picked.size < count) picked.add(items[Math.floor(random() * items.length)]);
    return [...picked];
  };

  // Organisations and their sites: a point in the wijk (the centroid, moved by up to 40% of the wijk's box).
  const siteWijk = new Map<string, number>();
  const organisations = data.employers.map((employer, i) => ({
    id: employer.id,
    legal_name: employer.name,
    // The generator's numbers are random: at 50,000 employers two may coincide. Unique by position instead.
    enterprise_number: `1${String(i).padStart(9, '0')}`,
    nace_code: employer.naceCode,
    social_economy: employer.socialEconomy,
  }));
  const sites = data.employers.flatMap((employer) =>
    employer.sites.map((site, index) => {
      const wijk = wijken.get(site.wijkNumber);
      if (!wijk) throw new Error(`Wijk ${site.wijkNumber} is not in the geo tables`);
      siteWijk.set(site.id, site.wijkNumber);
      return {
        id: site.id,
        organisation_id: employer.id,
        name: index === 0 ? 'Hoofdzetel' : `Vestiging ${index + 1}`,
        street_address: 'Benchmarkstraat 1',
        postcode: site.postcode,
        lat: wijk.lat + (random() - 0.5) * 0.8 * wijk.dLat,
        lon: wijk.lon + (random() - 0.5) * 0.8 * wijk.dLon,
        neighbourhood_id: site.wijkNumber,
        located_by: 'point',
      };
    }),
  );
  await insertChunks(
    dataSource,
    'organisations',
    organisations,
    `id uuid, legal_name text, enterprise_number text, nace_code text, social_economy boolean`,
  );
  await insertChunks(
    dataSource,
    'organisation_sites',
    sites,
    `id uuid, organisation_id uuid, name text, street_address text, postcode text, lat float8, lon float8,
     neighbourhood_id int, located_by text`,
  );

  const vacancyRows = data.vacancies.map((vacancy) => {
    const occupation = occupations.get(vacancy.escoCode);
    if (!occupation) throw new Error(`ESCO code ${vacancy.escoCode} is not in occupations`);
    const skills = pickSome(skillsFor(occupation.isco_code), 2, 5);
    const required = skills.slice(0, Math.ceil(skills.length * 0.6));
    const hoursMin = vacancy.hoursPerWeek >= 36 ? vacancy.hoursPerWeek : Math.max(1, vacancy.hoursPerWeek - 6);
    return {
      id: vacancy.id,
      kind: vacancy.contractType === 'internship' || vacancy.contractType === 'training' ? 'internship' : 'vacancy',
      organisation_id: vacancy.employerId,
      site_id: vacancy.siteId,
      neighbourhood_id: siteWijk.get(vacancy.siteId),
      title: vacancy.title,
      description:
        `${vacancy.title} gezocht voor ${vacancy.hoursPerWeek} uur per week (${vacancy.positions} plaats(en)). ` +
        `Nederlands op niveau ${vacancy.requiredDutchLevel}. Je werkt in een team in Gent.`,
      occupation_id: occupation.id,
      isco_code: occupation.isco_code,
      shortage: vacancy.shortageOccupation,
      required_skill_ids: required,
      nice_to_have_skill_ids: skills.slice(required.length),
      minimum_education: vacancy.minimumEducation,
      dutch_level: vacancy.requiredDutchLevel,
      driving_licences: licencesFor(occupation.isco_code, random),
      hours_per_week_min: hoursMin,
      hours_per_week_max: vacancy.hoursPerWeek,
      shifts: vacancy.shifts,
      contract_type: CONTRACT[vacancy.contractType],
      programme: PROGRAMME[vacancy.programme],
      positions: vacancy.positions,
      closing_date: vacancy.closingAt,
      published_at: `${vacancy.publishedAt}T08:00:00Z`,
    };
  });
  await insertChunks(
    dataSource,
    'vacancies',
    vacancyRows,
    `id uuid, kind text, organisation_id uuid, site_id uuid, neighbourhood_id int, title text, description text,
     occupation_id uuid, isco_code text, shortage boolean, required_skill_ids varchar[], nice_to_have_skill_ids varchar[],
     minimum_education text, dutch_level text, driving_licences varchar[], hours_per_week_min smallint,
     hours_per_week_max smallint, shifts varchar[], contract_type text, programme text, positions smallint,
     closing_date date, published_at timestamptz`,
    { other_languages: `'[]'::jsonb`, status: `'published'`, version: '1' },
  );

  const accounts = data.jobSeekers.map((person) => ({
    id: person.id,
    display_name: `${person.firstName} ${person.lastName}`,
  }));
  await insertChunks(dataSource, 'accounts', accounts, `id uuid, display_name text`, { role: `'job_seeker'` });

  const profiles = data.jobSeekers.map((person) => {
    const wishes = [
      ...new Set(person.desiredOccupations.flatMap((w) => occupations.get(w.escoCode) ?? []).map((o) => o.id)),
    ];
    const main = occupations.get(person.desiredOccupations[0].escoCode);
    const draw = random();
    return {
      account_id: person.id,
      desired_occupations: wishes.map((occupationId, index) => ({
        occupationId,
        rank: index + 1,
        experienceMonths: Math.floor(random() * 4) * 12,
      })),
      skill_ids: main ? pickSome(skillsFor(main.isco_code), 0, 5) : [],
      education_level: person.educationLevel,
      dutch_level: person.dutchLevel,
      other_languages: person.otherLanguages,
      driving_licences: person.drivingLicences,
      transport_modes: [TRANSPORT[person.transportMode]],
      max_commute_minutes: person.maxCommuteMinutes,
      hours_per_week_min: Math.max(1, person.availableHoursPerWeek - 8),
      hours_per_week_max: person.availableHoursPerWeek,
      shifts: person.availableShifts,
      home_neighbourhood_id: person.homeWijkNumber,
      date_of_birth: `${person.birthYear}-07-01`,
      registered_since: person.unemployedSince,
      living_wage_client: person.livingWageClient,
      availability: draw < PAUSED_SHARE ? 'paused' : draw < PAUSED_SHARE + FOUND_WORK_SHARE ? 'found_work' : 'active',
    };
  });
  await insertChunks(
    dataSource,
    'job_seeker_profiles',
    profiles,
    `account_id uuid, desired_occupations jsonb, skill_ids varchar[], education_level text, dutch_level text,
     other_languages jsonb, driving_licences varchar[], transport_modes varchar[], max_commute_minutes smallint,
     hours_per_week_min smallint, hours_per_week_max smallint, shifts varchar[], home_neighbourhood_id int,
     date_of_birth date, registered_since date, living_wage_client boolean, availability text`,
    {
      diploma_recognition: `'not_needed'`,
      in_artikel60: 'false',
      last_change_source: `'self'`,
      version: '1',
    },
  );

  const consents = data.jobSeekers.flatMap((person) => {
    const draw = random();
    if (draw >= VISIBLE_SHARE + NOT_VISIBLE_SHARE) return [];
    return [{ job_seeker_account_id: person.id, visible_to_employers: draw < VISIBLE_SHARE }];
  });
  await insertChunks(
    dataSource,
    'employer_visibility_consents',
    consents,
    `job_seeker_account_id uuid, visible_to_employers boolean`,
    { changed_at: 'now()' },
  );
}

/** Drivers need their licence; some other jobs ask a car licence (site visits, home care). */
function licencesFor(isco: string, random: () => number): string[] {
  if (isco.startsWith('833')) return random() < 0.5 ? ['C', 'CE'] : ['C'];
  if (isco.startsWith('832') || isco.startsWith('834')) return ['B'];
  return random() < 0.08 ? ['B'] : [];
}

/**
 * INSERT … SELECT FROM jsonb_to_recordset($1): one JSON parameter per chunk, arrays and jsonb columns included.
 * `constants` are SQL expressions for columns every row shares.
 */
async function insertChunks(
  dataSource: DataSource,
  table: string,
  rows: object[],
  columns: string,
  constants: Record<string, string> = {},
): Promise<void> {
  const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0]);
  const constantNames = Object.keys(constants);
  const sql = `INSERT INTO ${table} (${[...names, ...constantNames].join(', ')})
    SELECT ${[...names.map((n) => `r.${n}`), ...constantNames.map((n) => constants[n])].join(', ')}
      FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`;
  for (let from = 0; from < rows.length; from += CHUNK) {
    await dataSource.query(sql, [JSON.stringify(rows.slice(from, from + CHUNK))]);
  }
}

// ---- samples -----------------------------------------------------------------------------------------------------

async function sampleSeekers(dataSource: DataSource, n: number): Promise<SampleSeeker[]> {
  // Every 997th searchable person in id order: spread over the city and the occupation groups, stable per data set.
  return (await dataSource.query(
    `SELECT account_id AS "accountId", home_neighbourhood_id AS "homeNeighbourhoodId" FROM (
       SELECT p.account_id, p.home_neighbourhood_id, row_number() OVER (ORDER BY p.account_id) AS i
         FROM job_seeker_profiles p
         JOIN employer_visibility_consents c ON c.job_seeker_account_id = p.account_id AND c.visible_to_employers
        WHERE p.availability = 'active' AND jsonb_array_length(p.desired_occupations) > 0) s
      WHERE i % 997 = 1 ORDER BY i LIMIT $1`,
    [n],
  )) as SampleSeeker[];
}

/** Sampled vacancies, and one recruiter account (with its membership) per organisation among them. */
async function sampleVacancies(dataSource: DataSource, n: number): Promise<SampleVacancy[]> {
  const rows = (await dataSource.query(
    `SELECT id, organisation_id AS "organisationId", programme FROM (
       SELECT v.id, v.organisation_id, v.programme, row_number() OVER (ORDER BY v.id) AS i
         FROM vacancies v WHERE v.status = 'published' AND v.programme <> 'artikel_60') s
      WHERE i % 491 = 1 ORDER BY i LIMIT $1`,
    [n],
  )) as Omit<SampleVacancy, 'recruiterId'>[];
  const organisations = [...new Set(rows.map((r) => r.organisationId))];
  const recruiters = (await dataSource.query(
    `WITH existing AS (
       SELECT m.organisation_id, min(m.account_id::text)::uuid AS account_id FROM organisation_memberships m
        WHERE m.organisation_id = ANY($1::uuid[]) GROUP BY m.organisation_id),
     created AS (
       INSERT INTO accounts (id, role, display_name)
       SELECT uuid_generate_v4(), 'recruiter', 'Bench recruiter ' || o FROM unnest($1::uuid[]) o
        WHERE o NOT IN (SELECT organisation_id FROM existing)
       RETURNING id, substring(display_name from 17)::uuid AS organisation_id),
     members AS (
       INSERT INTO organisation_memberships (account_id, organisation_id, role)
       SELECT id, organisation_id, 'recruiter' FROM created RETURNING account_id, organisation_id)
     SELECT organisation_id AS "organisationId", account_id AS "accountId" FROM existing
     UNION ALL SELECT organisation_id, account_id FROM members`,
    [organisations],
  )) as { organisationId: string; accountId: string }[];
  const byOrganisation = new Map(recruiters.map((r) => [r.organisationId, r.accountId]));
  return rows.map((row) => ({ ...row, recruiterId: byOrganisation.get(row.organisationId)! }));
}

/**
 * The state autovacuum reaches about a minute after a bulk load (search_documents vacuums after 2 % changed,
 * migration SearchDocumentTagHashes): statistics, and a visibility map that lets nearest-first walks stay
 * index-only. Measuring while autovacuum is still catching up would time the load, not the search.
 */
async function settle(dataSource: DataSource): Promise<number> {
  const started = Date.now();
  await dataSource.query(`VACUUM (ANALYZE) search_documents`);
  await dataSource.query(`ANALYZE`);
  return Date.now() - started;
}
