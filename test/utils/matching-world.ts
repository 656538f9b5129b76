// Builds the people and vacancies of matching scenarios through the API (the way mediators and employers
// would), then brings the search index up to date by running the real sync on the outbox.
import { INestApplication } from '@nestjs/common';
import { Clock } from '@werkpunt/platform';
import { IndexSources, SEARCH_ENGINE, SearchEngine, SearchSync } from '@werkpunt/search';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createOrganisationWithRecruiter, createSite, createVacancy } from './employer-fixtures';
import { bearer, PersonaAccount } from './policy-personas';

export { bearer } from './policy-personas';
export type { Auth } from './policy-personas';

/** Places in Ghent (WGS84) the scenarios put sites at. */
export const PLACES = {
  rabot: { lat: 51.0632, lon: 3.7125 },
  brugsePoort: { lat: 51.0592, lon: 3.6928 },
  nieuwGent: { lat: 51.0214, lon: 3.7293 },
  zwijnaarde: { lat: 51.0, lon: 3.71 },
  ledeberg: { lat: 51.0342, lon: 3.7445 },
} as const;

/** Wijknrs of the city's dataset. */
export const WIJK = { binnenstad: 1, brugsePoort: 4, rabot: 7, ledeberg: 18, nieuwGent: 20 } as const;

export interface Employer {
  organisationId: string;
  recruiter: PersonaAccount;
  sites: Record<keyof typeof PLACES, string>;
}

/** An organisation with a recruiter and a site at each place. */
export async function createEmployer(app: INestApplication, name: string): Promise<Employer> {
  const employer = await createOrganisationWithRecruiter(app, { legalName: `${name} bv`, naceCode: '81.21' });
  const sites = {} as Record<keyof typeof PLACES, string>;
  for (const [place, point] of Object.entries(PLACES) as [keyof typeof PLACES, { lat: number; lon: number }][]) {
    sites[place] = await createSite(app, employer, {
      name: `${name} ${place}`,
      streetAddress: 'Voorbeeldstraat 1',
      ...point,
    });
  }
  return { ...employer, sites };
}

export async function occupationId(app: INestApplication, label: string): Promise<string> {
  const [row] = await app
    .get(DataSource)
    .query<{ id: string }[]>('SELECT id FROM occupations WHERE preferred_label = $1', [label]);
  if (!row) throw new Error(`No occupation "${label}" in the taxonomy`);
  return row.id;
}

export interface VacancySpec {
  title: string;
  occupation: string;
  place: keyof typeof PLACES;
  dutchLevel?: string | null;
  minimumEducation?: 'none' | 'low' | 'mid' | 'high';
  drivingLicences?: string[];
  programme?: string;
  requiredSkillIds?: string[];
  niceToHaveSkillIds?: string[];
  hoursPerWeekMin?: number;
  hoursPerWeekMax?: number;
  shifts?: string[];
}

/** Creates and publishes a vacancy; returns its id. */
export async function publishVacancy(app: INestApplication, employer: Employer, spec: VacancySpec): Promise<string> {
  return createVacancy(
    app,
    { recruiter: employer.recruiter, siteId: employer.sites[spec.place] },
    {
      publish: true,
      title: spec.title,
      description: `${spec.title}: een job in Gent om te tonen hoe de matching rangschikt en waarom.`,
      occupationId: await occupationId(app, spec.occupation),
      minimumEducation: spec.minimumEducation ?? 'none',
      dutchLevel: spec.dutchLevel === undefined ? 'A2' : spec.dutchLevel,
      drivingLicences: spec.drivingLicences ?? [],
      requiredSkillIds: spec.requiredSkillIds ?? [],
      niceToHaveSkillIds: spec.niceToHaveSkillIds ?? [],
      hoursPerWeekMin: spec.hoursPerWeekMin ?? 19,
      hoursPerWeekMax: spec.hoursPerWeekMax ?? 38,
      shifts: spec.shifts ?? ['day'],
      programme: spec.programme ?? 'regular',
    },
  );
}

