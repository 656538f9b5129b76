// Issue #6, the pages the platform's e-mails link to, in real Chromium against the built api + worker: a job
// seeker who forgot the password asks for a link, opens it from the mail and chooses a new one; someone a
// recruiter invited opens the invitation and joins the organisation. axe's WCAG 2.1 AA rules in Dutch and
// English on every page; screenshots at 375 and 1280 px.
import { Browser, Page } from 'playwright-core';
import { SmtpCapture } from '../utils/smtp-capture';
import { launchBrowser, screenshots, seriousViolations, Violation } from './support/browser';
import { employerWithVacancy, EmployerWorld, firstOccupation, jobSeekerWithProfile } from './support/employer-world';
import { Platform, startPlatform } from './support/platform';

const NEW_PASSWORD = 'een nieuw wachtwoord voor de zomer';

describe('the pages e-mails link to', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let smtp: SmtpCapture;
  let employer: EmployerWorld;
  const violations: Violation[] = [];

  const url = (path: string) => `${platform.baseUrl}${path}`;
  const h1 = () => page.getByRole('heading', { level: 1 });
  /** The link in the newest mail to this address, once the worker has sent it. */
  const linkMailedTo = async (address: string, path: string): Promise<string> => {
    const pattern = new RegExp(`https?://\\S+${path.replace('?', '\\?')}\\S+`);
    for (let attempt = 0; attempt < 120; attempt++) {
      const found = smtp
        .mailsTo(address)
        .map((mail) => pattern.exec(mail.text)?.[0])
        .find(Boolean);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`No mail with a ${path} link reached ${address}`);
  };

  beforeAll(async () => {
    smtp = new SmtpCapture();
    process.env.SMTP_URL = await smtp.start();
    browser = await launchBrowser();
    platform = await startPlatform();
    employer = await employerWithVacancy(platform.baseUrl);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp?.stop();
    delete process.env.SMTP_URL;
  });

  it('lets a job seeker who forgot the password choose a new one from the mailed link', async () => {
    const occupation = await firstOccupation(platform.baseUrl, 'schoonmaker');
    const seeker = await jobSeekerWithProfile(platform.baseUrl, occupation.id);

    await page.goto(url('/login'));
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.waitForURL('**/password-reset');
    await expect(h1().textContent()).resolves.toBe('Wachtwoord vergeten');
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText('Vul je e-mailadres in.').waitFor();
    await page.getByLabel('E-mailadres').fill(seeker.email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText('Als dit adres een account heeft, is de mail onderweg.', { exact: false }).waitFor();
    violations.push(...(await seriousViolations(page, 'password reset request (nl)')));
    await screenshots(page, 'password-reset-request');

    const link = await linkMailedTo(seeker.email, '/password-reset?token=');
    await page.goto(link.replace(/^https?:\/\/[^/]+/, platform.baseUrl));
    await expect(h1().textContent()).resolves.toBe('Kies een nieuw wachtwoord');
    violations.push(...(await seriousViolations(page, 'choose a new password (nl)')));
    await screenshots(page, 'password-reset-choose');
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je wachtwoord is opgeslagen. Je kunt nu inloggen.').waitFor();

    // The new password works; the link does not work twice.
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.getByLabel('E-mailadres of gebruikersnaam').fill(seeker.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/matches');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, platform.baseUrl));
    await page.getByLabel('Nieuw wachtwoord').fill('nog een ander wachtwoord graag');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Deze link werkt niet meer', { exact: false }).waitFor();
  });

  it('lets an invited colleague join the organisation from the mailed invitation', async () => {
    const email = `collega-${Date.now()}@schoonmaak.example`;
    const response = await fetch(url(`/api/v1/organisations/${employer.organisationId}/invitations`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${employer.token}` },
      body: JSON.stringify({ email }),
    });
    expect(response.status).toBe(201);
    const link = await linkMailedTo(email, '/invitations/accept?token=');

    await page.goto(link.replace(/^https?:\/\/[^/]+/, platform.baseUrl));
    await expect(h1().textContent()).resolves.toBe('Uitnodiging van een werkgever');
    violations.push(...(await seriousViolations(page, 'invitation (nl)')));
    await screenshots(page, 'invitation-accept');
    await page.getByRole('button', { name: 'Account maken en meedoen' }).click();
    await page.getByText('Vul je naam in.').waitFor();
    await page.getByLabel('Je naam').fill('Sofie De Wilde');
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Account maken en meedoen' }).click();
    // A recruiter now, logged in: the organisation's vacancies, the one already published among them.
    await page.waitForURL('**/employer');
    await page.getByText(employer.title).first().waitFor();
  });

  it('passes the checks in English too', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await fresh.newPage();
    await page.goto(url('/password-reset'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(h1().textContent()).resolves.toBe('Forgot your password');
    violations.push(...(await seriousViolations(page, 'password reset request (en)')));
    await page.goto(url('/password-reset?token=not-a-real-code'));
    await expect(h1().textContent()).resolves.toBe('Choose a new password');
    violations.push(...(await seriousViolations(page, 'choose a new password (en)')));
    await page.goto(url('/invitations/accept?token=not-a-real-code'));
    await expect(h1().textContent()).resolves.toBe('Invitation from an employer');
    violations.push(...(await seriousViolations(page, 'invitation (en)')));
    await fresh.close();
  });

  it('has no serious or critical accessibility problems on these pages', () => {
    expect(violations).toEqual([]);
  });
});
