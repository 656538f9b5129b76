// Employers for tests: an organisation with a recruiter who owns it, its sites, and its vacancies (drafts or
// published), made the way the specs need them. The organisation row is written straight to the database (no
// registration, no mail); sites and vacancies go through the API as the recruiter, so they are what the API makes.
import { INestApplication } from '@nestjs/common';
import { enterpriseNumberFromBase, normaliseEnterpriseNumber, Organisation } from '@werkpunt/employers';
import { Role } from '@werkpunt/identity';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Auth, bearer, createAccount, PersonaAccount } from './policy-personas';

/** Whoever acts for the organisation: a persona, or anyone else with an access token. */
export type Recruiter = Pick<PersonaAccount, 'token'>;

export interface OrganisationOptions {
  /** The row's id: an organisation the test already knows (the policy world's); a fresh one otherwise. */
  id?: string;
  /** Default: `Werkgever <first characters of the id> bv`. */
  legalName?: string;
  /** Default: 47.11, a shop. */
  naceCode?: string;
}

/** An organisation row; returns its id. */
export async function createOrganisation(app: INestApplication, options: OrganisationOptions = {}): Promise<string> {
  const id = options.id ?? randomUUID();
  await app
    .get(DataSource)
    .getRepository(Organisation)
    .insert({
      id,
      legalName: options.legalName ?? `Werkgever ${id.slice(0, 8)} bv`,
      enterpriseNumber: normaliseEnterpriseNumber(enterpriseNumberFromBase(randomInt(0, 20_000_000))),
      naceCode: options.naceCode ?? '47.11',
    });
  return id;
}

export interface EmployerAccount {
  organisationId: string;
  /** The organisation's owner. */
  recruiter: PersonaAccount;
}

/** An organisation and a recruiter account that owns it (label: the persona's label, default "recruiter"). */
export async function createOrganisationWithRecruiter(
  app: INestApplication,
  options: OrganisationOptions & { label?: string } = {},
): Promise<EmployerAccount> {
  const organisationId = await createOrganisation(app, options);
  const recruiter = await createAccount(app, {
    label: options.label ?? 'recruiter',
    role: Role.Recruiter,
    organisation: organisationId,
  });
  return { organisationId, recruiter };
}

export interface SiteFields {
  name?: string;
  streetAddress?: string;
  postcode?: string;
  lat?: number;
  lon?: number;
}

/** A shop in Rabot: the site every spec gets unless it says otherwise. */
export const RABOT_SHOP: Required<SiteFields> = {
  name: 'Winkel',
  streetAddress: 'Wondelgemstraat 12',
  postcode: '9000',
  lat: 51.0641,
  lon: 3.7108,
};

/** A site of the organisation, added by its recruiter through the API; returns its id. `fields` replace the shop's. */
export async function createSite(
  app: INestApplication,
  employer: { organisationId: string; recruiter: Recruiter },
  fields: SiteFields = {},
): Promise<string> {
  const site = await request(app.getHttpServer())
    .post(`/api/v1/employers/${employer.organisationId}/sites`)
    .set(bearer(employer.recruiter))
    .send({ ...RABOT_SHOP, ...fields })
    .expect(201);
  return site.body.id as string;
}

export interface EmployerWithSite extends EmployerAccount {
  siteId: string;
  /** The recruiter's Authorization header. */
  auth: Auth;
}

/** An organisation with its owner-recruiter and one site (the Rabot shop unless `site` says otherwise). */
export async function createEmployerWithSite(
  app: INestApplication,
  options: OrganisationOptions & { label?: string } = {},
  site: SiteFields = {},
): Promise<EmployerWithSite> {
  const employer = await createOrganisationWithRecruiter(app, options);
  return { ...employer, siteId: await createSite(app, employer, site), auth: bearer(employer.recruiter) };
}

/** The body of POST /api/v1/vacancies without the site; what a spec leaves out takes the defaults below. */
export interface VacancyFields {
  kind?: string;
  title?: string;
  description?: string;
  /** Default: an occupation of ISCO 5223 (shop sales assistants). */
  occupationId?: string;
  minimumEducation?: 'none' | 'low' | 'mid' | 'high';
  dutchLevel?: string | null;
  otherLanguages?: { language: string; level: string }[];
  drivingLicences?: string[];
  requiredSkillIds?: string[];
  niceToHaveSkillIds?: string[];
  hoursPerWeekMin?: number;
  hoursPerWeekMax?: number;
  shifts?: string[];
  contractType?: string;
  programme?: string;
  positions?: number;
  closingDate?: string | null;
}

/** The id of an occupation with this ISCO code (the first, when there are several). */
export async function occupationIdByIsco(app: INestApplication, iscoCode: string): Promise<string> {
  const [row] = await app
    .get(DataSource)
    .query<{ id: string }[]>('SELECT id FROM occupations WHERE isco_code = $1 LIMIT 1', [iscoCode]);
  if (!row) throw new Error(`No occupation with ISCO code ${iscoCode} in the taxonomy`);
  return row.id;
}

/**
 * A vacancy at the site, created by the recruiter through the API, as a draft or (`publish: true`) published;
 * returns its id. Without fields: a shop assistant's job in Rabot, 19 to 38 hours, permanent, open till 2099.
 */
export async function createVacancy(
  app: INestApplication,
  at: { recruiter: Recruiter; siteId: string },
  { publish = false, ...fields }: VacancyFields & { publish?: boolean } = {},
): Promise<string> {
  const http = () => request(app.getHttpServer());
  const created = await http()
    .post('/api/v1/vacancies')
    .set(bearer(at.recruiter))
    .send({
      kind: 'vacancy',
      siteId: at.siteId,
      title: 'Winkelmedewerker',
      description: 'Je helpt in onze winkel in Rabot: rekken vullen, klanten helpen en de kassa bedienen.',
      occupationId: fields.occupationId ?? (await occupationIdByIsco(app, '5223')),
      minimumEducation: 'none',
      hoursPerWeekMin: 19,
      hoursPerWeekMax: 38,
      contractType: 'permanent',
      programme: 'regular',
      closingDate: '2099-12-31',
      ...fields,
    })
    .expect(201);
  const id = created.body.id as string;
  if (publish) await http().post(`/api/v1/vacancies/${id}/publish`).set(bearer(at.recruiter)).send({}).expect(200);
  return id;
}
