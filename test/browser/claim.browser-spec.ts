// Issue #6, the claim page in real Chromium against the built api + worker: a mediator made an account for
// someone without e-mail and gave them a paper with a one-time code; they activate it with a password of their
// own and are logged in. The page passes axe's WCAG 2.1 AA rules in Dutch and English; screenshots at 375/1280.
import { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshots, seriousViolations, Violation } from './support/browser';
import { PASSWORD } from './support/employer-world';
import { SmtpCapture } from '../utils/smtp-capture';
import { clientOnPaper, LEDEBERG_WERKPUNT_ID, mediatorAt, mediatorToken as tokenOf } from './support/mediator-world';
import { Platform, startPlatform } from './support/platform';

describe('activating an account a mediator made', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let mediatorToken: string;
  let smtp: SmtpCapture;
  const violations: Violation[] = [];

  const url = (path: string) => `${platform.baseUrl}${path}`;
  const h1 = () => page.getByRole('heading', { level: 1 });

  beforeAll(async () => {
    browser = await launchBrowser();
    // The mediator chooses a password from the welcome mail, as at the City: a local SMTP server catches it.
    smtp = new SmtpCapture();
    process.env.SMTP_URL = await smtp.start();
    platform = await startPlatform();
    mediatorToken = await tokenOf(platform.baseUrl, await mediatorAt(platform.baseUrl, smtp, LEDEBERG_WERKPUNT_ID));
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp?.stop();
    delete process.env.SMTP_URL;
  });

  it('lets the client activate the account with the code on the paper and logs them in', async () => {
    const paper = await clientOnPaper(platform.baseUrl, mediatorToken, 'Samira Haddad');
    await page.goto(url('/claim'));
    await expect(h1().textContent()).resolves.toBe('Je account activeren met een code');
    violations.push(...(await seriousViolations(page, 'claim (nl)')));
    await screenshots(page, 'claim');

    // Typed as people copy it from paper: lower case, with spaces. The page says that does not matter.
    await page.getByLabel('Je code').fill(` ${paper.claimCode.toLowerCase()} `);
    await page.getByLabel('Kies een wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Account activeren' }).click();
    await page.getByText(`Gelukt! Je gebruikersnaam is ${paper.username}.`).waitFor();
    violations.push(...(await seriousViolations(page, 'claim done (nl)')));
    await screenshots(page, 'claim-done');

    // Logged in: the profile opens instead of the login page, and the menu offers to log out.
    await page.getByRole('link', { name: 'Verder naar je profiel' }).click();
    await page.waitForURL('**/profile');
    await expect(h1().textContent()).resolves.toBe('Mijn profiel');
    await expect(page.getByRole('button', { name: 'Uitloggen' }).count()).resolves.toBe(1);
  });

  it('says plainly when the code was already used, in English too', async () => {
    const paper = await clientOnPaper(platform.baseUrl, mediatorToken, 'Samira Haddad');
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await fresh.newPage();
    await page.goto(url('/claim'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(h1().textContent()).resolves.toBe('Activate your account with a code');
    violations.push(...(await seriousViolations(page, 'claim (en)')));

    await page.getByLabel('Your code').fill(paper.claimCode);
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await page.getByText(`Your user name is ${paper.username}`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).click();

    // The same paper a second time: the code is spent.
    await page.goto(url('/claim'));
    await page.getByLabel('Your code').fill(paper.claimCode);
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Activate my account' }).click();
    await page.getByText('This code is not right or was used already', { exact: false }).waitFor();
    violations.push(...(await seriousViolations(page, 'claim error (en)')));
    await fresh.close();
  });

  it('finds no serious or critical WCAG 2.1 AA violation on the claim page', () => {
    expect(violations).toEqual([]);
  });
});
