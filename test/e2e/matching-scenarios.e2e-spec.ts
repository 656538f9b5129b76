// Matching as a mediator or an employer would judge it: real vacancies and clients made through the API, the
// search index brought up to date by the real sync, and the answers of the matching endpoints. Other test
// files share the database, so each scenario looks at its own vacancies and people only.
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import request from 'supertest';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import {
  bearer,
  createClient,
  createEmployer,
  Employer,
  publishVacancy,
  syncSearchIndex,
  WIJK,
} from '../utils/matching-world';
import { createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

interface MatchItem {
  vacancy: { id: string; title: string; distanceKm: number | null };
  match: {
    score: number;
    factors: { factor: string; value: number; informative: boolean; reason: { nl: string; en: string } }[];
    improvements: { factor: string; gain: number; suggestion: { nl: string; en: string } }[];
  };
}

interface CandidateItem {
  candidate: { candidateId: string; homeWijk: string };
  match: MatchItem['match'];
}

/** A date `years` years and `months` months before today, 'YYYY-MM-DD'. */
function ago(years: number, months = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

describe('matching scenarios', () => {
  let app: INestApplication;
  let mediator: PersonaAccount;
  let cleaning: Employer;
  let care: Employer;
  const http = () => request(app.getHttpServer());
  const v: Record<string, string> = {};

  const matchesFor = async (clientId: string): Promise<MatchItem[]> => {
    const res = await http().get(`/api/v1/clients/${clientId}/matches?limit=50`).set(bearer(mediator)).expect(200);
    return (res.body.items as MatchItem[]).filter((item) => Object.values(v).includes(item.vacancy.id));
  };
  const ids = (items: MatchItem[]) => items.map((item) => item.vacancy.id);
  const factor = (item: MatchItem | CandidateItem, name: string) => item.match.factors.find((f) => f.factor === name)!;
  const candidatesOf = async (vacancyId: string, as: PersonaAccount, people: string[]): Promise<CandidateItem[]> => {
    const res = await http().get(`/api/v1/vacancies/${vacancyId}/candidates?limit=50`).set(bearer(as)).expect(200);
    return (res.body.items as CandidateItem[]).filter((item) => people.includes(item.candidate.candidateId));
  };

  beforeAll(async () => {
    app = await createTestApp();
    mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot });
    cleaning = await createEmployer(app, 'Propere Buurt');
    care = await createEmployer(app, 'Zorg Gent');
    const publish = async (key: string, employer: Employer, spec: Parameters<typeof publishVacancy>[2]) => {
      v[key] = await publishVacancy(app, employer, spec);
    };
    await publish('cleanRabotA2', cleaning, {
      title: 'Schoonmaker kantoren Rabot',
      occupation: 'schoonmaker gebouwen',
      place: 'rabot',
      dutchLevel: 'A2',
    });
    await publish('kitchenBrugsePoort', cleaning, {
      title: 'Keukenhulp in een buurtrestaurant',
      occupation: 'keukenhulp',
      place: 'brugsePoort',
      dutchLevel: 'A1',
    });
    await publish('cleanRabotB2', cleaning, {
      title: 'Schoonmaker met klantencontact',
      occupation: 'schoonmaker gebouwen',
      place: 'rabot',
      dutchLevel: 'B2',
    });
    await publish('cleanZwijnaarde', cleaning, {
      title: 'Schoonmaker industrie Zwijnaarde',
      occupation: 'schoonmaker gebouwen',
      place: 'zwijnaarde',
      dutchLevel: 'A2',
    });
    await publish('cleanCarRequired', cleaning, {
      title: 'Mobiele schoonmaker met bestelwagen',
      occupation: 'schoonmaker gebouwen',
      place: 'rabot',
      dutchLevel: 'A2',
      drivingLicences: ['B'],
    });
    await publish('cleanB1', cleaning, {
      title: 'Schoonmaker school Brugse Poort',
      occupation: 'schoonmaker gebouwen',
      place: 'brugsePoort',
      dutchLevel: 'B1',
    });
    await publish('instapstage', cleaning, {
      title: 'Instapstage schoonmaak',
      occupation: 'schoonmaker gebouwen',
      place: 'rabot',
      dutchLevel: 'A2',
      programme: 'instapstage',
    });
    await publish('artikel60', cleaning, {
      title: 'Artikel 60 schoonmaak',
      occupation: 'schoonmaker gebouwen',
      place: 'rabot',
      dutchLevel: 'A2',
      programme: 'artikel_60',
    });
    await publish('nurse', care, {
      title: 'Verpleegkundige woonzorgcentrum',
      occupation: 'algemeen verpleegkundige',
      place: 'nieuwGent',
      dutchLevel: 'B2',
      minimumEducation: 'high',
    });
    await publish('warehouse', care, {
      title: 'Magazijnmedewerker ziekenhuis',
      occupation: 'magazijnmedewerker',
      place: 'ledeberg',
      dutchLevel: 'A2',
    });
    await syncSearchIndex(app);
  });
  afterAll(() => app?.close());

  it('1. shows the Rabot cleaner (A2, bike 20 min) the cleaning and kitchen jobs near Rabot that accept A2 first', async () => {
    const client = await createClient(app, mediator, 'Amina R.', {
      occupations: ['schoonmaker gebouwen', 'keukenhulp'],
      dutchLevel: 'A2',
      transportModes: ['bike'],
      maxCommuteMinutes: 20,
      homeWijkId: WIJK.rabot,
    });
    const items = await matchesFor(client.id);
    const top = ids(items).slice(0, 2);
    expect(top).toEqual(expect.arrayContaining([v.cleanRabotA2, v.kitchenBrugsePoort]));
    // The B2 job nearby is shown, but below the ones that accept A2.
    expect(ids(items).indexOf(v.cleanRabotB2)).toBeGreaterThan(ids(items).indexOf(v.kitchenBrugsePoort));
    const first = items[0];
    expect(factor(first, 'distance').reason.nl).toMatch(/km|wijk/);
    expect(first.vacancy.distanceKm).toBeLessThan(2);
  });

  it('2. explains a Dutch level one step short in plain words, with what would raise the score', async () => {
    const client = await createClient(app, mediator, 'Bilal T.', {
      occupations: ['schoonmaker gebouwen'],
      dutchLevel: 'A2',
      maxCommuteMinutes: 30,
      homeWijkId: WIJK.rabot,
    });
    const item = (await matchesFor(client.id)).find((i) => i.vacancy.id === v.cleanB1)!;
    expect(factor(item, 'dutch').value).toBe(0.5);
    // The person's own matches speak to them (a mediator reads these with the client).
    expect(factor(item, 'dutch').reason.nl).toBe('Vraagt Nederlands B1, jij hebt A2. Dat is één niveau lager.');
    expect(item.match.improvements).toEqual(
      expect.arrayContaining([expect.objectContaining({ factor: 'dutch', gain: expect.any(Number) })]),
    );
  });

  it('3. keeps jobs beyond the maximum commute out (Zwijnaarde is ~7 km from Rabot, 20 min by bike is ~5 km)', async () => {
    const client = await createClient(app, mediator, 'Chris V.', {
      occupations: ['schoonmaker gebouwen'],
      dutchLevel: 'B2',
      transportModes: ['bike'],
      maxCommuteMinutes: 20,
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(client.id))).not.toContain(v.cleanZwijnaarde);
    const byCar = await createClient(app, mediator, 'Chris W.', {
      occupations: ['schoonmaker gebouwen'],
      dutchLevel: 'B2',
      transportModes: ['car'],
      drivingLicences: ['B'],
      maxCommuteMinutes: 30,
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(byCar.id))).toContain(v.cleanZwijnaarde);
  });

  it('4. never shows a client without a driving licence a job that requires one', async () => {
    const without = await createClient(app, mediator, 'Dina K.', {
      occupations: ['schoonmaker gebouwen'],
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(without.id))).not.toContain(v.cleanCarRequired);
    const withB = await createClient(app, mediator, 'Dina L.', {
      occupations: ['schoonmaker gebouwen'],
      drivingLicences: ['B'],
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(withB.id))).toContain(v.cleanCarRequired);
  });

  it('5. shows a 22-year-old without a diploma, registered 8 months, the instapstage; a 30-year-old not', async () => {
    const young = await createClient(app, mediator, 'Elias M.', {
      occupations: ['schoonmaker gebouwen'],
      education: { level: 'low' },
      dateOfBirth: ago(22),
      registeredSince: ago(0, 8),
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(young.id))).toContain(v.instapstage);
    const older = await createClient(app, mediator, 'Elias N.', {
      occupations: ['schoonmaker gebouwen'],
      education: { level: 'low' },
      dateOfBirth: ago(30),
      registeredSince: ago(0, 8),
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(older.id))).not.toContain(v.instapstage);
  });

  it('6. keeps the instapstage from a 22-year-old with a secondary diploma, or registered only 3 months', async () => {
    const withDiploma = await createClient(app, mediator, 'Fien D.', {
      occupations: ['schoonmaker gebouwen'],
      education: { level: 'mid' },
      dateOfBirth: ago(22),
      registeredSince: ago(0, 8),
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(withDiploma.id))).not.toContain(v.instapstage);
    const tooSoon = await createClient(app, mediator, 'Fien E.', {
      occupations: ['schoonmaker gebouwen'],
      education: { level: 'low' },
      dateOfBirth: ago(22),
      registeredSince: ago(0, 3),
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(tooSoon.id))).not.toContain(v.instapstage);
  });

  it('7. shows artikel 60 work experience to a living-wage client, and to nobody else', async () => {
    const onLivingWage = await createClient(app, mediator, 'Gert H.', {
      occupations: ['schoonmaker gebouwen'],
      livingWageClient: true,
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(onLivingWage.id))).toContain(v.artikel60);
    const other = await createClient(app, mediator, 'Gert I.', {
      occupations: ['schoonmaker gebouwen'],
      homeWijkId: WIJK.rabot,
    });
    expect(ids(await matchesFor(other.id))).not.toContain(v.artikel60);
  });

  it('8. ranks a nurse whose foreign diploma is in recognition, and says so; recognised scores higher', async () => {
    const inRecognition = await createClient(app, mediator, 'Hana S.', {
      occupations: ['algemeen verpleegkundige'],
      education: { level: 'high', recognition: 'in_progress' },
      dutchLevel: 'B2',
      transportModes: ['public_transport'],
      maxCommuteMinutes: 40,
      homeWijkId: WIJK.rabot,
    });
    const recognised = await createClient(app, mediator, 'Hana T.', {
      occupations: ['algemeen verpleegkundige'],
      education: { level: 'high', recognition: 'recognised' },
      dutchLevel: 'B2',
      transportModes: ['public_transport'],
      maxCommuteMinutes: 40,
      homeWijkId: WIJK.rabot,
    });
    const pending = (await matchesFor(inRecognition.id)).find((i) => i.vacancy.id === v.nurse)!;
    const done = (await matchesFor(recognised.id)).find((i) => i.vacancy.id === v.nurse)!;
    expect(pending).toBeDefined();
    expect(factor(pending, 'education').value).toBeGreaterThan(0);
    expect(factor(pending, 'education').value).toBeLessThan(1);
    expect(factor(pending, 'education').reason.nl.toLowerCase()).toContain('erkenning');
    expect(factor(done, 'education').value).toBe(1);
    expect(done.match.score).toBeGreaterThan(pending.match.score);
  });

  it('9. gives an employer only candidates who agreed to be visible, and never their name', async () => {
    const visible = await createClient(app, mediator, 'Ilse Zichtbaar', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
    });
    const hidden = await createClient(app, mediator, 'Ivo Verborgen', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
      visibleToEmployers: false,
    });
    await syncSearchIndex(app);
    const res = await http()
      .get(`/api/v1/vacancies/${v.warehouse}/candidates?limit=50`)
      .set(bearer(care.recruiter))
      .expect(200);
    const shown = (res.body.items as CandidateItem[]).map((i) => i.candidate.candidateId);
    expect(shown).toContain(visible.id);
    expect(shown).not.toContain(hidden.id);
    expect(res.text).not.toMatch(/Ilse|Zichtbaar|Verborgen|dateOfBirth|livingWage|workDisability|streetAddress/);
  });

  it('10. drops a candidate who withdraws consent, once the index follows', async () => {
    const person = await createClient(app, mediator, 'Jan Terug', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
    });
    await syncSearchIndex(app);
    expect(await candidatesOf(v.warehouse, care.recruiter, [person.id])).toHaveLength(1);
    await http()
      .put(`/api/v1/clients/${person.id}/consents/employer-visibility`)
      .set(bearer(mediator))
      .send({ visible: false, clientPresent: true })
      .expect(200);
    await syncSearchIndex(app);
    expect(await candidatesOf(v.warehouse, care.recruiter, [person.id])).toEqual([]);
  });

  it('11. leaves out candidates who are not looking (paused, found work)', async () => {
    const paused = await createClient(app, mediator, 'Kim P.', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
      availability: 'paused',
    });
    const working = await createClient(app, mediator, 'Kim W.', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
      availability: 'found_work',
    });
    await syncSearchIndex(app);
    expect(await candidatesOf(v.warehouse, care.recruiter, [paused.id, working.id])).toEqual([]);
  });

  it('12. ranks the candidate from the same wijk above an otherwise equal one further away', async () => {
    const near = await createClient(app, mediator, 'Lena Dichtbij', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
      maxCommuteMinutes: 45,
    });
    const far = await createClient(app, mediator, 'Lena Verweg', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.brugsePoort,
      maxCommuteMinutes: 45,
    });
    await syncSearchIndex(app);
    const ranked = await candidatesOf(v.warehouse, care.recruiter, [near.id, far.id]);
    expect(ranked.map((c) => c.candidate.candidateId)).toEqual([near.id, far.id]);
    expect(factor(ranked[0], 'distance').value).toBeGreaterThan(factor(ranked[1], 'distance').value);
    expect(ranked[0].candidate.homeWijk).toBe('Ledeberg');
    // The employer reads about the candidate, never "Je woont …" as if the sentence were about them.
    expect(factor(ranked[1], 'distance').reason).toEqual({
      nl: expect.stringMatching(/^De kandidaat woont \d+(,\d)? km van deze job\./),
      en: expect.stringMatching(/^The candidate lives \d+(\.\d)? km from this job\./),
    });
    for (const { reason, informative } of ranked.flatMap((c) => c.match.factors)) {
      expect(reason.nl).not.toMatch(/^(Je|Jij|Jouw) /);
      expect(reason.en).not.toMatch(/^(You|Your) /);
      expect(typeof informative).toBe('boolean');
    }
    for (const { suggestion } of ranked.flatMap((c) => c.match.improvements)) {
      expect(`${suggestion.nl} ${suggestion.en}`).not.toMatch(/\b(je|jij|you|your)\b/i);
    }
  });

  it('13. ranks the same people the same whatever their origin-related or health facts (disability)', async () => {
    const a = await createClient(app, mediator, 'Mo A.', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
      workDisability: true,
      livingWageClient: true,
    });
    const b = await createClient(app, mediator, 'Mo B.', {
      occupations: ['magazijnmedewerker'],
      homeWijkId: WIJK.ledeberg,
      workDisability: false,
      livingWageClient: false,
    });
    await syncSearchIndex(app);
    const [first, second] = await candidatesOf(v.warehouse, care.recruiter, [a.id, b.id]);
    expect(first.match.score).toBe(second.match.score);
    expect(first.match.factors).toEqual(second.match.factors);
  });

  it('14. shows an employer no one for an artikel 60 place, and the mediator the living-wage client', async () => {
    const onLivingWage = await createClient(app, mediator, 'Nora L.', {
      occupations: ['schoonmaker gebouwen'],
      homeWijkId: WIJK.rabot,
      livingWageClient: true,
    });
    const notOn = await createClient(app, mediator, 'Nora M.', {
      occupations: ['schoonmaker gebouwen'],
      homeWijkId: WIJK.rabot,
    });
    await syncSearchIndex(app);
    const employer = await http()
      .get(`/api/v1/vacancies/${v.artikel60}/candidates`)
      .set(bearer(cleaning.recruiter))
      .expect(200);
    expect(employer.body).toMatchObject({ total: 0, items: [], notice: expect.stringContaining('OCMW') });
    const forMediator = await candidatesOf(v.artikel60, mediator, [onLivingWage.id, notOn.id]);
    expect(forMediator.map((c) => c.candidate.candidateId)).toEqual([onLivingWage.id]);
  });

  it('15. offers the instapstage to eligible candidates only (checked on today’s facts)', async () => {
    const young = await createClient(app, mediator, 'Omar J.', {
      occupations: ['schoonmaker gebouwen'],
      homeWijkId: WIJK.rabot,
      dateOfBirth: ago(21),
      registeredSince: ago(0, 7),
    });
    const older = await createClient(app, mediator, 'Omar K.', {
      occupations: ['schoonmaker gebouwen'],
      homeWijkId: WIJK.rabot,
      dateOfBirth: ago(31),
      registeredSince: ago(0, 7),
    });
    await syncSearchIndex(app);
    const shown = await candidatesOf(v.instapstage, cleaning.recruiter, [young.id, older.id]);
    expect(shown.map((c) => c.candidate.candidateId)).toEqual([young.id]);
  });

  it('16. takes a paused vacancy out of everyone’s matches once the index follows', async () => {
    const client = await createClient(app, mediator, 'Pieter Q.', {
      occupations: ['schoonmaker gebouwen'],
      homeWijkId: WIJK.rabot,
      dutchLevel: 'B2',
    });
    const id = await publishVacancy(app, cleaning, {
      title: 'Schoonmaker tijdelijk',
      occupation: 'schoonmaker gebouwen',
      place: 'rabot',
    });
    v.temporary = id;
    await syncSearchIndex(app);
    expect(ids(await matchesFor(client.id))).toContain(id);
    await http()
      .post(`/api/v1/vacancies/${id}/pause`)
      .set(bearer(cleaning.recruiter))
      .send({ reason: 'Even genoeg kandidaten' })
      .expect(200);
    await syncSearchIndex(app);
    expect(ids(await matchesFor(client.id))).not.toContain(id);
  });

  it('17. suggests similar work with more openings to someone whose occupation has none open', async () => {
    // A window cleaner (ISCO 9123): none open here; office cleaning (9112, same sub-major group 91) has many.
    const client = await createClient(app, mediator, 'Quinten R.', {
      occupations: ['glazenwasser'],
      homeWijkId: WIJK.rabot,
    });
    const res = await http().get(`/api/v1/clients/${client.id}/similar-occupations`).set(bearer(mediator)).expect(200);
    const [wish] = res.body.wishes;
    expect(wish).toMatchObject({ few: true });
    expect(wish.suggestions.map((s: { iscoCode: string }) => s.iscoCode)).toContain('9112');
    for (const suggestion of wish.suggestions) {
      expect(suggestion.openVacancies).toBeGreaterThan(wish.openVacancies);
      expect(suggestion.reason.nl).toMatch(/vacatures/);
    }
  });
});
