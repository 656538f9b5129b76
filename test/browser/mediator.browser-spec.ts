// Issue #6, the mediator's side in real Chromium against the built api + worker: create a client without
// e-mail and hand over the claim code, fill the profile with the client present, see the client's matches
// with reasons and propose the client for a job, find the proposal in the file; caseload filters, notes,
// the ladder, a referral and the client's consent; a note by keyboard only; the handed-over code works;
// every mediator page passes axe's WCAG 2.1 AA rules in Dutch and English; screenshots at 375 and 1280 px.
import { randomInt } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpCapture } from '../utils/smtp-capture';
import { launchBrowser, screenshots, seriousViolations, tabTo, Violation } from './support/browser';
import { employerWithVacancy, EmployerWorld, PASSWORD } from './support/employer-world';
import { mediatorAtRabot, MediatorWorld } from './support/mediator-world';
import { Platform, startPlatform } from './support/platform';

// npm test runs the browser specs on the database the e2e tests filled, so Rabot's caseload is not empty: the
// client gets a name nobody else has, and the checks look for this client rather than for counts.
const CLIENT = `Mariam Oukili ${randomInt(100, 1000)}`;

describe('the web app for mediators', () => {
  let smtp: SmtpCapture;
  let platform: Platform;
  let browser: Browser;
  let employer: EmployerWorld;
  let mediator: MediatorWorld;
  let context: BrowserContext;
  let page: Page;
  let clientPath = '';
  let slipFacts: string[] = [];
  const violations: Violation[] = [];

  const url = (path: string) => `${platform.baseUrl}${path}`;
  const h1 = () => page.getByRole('heading', { level: 1 });
  // The client's name in a title arrives with the page's data: wait for it as a reader would.
  const titled = (text: string) => page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  const checkPage = async (label: string) => {
    await h1().waitFor();
    // Let the page's data arrive first (no "loading" message left): the checks should see the page people see.
    await page.getByText(/Even geduld, we laden|One moment, we are loading/).waitFor({ state: 'detached' });
    violations.push(...(await seriousViolations(page, label)));
  };
  const caseloadRow = (name: string) => page.getByRole('table').getByRole('row').filter({ hasText: name });

  beforeAll(async () => {
    smtp = new SmtpCapture();
    // The platform reads SMTP_URL when it starts: the mediator's welcome mail comes here.
    process.env.SMTP_URL = await smtp.start();
    browser = await launchBrowser();
    platform = await startPlatform();
    employer = await employerWithVacancy(platform.baseUrl);
    mediator = await mediatorAtRabot(platform.baseUrl, smtp);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp?.stop();
  });

  it('lets a mediator log in and land on the caseload', async () => {
    await page.goto(url('/login'));
    await page.getByLabel('E-mailadres of gebruikersnaam').fill(mediator.email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/mediator');
    await titled('Mijn klanten');
    await page
      .getByRole('status')
      .getByText(/klanten? gevonden\./)
      .waitFor();
    await checkPage('caseload');
  });

  it('creates a client without e-mail and shows the username and one-time code to hand over', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe klant' }).click();
    await page.waitForURL('**/mediator/clients/new');
    await checkPage('new client');
    await page.getByRole('button', { name: 'Account maken' }).click();
    await page.getByRole('alert').getByText('Vul de naam van de klant in.').waitFor();
    await page.getByLabel('Naam van de klant').fill(CLIENT);
    await page.getByRole('button', { name: 'Account maken' }).click();

    const slip = page.getByRole('region', { name: `Voor ${CLIENT}: zo activeer je je account` });
    await slip.waitFor();
    const facts = await slip.locator('dd').allTextContents();
    slipFacts = facts;
    expect(facts[0]).toMatch(/^mariam-oukili-\d+/);
    expect(facts[1]).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(facts[2]).toMatch(/^\d{1,2} \w+ \d{4}$/);
    await expect(slip.getByRole('button', { name: 'Afdrukken' }).isVisible()).resolves.toBe(true);
    await checkPage('new client: claim slip');
    await screenshots(page, 'mediator-claim-slip');

    // On paper the slip stands alone: menus and buttons are left off.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(false);
    await expect(slip.getByRole('button', { name: 'Afdrukken' }).isVisible()).resolves.toBe(false);
    await expect(slip.getByText(facts[1]).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Nu het profiel invullen' }).click();
    await page.waitForURL('**/mediator/clients/*/profile');
    clientPath = new URL(page.url()).pathname.replace(/\/profile$/, '');
  });

  it('fills the profile with the client present, shows matches with reasons and proposes the client', async () => {
    await titled(`Profiel van ${CLIENT}`);
    await page.getByLabel('Welk werk wil je doen?').fill('schoonmaker');
    await page.getByRole('button', { name: `Kies ${employer.occupationLabel}`, exact: true }).click();
    await page.getByLabel('In welke wijk woon je?').selectOption('7');
    await page.getByRole('radio', { name: /^B1/ }).check();
    await checkPage('client profile');
    await screenshots(page, 'mediator-profile');

    // Acting on the client's behalf needs the client there: without the tick nothing is saved.
    await page.getByRole('button', { name: 'Profiel bewaren en jobs bekijken' }).click();
    await page
      .getByRole('alert')
      .getByText(/Vink aan dat de klant bij je zit/)
      .waitFor();
    await page.getByLabel('De klant zit nu bij mij').check();
    await page.getByRole('button', { name: 'Profiel bewaren en jobs bekijken' }).click();

    await page.waitForURL(`**${clientPath}/matches`);
    await titled(`Passende jobs voor ${CLIENT}`);
    const card = page.getByRole('article').filter({ hasText: employer.title });
    await card.waitFor();
    await expect(card.getByRole('heading', { name: 'Waarom deze job?' }).count()).resolves.toBe(1);
    await expect(card.getByRole('heading', { name: 'Zo stijgt de score' }).count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(/Nederlands B2/);
    await checkPage('client matches');
    await screenshots(page, 'mediator-matches');

    await card.getByRole('button', { name: `Stel ${CLIENT} voor voor ${employer.title}` }).click();
    await page.getByRole('status').getByText(`${CLIENT} is voorgesteld voor ${employer.title}.`).waitFor();
    await card.getByText('Voorgesteld of al gesolliciteerd').waitFor();
    await expect(card.getByRole('button', { name: /^Stel / }).count()).resolves.toBe(0);
  });

  it('shows the proposal, and takes a ladder step, a note and a referral in the client’s file', async () => {
    await page
      .getByRole('navigation', { name: 'Dossier van de klant' })
      .getByRole('link', { name: 'Dossier', exact: true })
      .click();
    await page.waitForURL(`**${clientPath}`);
    await titled(`Dossier van ${CLIENT}`);
    const applications = page.getByRole('table', { name: 'Sollicitaties van de klant' });
    const proposal = applications.getByRole('row').filter({ hasText: employer.title });
    await proposal.getByText('Voorgesteld door bemiddelaar').waitFor();
    await proposal.getByText('Voorgesteld, wacht op de klant').waitFor();
    await page.getByText(/Wil werken als/).waitFor();

    await page.getByLabel('Stap', { exact: true }).selectOption({ label: 'Begeleiding naar een job' });
    await page.getByLabel('Waarom?').fill('Profiel is klaar; we zoeken samen een job in de schoonmaak.');
    await page.getByRole('button', { name: 'Stap bewaren' }).click();
    await page.getByText('Bewaard: de klant staat nu op de stap „Begeleiding naar een job”.').waitFor();
    const ladder = page.getByRole('table', { name: 'Eerdere stappen, nieuwste eerst' });
    await ladder.getByRole('row').filter({ hasText: 'Begeleiding naar een job (eerste stap)' }).waitFor();
    await expect(ladder.textContent()).resolves.toContain(mediator.displayName);

    const notes = page.getByRole('region', { name: 'Notities' });
    await notes.getByLabel('Nieuwe notitie').fill('Wil graag vroeg beginnen; brengt de kinderen om 8 uur naar school.');
    await notes.getByLabel('De klant zit nu bij mij').check();
    await notes.getByRole('button', { name: 'Notitie bewaren' }).click();
    await notes.getByText('De notitie is bewaard.').waitFor();
    await notes.getByText('Wil graag vroeg beginnen; brengt de kinderen om 8 uur naar school.').waitFor();
    // A note written with the client at the desk is a contact: the file says when.
    await expect(page.getByRole('region', { name: 'Gegevens' }).getByText('Nog nooit').count()).resolves.toBe(0);

    const referrals = page.getByRole('region', { name: 'Doorverwijzingen' });
    await referrals.getByLabel('Naar wie?').selectOption({ label: 'Cursus Nederlands (NT2)' });
    await referrals.getByLabel('Waarvoor?').fill('Nederlands van B1 naar B2, avondles aan het CVO.');
    await referrals.getByRole('button', { name: 'Doorverwijzing bewaren' }).click();
    const referral = referrals.getByRole('row').filter({ hasText: 'Nederlands van B1 naar B2' });
    await referral.getByText('Voorgesteld').waitFor();
    await referral.getByRole('button', { name: 'Verstuurd (Cursus Nederlands (NT2))' }).click();
    await referral.getByRole('cell', { name: 'Verstuurd', exact: true }).waitFor();

    const consent = page.getByRole('region', { name: 'Zichtbaar voor werkgevers' });
    await consent.getByText('Werkgevers zien het profiel nu niet.').waitFor();
    await consent.getByLabel(/De klant wil dat werkgevers het profiel zien/).check();
    await consent.getByRole('button', { name: 'Keuze van de klant bewaren' }).click();
    await consent
      .getByRole('alert')
      .getByText(/alleen de klant zelf kan dit kiezen/)
      .waitFor();
    await consent.getByLabel('De klant zit nu bij mij').check();
    await consent.getByRole('button', { name: 'Keuze van de klant bewaren' }).click();
    await consent.getByText('Bewaard: werkgevers kunnen het profiel nu zien, zonder naam.').waitFor();

    // A proposal waits for the client's yes: so far only Werkpunt staff looked at the file, no employer.
    await page.reload();
    const log = page.getByRole('table', { name: 'Wie bekeek het dossier, nieuwste eerst' });
    await log.getByRole('row').filter({ hasText: 'Een bemiddelaar van een Werkpunt' }).first().waitFor();
    await expect(log.getByText('Een werkgever').count()).resolves.toBe(0);

    await checkPage('client file');
    await screenshots(page, 'mediator-client-file');
  });

  it('filters the caseload on ladder step, last contact and open applications', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn klanten' }).click();
    await page.waitForURL('**/mediator');
    await caseloadRow(CLIENT).waitFor();
    await expect(caseloadRow(CLIENT).textContent()).resolves.toContain('Begeleiding naar een job');
    await checkPage('caseload');
    await screenshots(page, 'mediator-caseload');

    // Each choice flips whether the client is listed, so every wait sees the list change.
    const filter = async (label: string, option: string, listed: boolean) => {
      await page.getByLabel(label).selectOption({ label: option });
      await caseloadRow(CLIENT).waitFor({ state: listed ? 'visible' : 'detached' });
    };
    await filter('Lopende sollicitaties', 'Zonder lopende sollicitatie', false);
    await filter('Lopende sollicitaties', 'Met een lopende sollicitatie', true);
    await filter('Stap op de werkladder', 'Nederlands leren', false);
    await filter('Stap op de werkladder', 'Begeleiding naar een job', true);
    // Seen today: not among those to call after a month without contact.
    await filter('Laatste contact', 'Langer dan 30 dagen niet gezien', false);
    await filter('Laatste contact', 'Maakt niet uit', true);
    await expect(caseloadRow(CLIENT).count()).resolves.toBe(1);
    await caseloadRow(CLIENT).getByRole('link', { name: CLIENT }).click();
    await page.waitForURL(`**${clientPath}`);
    // Back from the file, the list is filtered as it was.
    await page.goBack();
    await caseloadRow(CLIENT).waitFor();
    await expect(page.getByLabel('Stap op de werkladder').locator('option:checked').textContent()).resolves.toBe(
      'Begeleiding naar een job',
    );
    await expect(page.getByLabel('Lopende sollicitaties').locator('option:checked').textContent()).resolves.toBe(
      'Met een lopende sollicitatie',
    );
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/mediator', clientPath, `${clientPath}/matches`, `${clientPath}/profile`]) {
      await page.goto(url(path));
      await checkPage(`${path} at 320 px`);
      const width = await page.evaluate('document.documentElement.scrollWidth');
      expect({ path, width }).toEqual({ path, width: 320 });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('passes the checks on every mediator page in English too', async () => {
    await page.goto(url('/mediator'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await titled('My clients');
    await checkPage('caseload (en)');
    for (const [path, title] of [
      [clientPath, `File of ${CLIENT}`],
      [`${clientPath}/profile`, `Profile of ${CLIENT}`],
      [`${clientPath}/matches`, `Suitable jobs for ${CLIENT}`],
      ['/mediator/clients/new', 'New client without e-mail'],
    ]) {
      await page.goto(url(path));
      await titled(title);
      await checkPage(`${path} (en)`);
    }
    await page.getByLabel("The client's name").fill('Fatma Yilmaz');
    await page.getByRole('button', { name: 'Make the account' }).click();
    await page.getByRole('region', { name: 'For Fatma Yilmaz: how to activate your account' }).waitFor();
    await checkPage('claim slip (en)');
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  it('lets a mediator add a note with the keyboard only', async () => {
    await page.goto(url(clientPath));
    await h1().waitFor();
    await tabTo(page, (el) => el.tag === 'TEXTAREA', 80);
    // The first text box is the ladder's reason: go on to the note's.
    await tabTo(page, (el) => el.tag === 'TEXTAREA', 10);
    await page.keyboard.type('Belde terug over de opvang op woensdag.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Notitie bewaren', 5);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Notities' }).getByText('Belde terug over de opvang op woensdag.').waitFor();
  });

  it('hands over a code that works: the client activates the account with it and logs in', async () => {
    const [username, code] = slipFacts;
    const client = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const phone = await client.newPage();
    await phone.goto(url('/claim'));
    await phone.getByLabel('Je code').fill(code);
    await phone.getByLabel('Kies een wachtwoord').fill(PASSWORD);
    await phone.getByRole('button', { name: 'Account activeren' }).click();
    await phone.getByText(`Gelukt! Je gebruikersnaam is ${username}.`, { exact: false }).waitFor();
    await client.close();

    const later = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const again = await later.newPage();
    await again.goto(url('/login'));
    await again.getByLabel('E-mailadres of gebruikersnaam').fill(username);
    await again.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await again.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
    await again.waitForURL('**/matches');
    // The proposal waits for the client among their own applications.
    await again
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn sollicitaties' })
      .click();
    await again.getByRole('article').filter({ hasText: employer.title }).getByText('Voorgesteld').waitFor();
    await later.close();

    await page.goto(url(clientPath));
    await page.getByRole('region', { name: 'Gegevens' }).getByText('Geactiveerd door de klant').waitFor();
    await expect(page.getByRole('button', { name: 'Nieuwe code maken' }).count()).resolves.toBe(0);
  });

  it('finds no serious or critical WCAG 2.1 AA violation on any mediator page checked', () => {
    expect(violations).toEqual([]);
  });
});
