// Issue #6, the job seeker's side in real Chromium against the built api + worker: register, fill the profile,
// see jobs with reasons, apply (by mouse and by keyboard only), read the feedback on a rejection; every page
// passes axe's WCAG 2.1 AA rules in Dutch and English; screenshots at 375 and 1280 px.
import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshots, seriousViolations, tabTo, Violation } from './support/browser';
import {
  employerWithVacancy,
  EmployerWorld,
  jobSeekerWithProfile,
  PASSWORD,
  rejectAll,
} from './support/employer-world';
import { Platform, startPlatform } from './support/platform';

describe('the web app for job seekers', () => {
  let platform: Platform;
  let browser: Browser;
  let employer: EmployerWorld;
  let context: BrowserContext;
  let page: Page;
  const violations: Violation[] = [];

  const url = (path: string) => `${platform.baseUrl}${path}`;
  const h1 = () => page.getByRole('heading', { level: 1 });
  const checkPage = async (label: string) => {
    await h1().waitFor();
    // Let the page's data arrive first (no "loading" message left): the checks should see the page people see.
    await page.getByText(/Even geduld, we laden|One moment, we are loading/).waitFor({ state: 'detached' });
    violations.push(...(await seriousViolations(page, label)));
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    platform = await startPlatform();
    employer = await employerWithVacancy(platform.baseUrl);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('serves the app at any page address with a strict CSP, and leaves the API its own 404s', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' };
    const app = await fetch(url('/matches'), { headers: html });
    expect(app.status).toBe(200);
    expect(app.headers.get('content-type')).toContain('text/html');
    expect(app.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await app.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const unknownApi = await fetch(url('/api/v1/no-such-thing'), { headers: html });
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lets a job seeker register, fill the profile, see jobs with reasons and apply', async () => {
    await page.goto(url('/'));
    await expect(h1().textContent()).resolves.toBe('Werk vinden in Gent, dicht bij huis');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('nl');
    await checkPage('home');
    await screenshots(page, 'home');

    await page.getByRole('main').getByRole('link', { name: 'Account maken' }).click();
    await checkPage('register');
    await page.getByLabel('Je naam').fill('Amina El Amrani');
    await page.getByLabel('E-mailadres').fill(`amina-${randomUUID().slice(0, 8)}@example.org`);
    await page.getByLabel('Kies een wachtwoord').fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Account maken' }).click();

    await page.waitForURL('**/profile');
    await page.getByLabel('Welk werk wil je doen?').fill('schoonmaker');
    await page.getByRole('button', { name: `Kies ${employer.occupationLabel}`, exact: true }).click();
    await checkPage('profile: occupations');
    await screenshots(page, 'profile');
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();

    await page.getByLabel('In welke wijk woon je?').selectOption('7');
    // The address may stay empty; half an address is refused with a plain message.
    await page.getByLabel('Straat en huisnummer').fill('Wondelgemstraat 100');
    await page.getByLabel('Postcode').fill('900');
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByText('een postcode van 4 cijfers', { exact: false }).waitFor();
    await page.getByLabel('Postcode').fill('9000');
    await checkPage('profile: wijk');
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByRole('heading', { name: /Wat je kan/ }).waitFor();
    await checkPage('profile: skills');
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByRole('heading', { name: /School/ }).waitFor();
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByRole('radio', { name: /^B1/ }).check();
    await page.getByLabel('Welke taal?').selectOption({ label: 'Arabisch' });
    await page.getByLabel('Hoe goed spreek je die taal?').selectOption('C2');
    await page.getByRole('button', { name: 'Taal toevoegen' }).click();
    await page.getByRole('button', { name: 'Verwijder Arabisch' }).waitFor();
    await expect(page.getByText(/^Arabisch: C2/).count()).resolves.toBe(1);
    await checkPage('profile: languages');
    await screenshots(page, 'profile-languages');
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByRole('heading', { name: /Reizen/ }).waitFor();
    await page.getByRole('checkbox', { name: 'B: auto' }).check();
    await checkPage('profile: transport');
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await page.getByRole('heading', { name: /Uren/ }).waitFor();
    // The date as people here write it; a date that does not exist is refused.
    await page.getByLabel('Vanaf wanneer kan je beginnen?').fill('31/2/2026');
    await page.getByRole('button', { name: 'Bewaren en jobs bekijken' }).click();
    await page.getByText('Schrijf de datum als dag/maand/jaar', { exact: false }).waitFor();
    await page.getByLabel('Vanaf wanneer kan je beginnen?').fill('1/12/2026');
    await expect(page.getByText('Schrijf de datum als dag/maand/jaar', { exact: false }).count()).resolves.toBe(0);
    await checkPage('profile: hours');
    await screenshots(page, 'profile-hours');
    await page.getByRole('button', { name: 'Bewaren en jobs bekijken' }).click();

    await page.waitForURL('**/matches');
    const card = page.getByRole('article').filter({ hasText: employer.title });
    await card.waitFor();
    await expect(card.getByRole('heading', { name: 'Waarom deze job?' }).count()).resolves.toBe(1);
    await expect(card.getByRole('heading', { name: 'Zo stijgt je score' }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(/Nederlands B2/);
    await checkPage('matches');
    await screenshots(page, 'matches');

    await card.getByRole('link', { name: employer.title }).click();
    await page.waitForURL(`**/jobs/${employer.vacancyId}`);
    await checkPage('vacancy');
    await screenshots(page, 'vacancy');
    await page.getByRole('button', { name: 'Solliciteer voor deze job' }).click();
    await page.getByText('Gelukt! Je sollicitatie is verstuurd.').waitFor();

    await page.getByRole('link', { name: 'Bekijk mijn sollicitaties' }).click();
    await page.getByRole('article').filter({ hasText: employer.title }).getByText('Verstuurd').waitFor();
  });

  it('shows the job seeker the feedback on a rejected application', async () => {
    await rejectAll(platform.baseUrl, employer);
    // A fresh load: the session comes back through the refresh cookie alone.
    await page.goto(url('/applications'));
    const item = page.getByRole('article').filter({ hasText: employer.title });
    await item.getByText('Niet gekozen').waitFor();
    await expect(item.textContent()).resolves.toMatch(/Volg zeker verder Nederlandse les/);
    await checkPage('applications');
    await screenshots(page, 'applications');
  });

  it('keeps the new profile answers when the job seeker comes back', async () => {
    await page.goto(url('/profile'));
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await expect(page.getByLabel('Straat en huisnummer').inputValue()).resolves.toBe('Wondelgemstraat 100');
    await expect(page.getByLabel('Postcode').inputValue()).resolves.toBe('9000');
    for (const title of [/Wat je kan/, /School/, /Talen/]) {
      await page.getByRole('button', { name: 'Bewaren en verder' }).click();
      await page.getByRole('heading', { name: title }).waitFor();
    }
    await page.getByRole('button', { name: 'Verwijder Arabisch' }).waitFor();
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await expect(page.getByRole('checkbox', { name: 'B: auto' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Bewaren en verder' }).click();
    await expect(page.getByLabel('Vanaf wanneer kan je beginnen?').inputValue()).resolves.toBe('1/12/2026');
  });

  it('shows search with filters and the privacy page', async () => {
    await page.goto(url('/jobs?q=schoonmaker'));
    await page.getByRole('article').filter({ hasText: employer.title }).waitFor();
    await checkPage('search');
    await screenshots(page, 'search');

    await page.goto(url('/privacy'));
    await page.getByRole('heading', { name: 'Wie bekeek mijn dossier?' }).waitFor();
    // Applying shares no contact details: the employer of the application is listed, not ticked.
    const share = page.getByRole('checkbox', {
      name: `De werkgever van "${employer.title}" mag mijn naam en contactgegevens zien`,
    });
    await expect(share.isChecked()).resolves.toBe(false);
    // A click, not check(): the box follows the saved answer, which comes back from the API a moment later.
    await share.click();
    await page.getByText(`Bewaard: De werkgever van "${employer.title}" kan je naam`, { exact: false }).waitFor();
    await expect(share.isChecked()).resolves.toBe(true);

    const werkpunten = await (await fetch(url('/api/v1/werkpunten'))).json();
    const other = (werkpunten as { name: string }[])[0].name;
    const access = page
      .getByRole('group', { name: 'Ook deze Werkpunten mogen mijn dossier zien' })
      .getByRole('checkbox', { name: other, exact: true });
    await access.click();
    await page.getByText(`Bewaard: ${other} mag je dossier nu zien.`).waitFor();
    await checkPage('privacy');
    await screenshots(page, 'privacy');

    // Both can be taken back, and a fresh load shows what was kept.
    await share.click();
    await page.getByText(`ziet je naam en contactgegevens niet meer`, { exact: false }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Wie bekeek mijn dossier?' }).waitFor();
    await expect(share.isChecked()).resolves.toBe(false);
    await expect(access.isChecked()).resolves.toBe(true);
  });

  it('switches to English, remembers it, and every page passes the checks in English too', async () => {
    await page.goto(url('/'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    for (const path of [
      '/',
      '/jobs',
      `/jobs/${employer.vacancyId}`,
      '/matches',
      '/profile',
      '/applications',
      '/privacy',
    ]) {
      await page.goto(url(path));
      await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
      await checkPage(path);
      // Every step of the profile, not only the first, in English too.
      for (let step = 2; path === '/profile' && step <= 7; step++) {
        await page.getByRole('button', { name: 'Save and continue' }).click();
        await page.getByRole('heading', { name: new RegExp(`^Step ${step} of 7`) }).waitFor();
        await checkPage(`/profile step ${step}`);
      }
    }
    await expect(h1().textContent()).resolves.toBe('My privacy');

    await page.getByRole('button', { name: 'Log out' }).click();
    for (const language of ['en', 'nl']) {
      for (const path of ['/login', '/register', '/claim', '/no-such-page']) {
        await page.goto(url(path));
        await checkPage(path);
      }
      if (language === 'en') await page.getByRole('button', { name: 'Nederlands' }).click();
    }
    await screenshots(page, 'not-found');
  });

  it('lets a job seeker apply with the keyboard only', async () => {
    const seeker = await jobSeekerWithProfile(platform.baseUrl, employer.occupationId);
    const keyboard = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await keyboard.newPage();
    await page.goto(url('/login'));
    await tabTo(page, (el) => el.tag === 'INPUT');
    await page.keyboard.type(seeker.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/matches');

    await tabTo(page, (el) => el.tag === 'A' && el.text === employer.title);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/jobs/${employer.vacancyId}`);
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Solliciteer voor deze job');
    await page.keyboard.press('Space');
    await page.getByText('Gelukt! Je sollicitatie is verstuurd.').waitFor();
    await keyboard.close();
  });

  it('finds no serious or critical WCAG 2.1 AA violation on any page checked', () => {
    expect(violations).toEqual([]);
  });
});
