// Issue #6, the employer's side in real Chromium against the built api + worker: register the organisation,
// add a site, invite a recruiter, write and publish a vacancy in the editor (occupation search, skills, other
// languages, driving licence, preview; the public vacancy page and the API have them), see
// anonymised candidates with reasons and invite one, reject an application with feedback on the board, and
// the job seeker reads that feedback. Every employer page passes axe's WCAG 2.1 AA rules in Dutch and English;
// screenshots at 375 and 1280 px.
import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshots, seriousViolations, tabTo, Violation } from './support/browser';
import {
  acceptInvitation,
  applyAs,
  firstOccupation,
  freshEnterpriseNumber,
  logIn,
  PASSWORD,
  visibleJobSeeker,
  VisibleSeeker,
  waitUntilCandidate,
} from './support/employer-world';
import { Platform, startPlatform } from './support/platform';
import { SmtpCapture } from '../utils/smtp-capture';

describe('the web app for employers', () => {
  let platform: Platform;
  const smtp = new SmtpCapture();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let occupation: { id: string; label: string };
  let skill: { id: string; nameNl: string };
  let vacancyId: string;
  let applicant: VisibleSeeker;
  let invitee: VisibleSeeker;
  const violations: Violation[] = [];
  const ownerEmail = `owner-${randomUUID().slice(0, 8)}@bakkerij.example`;
  const title = `Schoonmaker bakkerij ${randomUUID().slice(0, 4)}`;
  const feedback = 'Je Nederlands gaat vooruit. Volg nog een module en solliciteer dan gerust opnieuw.';

  const url = (path: string) => `${platform.baseUrl}${path}`;
  const employerPages = () => [
    '/employer',
    '/employer/vacancies/new',
    `/employer/vacancies/${vacancyId}/edit`,
    `/employer/vacancies/${vacancyId}/candidates`,
    `/employer/vacancies/${vacancyId}/applications`,
    '/employer/organisation',
  ];
  const h1 = () => page.getByRole('heading', { level: 1 });
  const main = () => page.getByRole('main');
  const checkPage = async (label: string) => {
    await h1().waitFor();
    // Let the page's data arrive first (no "loading" message left): the checks should see the page people see.
    await page.getByText(/Even geduld, we laden|One moment, we are loading/).waitFor({ state: 'detached' });
    violations.push(...(await seriousViolations(page, label)));
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    // The recruiter invitation is mailed: the platform sends it to this local SMTP server.
    process.env.SMTP_URL = await smtp.start();
    platform = await startPlatform();
    occupation = await firstOccupation(platform.baseUrl, 'schoonmaker');
    // The editor offers the occupation's curated skills; the vacancy asks the first one.
    const detail = (await (await fetch(`${platform.baseUrl}/api/v1/occupations/${occupation.id}`)).json()) as {
      skills: { id: string; nameNl: string }[];
    };
    skill = detail.skills[0];
    // A Belgian browser: date fields show day/month/year, as people here type them.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await smtp.stop();
  });

  it('lets an employer register the organisation, add a site and invite a recruiter', async () => {
    await page.goto(url('/login'));
    await page.getByRole('link', { name: 'Werkgever? Registreer je organisatie.' }).click();
    await page.waitForURL('**/employer-register');
    await checkPage('employer register');
    await screenshots(page, 'employer-register');

    await page.getByLabel('Officiële naam').fill('Bakkerij Rabot bv');
    await page.getByLabel('Ondernemingsnummer').fill(freshEnterpriseNumber());
    await page.getByLabel('Sector').selectOption({ index: 1 });
    await page.getByLabel('Je naam').fill('Lieve Verhaegen');
    await page.getByLabel('Je e-mailadres').fill(ownerEmail);
    await page.getByLabel('Kies een wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Organisatie registreren' }).click();

    await page.waitForURL('**/employer/organisation');
    await page.getByText('Welkom bij Werkpunt!').waitFor();
    await expect(main().getByText('Jij bent de eigenaar van deze organisatie.').count()).resolves.toBe(1);

    await page.getByLabel('Naam van de vestiging').fill('Bakkerij Rabot');
    await page.getByLabel('Straat en huisnummer').fill('Wondelgemstraat 12');
    await page.getByLabel('Postcode').fill('9000');
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
    await page.getByText('Vestiging Bakkerij Rabot is toegevoegd.').waitFor();
    await main().getByRole('heading', { name: 'Bakkerij Rabot', level: 3 }).waitFor();

    const team = main().getByRole('region', { name: 'Rekruteerders' });
    await team.getByRole('heading', { name: 'Lieve Verhaegen' }).waitFor();
    await expect(team.textContent()).resolves.toContain(`Eigenaar · ${ownerEmail}`);
    const colleague = `sofie-${randomUUID().slice(0, 6)}@bakkerij.example`;
    await page.getByLabel('E-mailadres van je collega').fill(colleague);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText(`Uitnodiging verstuurd naar ${colleague}.`).waitFor();
    expect(smtp.mailsTo(colleague)).toHaveLength(1);
    await checkPage('organisation');
    await screenshots(page, 'employer-organisation');
  });

  it('publishes a vacancy from the editor, with occupation search and a preview of the posting', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwe vacature' }).click();
    await page.waitForURL('**/employer/vacancies/new');
    await checkPage('vacancy editor: empty');

    // Publishing an empty vacancy says what is missing, next to each field.
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Geef de job een titel.').waitFor();
    await expect(page.getByText('Kies een beroep uit de lijst.').count()).resolves.toBe(1);
    await checkPage('vacancy editor: errors');

    await page.getByLabel('Titel van de job').fill(title);
    await page.getByLabel('Beroep', { exact: true }).fill('schoonmaker');
    await page.getByRole('button', { name: `Kies ${occupation.label}`, exact: true }).click();
    await page.getByText(`Gekozen beroep: ${occupation.label}`).waitFor();
    await page
      .getByLabel('Wat houdt de job in?')
      .fill('Je maakt de bakkerij en het atelier schoon, vroeg in de ochtend. Je werkt samen met twee collega’s.');
    await page.getByLabel('Hoeveel Nederlands is nodig?').selectOption('A2');
    await page.getByLabel('Solliciteren kan tot').fill('2099-12-31');

    // One skill is a must, English at B2 is needed, and a licence for a car.
    await page.getByRole('group', { name: skill.nameNl, exact: true }).getByRole('radio', { name: 'Moet' }).check();
    await page.getByRole('button', { name: 'Taal toevoegen' }).click();
    const language = page.getByLabel('Taal 1', { exact: true });
    // The new row takes the focus, so a keyboard user goes on where the row appeared.
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe(await language.getAttribute('id'));
    await language.selectOption('en');
    await page.getByLabel('Niveau van taal 1').selectOption('B2');
    await page.getByRole('checkbox', { name: 'B: auto' }).check();

    const preview = page.getByRole('region', { name: 'Voorbeeld' });
    await expect(preview.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(title);
    const posting = await preview.textContent();
    expect(posting).toContain('Nederlands A2');
    expect(posting).toContain('19 tot 38 uur per week');
    expect(posting).toContain('31 december 2099');
    expect(posting).toContain('vroeg in de ochtend');
    expect(posting).toContain('Engels B2');
    expect(posting).toContain(skill.nameNl);
    expect(posting).toContain('B: auto');

    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.waitForURL(/\/employer\/vacancies\/[0-9a-f-]+\/edit$/);
    await page.getByText('Opgeslagen.').waitFor();
    await expect(main().getByText('Concept', { exact: true }).count()).resolves.toBe(1);
    vacancyId = /vacancies\/([0-9a-f-]+)\/edit/.exec(page.url())![1];
    await checkPage('vacancy editor: draft');
    await screenshots(page, 'employer-vacancy-editor');

    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Je vacature staat online. Werkzoekenden kunnen ze nu vinden.').waitFor();
    await expect(main().getByText('Gepubliceerd', { exact: true }).count()).resolves.toBe(1);

    // Stored as chosen, and the public vacancy page shows it the way the preview did.
    const stored = (await (await fetch(url(`/api/v1/vacancies/${vacancyId}`))).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({
      requiredSkillIds: [skill.id],
      niceToHaveSkillIds: [],
      otherLanguages: [{ language: 'en', level: 'B2' }],
      drivingLicences: ['B'],
    });
    const publicPage = await context.newPage();
    await publicPage.goto(url(`/jobs/${vacancyId}`));
    const facts = publicPage.getByRole('main').locator('dl.facts');
    // Skill names come from the catalogue, which arrives after the vacancy.
    await facts.getByText(skill.nameNl).waitFor();
    await expect(facts.textContent()).resolves.toContain('Engels B2');
    await expect(facts.textContent()).resolves.toContain('B: auto');
    await publicPage.close();

    // Opening the vacancy again loads the choices back into the editor.
    await page.reload();
    await expect(
      page.getByRole('group', { name: skill.nameNl, exact: true }).getByRole('radio', { name: 'Moet' }).isChecked(),
    ).resolves.toBe(true);
    await expect(page.getByLabel('Taal 1', { exact: true }).inputValue()).resolves.toBe('en');
    await expect(page.getByLabel('Niveau van taal 1').inputValue()).resolves.toBe('B2');
    await expect(page.getByRole('checkbox', { name: 'B: auto' }).isChecked()).resolves.toBe(true);
  });

  it('lists my vacancies with their status', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn vacatures' }).click();
    const card = page.getByRole('article').filter({ hasText: title });
    await card.waitFor();
    await expect(card.getByText('Gepubliceerd', { exact: true }).count()).resolves.toBe(1);
    await checkPage('my vacancies');
    await screenshots(page, 'employer-vacancies');
  });

  it('pauses a published vacancy and publishes it again', async () => {
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.waitForURL(`**/employer/vacancies/${vacancyId}/edit`);
    await page.getByRole('button', { name: 'Pauzeren (tijdelijk offline)' }).click();
    await page.getByText('De vacature is gepauzeerd.', { exact: false }).waitFor();
    await expect(main().getByText('Gepauzeerd', { exact: true }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Je vacature staat online. Werkzoekenden kunnen ze nu vinden.').waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn vacatures' }).click();
    await page.getByRole('article').filter({ hasText: title }).getByText('Gepubliceerd', { exact: true }).waitFor();
  });

  it('shows anonymised candidates with a score and reasons, and invites one with the keyboard', async () => {
    const employerToken = await logIn(platform.baseUrl, ownerEmail);
    // Both have what the vacancy asks: the licence is a hard filter.
    const fits = { skillIds: [skill.id], otherLanguages: [{ language: 'en', level: 'B2' }], drivingLicences: ['B'] };
    invitee = await visibleJobSeeker(platform.baseUrl, occupation.id, 29, fits);
    applicant = await visibleJobSeeker(platform.baseUrl, occupation.id, 7, fits);
    await applyAs(platform.baseUrl, applicant, vacancyId);
    await waitUntilCandidate(platform.baseUrl, employerToken, vacancyId, invitee.accountId);

    await page
      .getByRole('article')
      .filter({ hasText: title })
      .getByRole('link', { name: `Kandidaten voor ${title}` })
      .click();
    await page.waitForURL(`**/employer/vacancies/${vacancyId}/candidates`);
    const card = page.getByRole('article').filter({ hasText: '29 maanden ervaring' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/\d+ % match/);
    await expect(card.getByRole('heading', { name: 'Waarom deze kandidaat?' }).count()).resolves.toBe(1);
    await expect(card.getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    // The reasons speak about the candidate: the employer never reads "Je woont …" as if it were about them.
    const reasons = await card.getByRole('listitem').allTextContents();
    expect(reasons.filter((reason) => /^(Je|Jij|Jouw) /.test(reason))).toEqual([]);
    expect(reasons.join(' ')).toContain('de kandidaat');
    // Anonymised: the page never shows who the person is.
    await expect(main().textContent()).resolves.not.toContain(invitee.displayName);
    await checkPage('candidates');
    await screenshots(page, 'employer-candidates');

    const name = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === `Nodig ${name} uit`);
    await page.keyboard.press('Enter');
    await card.getByText('Uitgenodigd. De kandidaat krijgt je uitnodiging en beslist zelf.').waitFor();
  });

  it('rejects an application on the board only with feedback for the candidate', async () => {
    // The invitation reaches the board once the person says yes; the other one applied by themselves.
    await acceptInvitation(platform.baseUrl, invitee, vacancyId);
    await page.getByRole('link', { name: 'Sollicitaties', exact: true }).click();
    await page.waitForURL(`**/employer/vacancies/${vacancyId}/applications`);
    const newOnes = page.getByRole('region', { name: 'Nieuw (2)' });
    await newOnes.getByRole('article').filter({ hasText: 'Door jou uitgenodigd' }).waitFor();
    const card = newOnes.getByRole('article').filter({ hasText: 'Zelf gesolliciteerd' });
    await expect(main().textContent()).resolves.not.toContain(applicant.displayName);
    await checkPage('applications board');
    await screenshots(page, 'employer-board');

    await card.getByRole('button', { name: /afwijzen$/ }).click();
    await card.getByRole('button', { name: 'Afwijzing met feedback versturen' }).click();
    await card.getByText('Kies een reden en schrijf een boodschap: elke afwijzing krijgt feedback.').waitFor();
    await expect(card.getByText('Schrijf een korte boodschap voor de kandidaat.').count()).resolves.toBe(1);
    await checkPage('applications board: rejecting');
    await screenshots(page, 'employer-reject');

    await card.getByRole('radio', { name: 'Het taalniveau is nog te laag' }).check();
    await card.getByLabel('Je boodschap aan de kandidaat').fill(feedback);
    await card.getByRole('button', { name: 'Afwijzing met feedback versturen' }).click();
    await page.getByText(/is afgewezen\. De persoon leest je feedback bij Mijn sollicitaties\./).waitFor();
    await page.getByRole('region', { name: 'Afgewezen (1)' }).getByRole('article').waitFor();
    await expect(page.getByRole('region', { name: 'Nieuw (1)' }).count()).resolves.toBe(1);
  });

  it('lets the job seeker read the feedback under My applications', async () => {
    const seekerContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const seekerPage = await seekerContext.newPage();
    await seekerPage.goto(url('/login'));
    await seekerPage.getByLabel('E-mailadres of gebruikersnaam').fill(applicant.email);
    await seekerPage.getByLabel('Wachtwoord').fill(PASSWORD);
    await seekerPage.getByRole('button', { name: 'Inloggen' }).click();
    await seekerPage.waitForURL('**/matches');
    await seekerPage.getByRole('link', { name: 'Mijn sollicitaties' }).click();
    const item = seekerPage.getByRole('article').filter({ hasText: title });
    await item.getByText('Niet gekozen').waitFor();
    await expect(item.textContent()).resolves.toContain(feedback);
    await expect(item.textContent()).resolves.toContain('Voor deze job was een hoger taalniveau nodig.');
    await seekerContext.close();
  });

  it('fits every employer page on a 320 px wide screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of employerPages()) {
      await page.goto(url(path));
      await checkPage(`${path} at 320 px`);
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('passes the checks on every employer page in English too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    for (const path of employerPages()) {
      await page.goto(url(path));
      await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
      await checkPage(path);
    }
    await expect(h1().textContent()).resolves.toBe('My organisation');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.goto(url('/employer-register'));
    await expect(h1().textContent()).resolves.toBe('Register your organisation');
    await checkPage('/employer-register');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(h1().textContent()).resolves.toBe('Registreer je organisatie');
  });

  it('finds no serious or critical WCAG 2.1 AA violation on any page checked', () => {
    expect(violations).toEqual([]);
  });
});
