// What an employer does through the API before a job seeker can find work: register, add a site, publish.
import { enterpriseNumberFromBase } from '@werkpunt/employers';
import { randomInt, randomUUID } from 'node:crypto';

export const PASSWORD = 'fiets naar de vrijdagmarkt';
const RABOT = { lat: 51.0632, lon: 3.7125 };

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function logIn(baseUrl: string, email: string, password = PASSWORD): Promise<string> {
  return (await call<{ accessToken: string }>(baseUrl, 'POST', '/api/v1/auth/login', { email, password })).accessToken;
}

export interface EmployerWorld {
  token: string;
  organisationId: string;
  vacancyId: string;
  title: string;
  occupationId: string;
  occupationLabel: string;
}

/** An employer in Rabot with one published cleaning job asking Dutch B2 (so a B1 speaker sees how to score higher). */
export async function employerWithVacancy(baseUrl: string): Promise<EmployerWorld> {
  const email = `owner-${randomUUID().slice(0, 8)}@schoonmaak.example`;
  const registered = await call<{ organisation: { id: string } }>(baseUrl, 'POST', '/api/v1/employers/register', {
    account: { email, password: PASSWORD, displayName: 'Lieve Verhaegen' },
    organisation: {
      legalName: 'Schoonmaak Rabot bv',
      enterpriseNumber: enterpriseNumberFromBase(randomInt(0, 20_000_000)),
      naceCode: '81.21',
    },
  });
  const token = await logIn(baseUrl, email);
  const organisationId = registered.organisation.id;
  const site = await call<{ id: string }>(
    baseUrl,
    'POST',
    `/api/v1/employers/${organisationId}/sites`,
    { name: 'Kantoor Rabot', streetAddress: 'Wondelgemstraat 12', postcode: '9000', ...RABOT },
    token,
  );
  const [occupation] = await call<{ id: string; label: string }[]>(baseUrl, 'GET', '/api/v1/occupations?q=schoonmaker');
  const title = `Schoonmaker kantoren ${randomUUID().slice(0, 4)}`;
  const vacancy = await call<{ id: string }>(
    baseUrl,
    'POST',
    '/api/v1/vacancies',
    {
      kind: 'vacancy',
      siteId: site.id,
      title,
      description: 'Je maakt kantoren schoon in Rabot, vroeg in de ochtend. Je werkt in een klein team.',
      occupationId: occupation.id,
      minimumEducation: 'none',
      dutchLevel: 'B2',
      hoursPerWeekMin: 19,
      hoursPerWeekMax: 30,
      shifts: ['day'],
      contractType: 'permanent',
      programme: 'regular',
      closingDate: '2099-12-31',
    },
    token,
  );
  await call(baseUrl, 'POST', `/api/v1/vacancies/${vacancy.id}/publish`, {}, token);
  // The worker syncs the search index from the outbox by itself: wait until the job can be found.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = await call<{ total: number }>(
      baseUrl,
      'GET',
      `/api/v1/search/vacancies?q=${encodeURIComponent(title)}`,
    );
    if (found.total > 0)
      return {
        token,
        organisationId,
        vacancyId: vacancy.id,
        title,
        occupationId: occupation.id,
        occupationLabel: occupation.label,
      };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The published vacancy did not reach the search index within 30 s: is the worker running?');
}

/** The employer turns down every application to the vacancy, with a reason and kind words. */
export async function rejectAll(baseUrl: string, world: EmployerWorld): Promise<void> {
  const board = await call<{ items: { id: string }[] }>(
    baseUrl,
    'GET',
    `/api/v1/vacancies/${world.vacancyId}/applications`,
    undefined,
    world.token,
  );
  for (const application of board.items) {
    await call(
      baseUrl,
      'POST',
      `/api/v1/applications/${application.id}/reject`,
      { reason: 'language_level', text: 'Volg zeker verder Nederlandse les, dan kom je terug.' },
      world.token,
    );
  }
}

/** A job seeker with a complete profile in Rabot, made through the API (for the keyboard-only journey). */
export async function jobSeekerWithProfile(baseUrl: string, occupationId: string): Promise<{ email: string }> {
  const email = `seeker-${randomUUID().slice(0, 8)}@example.org`;
  await call(baseUrl, 'POST', '/api/v1/accounts/job-seekers', { email, password: PASSWORD, displayName: 'Sara Kaya' });
  const token = await logIn(baseUrl, email);
  await call(
    baseUrl,
    'PUT',
    '/api/v1/me/profile',
    {
      desiredOccupations: [{ occupationId, experienceMonths: 12 }],
      skillIds: [],
      education: { level: 'low', recognition: 'not_needed' },
      dutchLevel: 'B1',
      otherLanguages: [],
      drivingLicences: [],
      mobility: { transportModes: ['bike'], maxCommuteMinutes: 30 },
      workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day'] },
      homeWijkId: 7,
      eligibility: { livingWageClient: false, inArtikel60: false },
      availability: 'active',
    },
    token,
  );
  return { email };
}

