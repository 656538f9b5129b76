// Issue #6, the city admin's side in real Chromium against the built api + worker: log in, see the Werkpunten and
// their mediators, add and deactivate a mediator, open the queue dashboard, read the tension per occupation group
// (chart, table, 2013 beside it) and per wijk (map, table) with the keyboard; every city page passes axe's WCAG 2.1
// AA rules in Dutch and English; screenshots at 375 and 1280 px.
import { enterpriseNumberFromBase } from '@werkpunt/employers';
import { PasswordHasher } from '@werkpunt/identity';
import { randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpCapture } from '../utils/smtp-capture';
import { launchBrowser, screenshots, seriousViolations, tabTo, Violation } from './support/browser';
import { logIn, PASSWORD } from './support/employer-world';
import { Platform, startPlatform } from './support/platform';

// A wijk and an occupation group no other spec uses, so the figures on the page are this world's alone:
// six job seekers in media living in Gentbrugge, two published media vacancies at a site in Gentbrugge.
const GENTBRUGGE = { id: 16, name: 'Gentbrugge', lat: 51.039005, lon: 3.775459 };
const MEDIA_SEEKERS = 6;
const OUD_GENTBRUGGE = 17;

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

/** The city admin account: seeded only with the demo data, so the test writes one as the seed would. */
async function createAdmin(): Promise<string> {
  const email = `stad-${randomUUID().slice(0, 8)}@stad.gent`;
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO accounts (role, email, display_name, password_hash) VALUES ('admin', $1, 'Dienst Werk', $2)`,
      [email, await new PasswordHasher().hash(PASSWORD)],
    );
  } finally {
    await db.end();
  }
  return email;
}

async function mediaWorld(baseUrl: string): Promise<{ jobSeekerEmail: string }> {
  const [occupation] = await call<{ id: string }[]>(baseUrl, 'GET', '/api/v1/occupations?q=journalist');
  const ownerEmail = `owner-${randomUUID().slice(0, 8)}@media.example`;
  const registered = await call<{ organisation: { id: string } }>(baseUrl, 'POST', '/api/v1/employers/register', {
    account: { email: ownerEmail, password: PASSWORD, displayName: 'Hilde Claeys' },
    organisation: {
      legalName: 'Stadsmedia Gentbrugge bv',
      enterpriseNumber: enterpriseNumberFromBase(randomInt(0, 20_000_000)),
      naceCode: '58.13',
    },
  });
  const owner = await logIn(baseUrl, ownerEmail);
  const site = await call<{ id: string }>(
    baseUrl,
    'POST',
    `/api/v1/employers/${registered.organisation.id}/sites`,
    {
      name: 'Redactie',
      streetAddress: 'Brusselsesteenweg 100',
      postcode: '9050',
      lat: GENTBRUGGE.lat,
      lon: GENTBRUGGE.lon,
    },
    owner,
  );
  for (const title of ['Journalist lokaal nieuws', 'Eindredacteur buurtkrant']) {
    const vacancy = await call<{ id: string }>(
      baseUrl,
      'POST',
      '/api/v1/vacancies',
      {
        kind: 'vacancy',
        siteId: site.id,
        title,
        description: 'Je schrijft over het leven in de Gentse wijken en werkt samen met de buurtcentra.',
        occupationId: occupation.id,
        minimumEducation: 'none',
        dutchLevel: 'B2',
        hoursPerWeekMin: 19,
        hoursPerWeekMax: 38,
        shifts: ['day'],
        contractType: 'permanent',
        programme: 'regular',
        closingDate: '2099-12-31',
      },
      owner,
    );
    await call(baseUrl, 'POST', `/api/v1/vacancies/${vacancy.id}/publish`, {}, owner);
  }
  // Five cooks in Oud Gentbrugge as well: when another wijk has 1 to 4 job seekers, the api hides the next smallest
  // wijk with it; these five, not Gentbrugge's six, are that wijk, whatever other specs left in the database.
  const [cook] = await call<{ id: string }[]>(baseUrl, 'GET', '/api/v1/occupations?q=kok');
  const seekers = [
    ...Array.from({ length: MEDIA_SEEKERS }, () => ({ occupationId: occupation.id, homeWijkId: GENTBRUGGE.id })),
    ...Array.from({ length: 5 }, () => ({ occupationId: cook.id, homeWijkId: OUD_GENTBRUGGE })),
  ];
  let jobSeekerEmail = '';
  for (const [i, seeker] of seekers.entries()) {
    jobSeekerEmail = `seeker-${randomUUID().slice(0, 8)}@example.org`;
    await call(baseUrl, 'POST', '/api/v1/accounts/job-seekers', {
      email: jobSeekerEmail,
      password: PASSWORD,
      displayName: `Werkzoekende ${i + 1}`,
    });
    await call(
      baseUrl,
      'PUT',
      '/api/v1/me/profile',
      {
        desiredOccupations: [{ occupationId: seeker.occupationId, experienceMonths: 12 }],
        skillIds: [],
        education: { level: 'high', recognition: 'not_needed' },
        dutchLevel: 'C1',
        otherLanguages: [],
        drivingLicences: [],
        mobility: { transportModes: ['bike'], maxCommuteMinutes: 30 },
        workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day'] },
        homeWijkId: seeker.homeWijkId,
        eligibility: { livingWageClient: false, inArtikel60: false },
        availability: 'active',
      },
      await logIn(baseUrl, jobSeekerEmail),
    );
  }
  return { jobSeekerEmail };
}

describe('the web app for the city', () => {
  const smtp = new SmtpCapture();
  let platform: Platform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminEmail: string;
  let jobSeekerEmail: string;
  const violations: Violation[] = [];

  const url = (path: string) => `${platform.baseUrl}${path}`;
  const h1 = () => page.getByRole('heading', { level: 1 });
  const main = () => page.getByRole('main');
  const checkPage = async (label: string) => {
    await h1().waitFor();
    // Let the page's data arrive first (no "loading" message left): the checks should see the page people see.
    await page.getByText(/Even geduld, we laden|One moment, we are loading/).waitFor({ state: 'detached' });
    violations.push(...(await seriousViolations(page, label)));
  };

  beforeAll(async () => {
    // The api mails a new mediator a link to choose a password: catch it on a real SMTP server.
    process.env.SMTP_URL = await smtp.start();
    browser = await launchBrowser();
    platform = await startPlatform();
    adminEmail = await createAdmin();
    ({ jobSeekerEmail } = await mediaWorld(platform.baseUrl));
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp.stop();
  });

  it('lets the city admin log in and land on the city page, with the queue dashboard one click away', async () => {
    await page.goto(url('/login'));
    await page.getByLabel('E-mailadres of gebruikersnaam').fill(adminEmail);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await main().getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/city');
    await page.getByRole('heading', { level: 1, name: 'Stad' }).waitFor();
    await checkPage('city home');
    await screenshots(page, 'city-home');

    const dashboard = main().getByRole('link', { name: 'Open het wachtrij-dashboard' });
    await expect(dashboard.getAttribute('href')).resolves.toBe('/admin/queues');
    // The login set the admin cookie the dashboard asks for, so the link opens it rather than a refusal.
    const response = await page.goto(url('/admin/queues'));
    expect(response?.status()).toBe(200);
    await page.goBack();
  });

  it('shows the Werkpunten with their mediators, and adds and deactivates a mediator', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Werkpunten' }).click();
    await page.waitForURL('**/city/werkpunten');
    const ledeberg = main()
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Werkpunt Ledeberg' }) });
    await ledeberg.waitFor();
    await expect(main().getByRole('article').count()).resolves.toBe(4);
    await expect(ledeberg.textContent()).resolves.toMatch(/Cliënten in opvolging/);
    await checkPage('werkpunten');

    const email = `jonas-${randomUUID().slice(0, 8)}@stad.gent`;
    await page.getByLabel('Naam', { exact: true }).fill('Jonas Verhaeghe');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('checkbox', { name: 'Werkpunt Ledeberg' }).check();
    await main().getByRole('button', { name: 'Bemiddelaar toevoegen' }).click();
    await page.getByText('Jonas Verhaeghe is toegevoegd en krijgt een e-mail.').waitFor();
    await ledeberg.getByText('Jonas Verhaeghe', { exact: true }).waitFor();
    await expect(ledeberg.getByText(email).count()).resolves.toBe(1);
    expect(smtp.mailsTo(email)).toHaveLength(1);
    await screenshots(page, 'city-werkpunten');

    await ledeberg.getByRole('button', { name: 'Deactiveer Jonas Verhaeghe' }).click();
    await page.getByText('Jonas Verhaeghe kan niet meer inloggen.').waitFor();
    await ledeberg.getByRole('button', { name: 'Activeer Jonas Verhaeghe opnieuw' }).waitFor();
    await expect(ledeberg.getByText('Gedeactiveerd').count()).resolves.toBe(1);
    await checkPage('werkpunten after changes');
  });

  it('shows the tension per occupation group as a chart and a table, next to the 2013 figures', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Spanning op de arbeidsmarkt' }).click();
    await page.waitForURL('**/city/insights');
    await checkPage('insights');
    await expect(main().textContent()).resolves.toMatch(/In 2013: 14\.637 werkzoekenden en 2\.311 open vacatures/);
    await expect(main().textContent()).resolves.toMatch(/1 tot 4 werkzoekenden/);

    const chart = main().getByRole('figure', { name: 'Werkzoekenden per open vacature, nu en in 2013' });
    const mediaBar = chart.getByRole('listitem').filter({ hasText: 'Mediapersoneel' });
    await expect(mediaBar.textContent()).resolves.toMatch(/Nu: 3.*2013: 221,2/);

    const table = main().getByRole('table', { name: 'Spanning per beroepsgroep, nu en in 2013' });
    const mediaRow = table.getByRole('row', { name: /Mediapersoneel/ });
    await expect(mediaRow.getByRole('cell').allTextContents()).resolves.toEqual([
      String(MEDIA_SEEKERS),
      '2',
      '3',
      '700,3',
      '3,2',
      '221,2',
    ]);
    await screenshots(page, 'city-insights');
  });

  it('draws the wijken as a map a keyboard user can walk through, with the same figures in a table', async () => {
    const map = main().getByRole('group', { name: 'Kaart van de wijken van Gent met de spanning per wijk' });
    await expect(map.getByRole('img').count()).resolves.toBe(25);
    const expected = `${GENTBRUGGE.name}: ${MEDIA_SEEKERS} werkzoekenden, 2 open vacatures, spanning 3`;
    await tabTo(page, (el) => el.name === expected, 200);
    await expect(main().getByText(expected, { exact: true }).count()).resolves.toBe(1);

    const row = main()
      .getByRole('table', { name: 'Spanning per wijk, nu' })
      .getByRole('row', { name: new RegExp(`^${GENTBRUGGE.name}`) });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([String(MEDIA_SEEKERS), '2', '3']);

    // Usable on the narrowest phones: nothing makes the page scroll sideways at 320 px.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(320);
    await screenshots(page, 'city-insights-map');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('passes the checks on every city page in English too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    for (const [path, title] of [
      ['/city', 'City'],
      ['/city/werkpunten', 'Werkpunten and mediators'],
      ['/city/insights', 'Labour market tension'],
    ]) {
      await page.goto(url(path));
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await checkPage(`${path} (en)`);
    }
    await main().getByRole('table', { name: 'Tension per occupation group, now and in 2013' }).waitFor();
    await main().getByRole('group', { name: "Map of Ghent's wijken with the tension per wijk" }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  it('keeps the city pages from job seekers', async () => {
    const seeker = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const seekerPage = await seeker.newPage();
    await seekerPage.goto(url('/login'));
    await seekerPage.getByLabel('E-mailadres of gebruikersnaam').fill(jobSeekerEmail);
    await seekerPage.getByLabel('Wachtwoord').fill(PASSWORD);
    await seekerPage.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await seekerPage.waitForURL('**/matches');
    await seekerPage.goto(url('/city/insights'));
    await expect(seekerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Deze pagina is niet voor jouw account',
    );
    await seeker.close();
  });

  it('finds no serious or critical WCAG 2.1 AA violation on any city page checked', () => {
    expect(violations).toEqual([]);
  });
});