export interface ClientSpec {
  occupations: string[];
  dutchLevel?: string | null;
  education?: { level: 'low' | 'mid' | 'high'; recognition?: 'not_needed' | 'in_progress' | 'recognised' };
  skillIds?: string[];
  drivingLicences?: string[];
  transportModes?: string[];
  maxCommuteMinutes?: number | null;
  maxCommuteKm?: number | null;
  homeWijkId: number;
  dateOfBirth?: string | null;
  registeredSince?: string | null;
  livingWageClient?: boolean;
  workDisability?: boolean | null;
  availability?: 'active' | 'paused' | 'found_work';
  visibleToEmployers?: boolean;
  hoursPerWeekMin?: number;
  hoursPerWeekMax?: number;
  shifts?: string[];
}

function profileBody(spec: ClientSpec, occupationIds: string[]) {
  return {
    desiredOccupations: occupationIds.map((id) => ({ occupationId: id, experienceMonths: 12 })),
    skillIds: spec.skillIds ?? [],
    education: { level: spec.education?.level ?? 'low', recognition: spec.education?.recognition ?? 'not_needed' },
    dutchLevel: spec.dutchLevel === undefined ? 'B1' : spec.dutchLevel,
    otherLanguages: [],
    drivingLicences: spec.drivingLicences ?? [],
    mobility: {
      transportModes: spec.transportModes ?? ['bike'],
      ...(spec.maxCommuteMinutes !== undefined ? { maxCommuteMinutes: spec.maxCommuteMinutes } : {}),
      ...(spec.maxCommuteKm !== undefined ? { maxCommuteKm: spec.maxCommuteKm } : {}),
      ...(spec.maxCommuteMinutes === undefined && spec.maxCommuteKm === undefined ? { maxCommuteMinutes: 30 } : {}),
    },
    workTime: {
      hoursPerWeekMin: spec.hoursPerWeekMin ?? 19,
      hoursPerWeekMax: spec.hoursPerWeekMax ?? 38,
      shifts: spec.shifts ?? ['day'],
    },
    homeWijkId: spec.homeWijkId,
    eligibility: {
      dateOfBirth: spec.dateOfBirth ?? null,
      registeredSince: spec.registeredSince ?? null,
      livingWageClient: spec.livingWageClient ?? false,
      inArtikel60: false,
      workDisability: spec.workDisability ?? null,
    },
    availability: spec.availability ?? 'active',
    clientPresent: true,
  };
}

/** A mediator's client (no e-mail) with a profile and, unless told otherwise, visible to employers. */
export async function createClient(
  app: INestApplication,
  mediator: PersonaAccount,
  name: string,
  spec: ClientSpec,
): Promise<{ id: string; claimCode: string; username: string }> {
  const http = () => request(app.getHttpServer());
  const created = await http()
    .post('/api/v1/clients')
    .set(bearer(mediator))
    .send({ displayName: name, preferredLanguage: 'nl' })
    .expect(201);
  const id = created.body.account.id as string;
  const occupationIds = await Promise.all(spec.occupations.map((label) => occupationId(app, label)));
  await http()
    .put(`/api/v1/clients/${id}/profile`)
    .set(bearer(mediator))
    .send(profileBody(spec, occupationIds))
    .expect(200);
  if (spec.visibleToEmployers !== false) {
    await http()
      .put(`/api/v1/clients/${id}/consents/employer-visibility`)
      .set(bearer(mediator))
      .send({ visible: true, clientPresent: true })
      .expect(200);
  }
  return { id, claimCode: created.body.claimCode as string, username: created.body.account.username as string };
}

/** Runs the search sync in this process, as the worker would after the outbox notification. */
export async function syncSearchIndex(app: INestApplication) {
  const sync = new SearchSync(
    app.get(DataSource),
    app.get<SearchEngine>(SEARCH_ENGINE),
    app.get(IndexSources),
    app.get(Clock),
  );
  return sync.run();
}