/** A valid, most likely unused KBO number, for an organisation registered through the web page. */
export function freshEnterpriseNumber(): string {
  return enterpriseNumberFromBase(randomInt(0, 20_000_000));
}

export interface VisibleSeeker {
  email: string;
  token: string;
  accountId: string;
  displayName: string;
}

/**
 * A job seeker in Rabot looking for the given occupation, who lets employers see the anonymised profile
 * (without that consent nobody shows up as a candidate). `experienceMonths` makes the person recognisable
 * on the candidates page, which shows no name. `fits` gives the skills, other languages and licences a vacancy asks.
 */
export async function visibleJobSeeker(
  baseUrl: string,
  occupationId: string,
  experienceMonths: number,
  fits: {
    skillIds?: string[];
    otherLanguages?: { language: string; level: string }[];
    drivingLicences?: string[];
  } = {},
): Promise<VisibleSeeker> {
  const email = `visible-${randomUUID().slice(0, 8)}@example.org`;
  const displayName = `Noor ${randomUUID().slice(0, 4)}`;
  await call(baseUrl, 'POST', '/api/v1/accounts/job-seekers', { email, password: PASSWORD, displayName });
  const token = await logIn(baseUrl, email);
  await call(
    baseUrl,
    'PUT',
    '/api/v1/me/profile',
    {
      desiredOccupations: [{ occupationId, experienceMonths }],
      skillIds: fits.skillIds ?? [],
      education: { level: 'low', recognition: 'not_needed' },
      dutchLevel: 'B1',
      otherLanguages: fits.otherLanguages ?? [],
      drivingLicences: fits.drivingLicences ?? [],
      mobility: { transportModes: ['bike', 'public_transport'], maxCommuteMinutes: 45 },
      workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day'] },
      homeWijkId: 7,
      eligibility: { livingWageClient: false, inArtikel60: false },
      availability: 'active',
    },
    token,
  );
  await call(baseUrl, 'PUT', '/api/v1/me/consents/employer-visibility', { visible: true }, token);
  const me = await call<{ id: string }>(baseUrl, 'GET', '/api/v1/me', undefined, token);
  return { email, token, accountId: me.id, displayName };
}

export async function applyAs(baseUrl: string, seeker: { token: string }, vacancyId: string): Promise<void> {
  await call(baseUrl, 'POST', '/api/v1/applications', { vacancyId }, seeker.token);
}

/**
 * Candidates come from the profile search index, which the worker fills from the outbox by itself: wait
 * until the person is among the vacancy's candidates, as an employer would after a while.
 */
export async function waitUntilCandidate(
  baseUrl: string,
  employerToken: string,
  vacancyId: string,
  accountId: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = await call<{ items: { candidate: { candidateId: string } }[] }>(
      baseUrl,
      'GET',
      `/api/v1/vacancies/${vacancyId}/candidates?limit=50`,
      undefined,
      employerToken,
    );
    if (found.items.some((item) => item.candidate.candidateId === accountId)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The job seeker did not become a candidate within 30 s: is the worker running?');
}

export async function firstOccupation(baseUrl: string, words: string): Promise<{ id: string; label: string }> {
  const [occupation] = await call<{ id: string; label: string }[]>(
    baseUrl,
    'GET',
    `/api/v1/occupations?q=${encodeURIComponent(words)}`,
  );
  return occupation;
}

/** The job seeker says yes to the employer's invitation: it becomes an application on the board. */
export async function acceptInvitation(baseUrl: string, seeker: { token: string }, vacancyId: string): Promise<void> {
  const mine = await call<{ items: { id: string; vacancyId: string; status: string }[] }>(
    baseUrl,
    'GET',
    '/api/v1/me/applications',
    undefined,
    seeker.token,
  );
  const invitation = mine.items.find((item) => item.vacancyId === vacancyId && item.status === 'proposed');
  if (!invitation) throw new Error('The job seeker has no invitation for this vacancy');
  await call(baseUrl, 'POST', `/api/v1/applications/${invitation.id}/accept`, {}, seeker.token);
}
