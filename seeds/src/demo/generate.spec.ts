import { join } from 'node:path';
import type { CefrLevel, DemoData, DemoJobSeeker } from './demo-types';
import { isValidEnterpriseNumber } from '@werkpunt/employers';
import {
  ACTIVATION_STEP_SHARES,
  AGE_BAND_SHARES,
  ageBandOf,
  EDUCATION_SHARES,
  LIVING_WAGE_SHARE,
  OCCUPATION_GROUP_FIGURES,
  OCCUPATION_GROUP_KEYS,
  tensionOf,
  UNEMPLOYMENT_DURATION_SHARES,
} from './figures';
import { DEMO_DEFAULTS, DemoSources, generateDemoData } from './generate';
import { demoId } from './ids';
import { loadDemoSources } from './load-demo-sources';
import { OCCUPATION_GROUP_PROFILES } from './occupation-groups';
import { BELT_WIJK_NUMBERS, wijkByNumber } from './wijken';

const SEED_DATA_DIR = join(__dirname, '..', '..', 'data');
const CEFR_ORDER: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const FORBIDDEN_KEYS = ['gender', 'origin', 'nationality', 'religion', 'disability'];
const THREE_PERCENTAGE_POINTS = 0.03;

let sources: DemoSources;
let small: DemoData;
let large: DemoData;

beforeAll(async () => {
  sources = await loadDemoSources(SEED_DATA_DIR);
  small = generateDemoData({ seed: 7 }, sources);
  large = generateDemoData({ seed: 7, scale: 0.2 }, sources);
});

describe('generateDemoData', () => {
  describe('determinism', () => {
    it('gives identical output for the same seed', () => {
      expect(generateDemoData({ seed: 7 }, sources)).toEqual(small);
    });

    it('gives different output for a different seed', () => {
      const other = generateDemoData({ seed: 8 }, sources);
      expect(other.jobSeekers).not.toEqual(small.jobSeekers);
      expect(other.vacancies).not.toEqual(small.vacancies);
      expect(other.employers).not.toEqual(small.employers);
    });

    it('does not depend on the order of the ESCO file', () => {
      const reversed = { escoOccupations: [...sources.escoOccupations].reverse() };
      expect(generateDemoData({ seed: 7 }, reversed)).toEqual(small);
    });
  });

  describe('ids', () => {
    it('are unique over all records', () => {
      const ids = allIds(large);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('are UUIDs fixed by kind and index, whatever the seed', () => {
      const other = generateDemoData({ seed: 8 }, sources);
      expect(other.jobSeekers.map((seeker) => seeker.id)).toEqual(small.jobSeekers.map((seeker) => seeker.id));
      expect(other.vacancies.map((vacancy) => vacancy.id)).toEqual(small.vacancies.map((vacancy) => vacancy.id));
      expect(small.jobSeekers[0].id).toBe(demoId('job-seeker', 0));
      expect(small.jobSeekers[0].id).toBe('9438da00-57e4-5384-b502-aff8a73a3ed3');
      for (const id of allIds(small))
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  describe('counts', () => {
    it('scale with `scale`, 1 being the real city', () => {
      expect(counts(small)).toEqual({ jobSeekers: 732, vacancies: 116 });
      expect(counts(large)).toEqual({ jobSeekers: 2927, vacancies: 462 });
      expect(counts(generateDemoData({ seed: 7, scale: 1 }, sources))).toEqual({ jobSeekers: 14637, vacancies: 2311 });
    });

    it('defaults to 5 % of the city', () => {
      expect(DEMO_DEFAULTS.scale).toBe(0.05);
    });

    it('rejects a scale that is not positive and a malformed reference date', () => {
      expect(() => generateDemoData({ seed: 1, scale: 0 }, sources)).toThrow(/Scale/);
      expect(() => generateDemoData({ seed: 1, referenceDate: '5/1/2026' }, sources)).toThrow(/YYYY-MM-DD/);
    });
  });

  describe('privacy', () => {
    it('generates no gender, origin, nationality, religion or disability anywhere', () => {
      const keys = new Set<string>();
      collectKeys(large, keys);
      for (const forbidden of FORBIDDEN_KEYS) {
        expect([...keys].filter((key) => key.toLowerCase().includes(forbidden))).toEqual([]);
      }
    });
  });

  describe('employers', () => {
    it('have valid, unique KBO enterprise numbers', () => {
      for (const { enterpriseNumber } of large.employers) {
        expect(enterpriseNumber).toMatch(/^[01]\d{3}\.\d{3}\.\d{3}$/);
        expect(isValidEnterpriseNumber(enterpriseNumber)).toBe(true);
      }
      expect(new Set(large.employers.map((employer) => employer.enterpriseNumber)).size).toBe(large.employers.length);
    });

    it('have unique names, a NACE code of their group and 1–3 sites in distinct wijken', () => {
      expect(new Set(large.employers.map((employer) => employer.name)).size).toBe(large.employers.length);
      for (const employer of large.employers) {
        expect(OCCUPATION_GROUP_PROFILES[employer.occupationGroup].naceCodes).toContain(employer.naceCode);
        expect(employer.sites.length).toBeGreaterThanOrEqual(1);
        expect(employer.sites.length).toBeLessThanOrEqual(3);
        expect(new Set(employer.sites.map((site) => site.wijkNumber)).size).toBe(employer.sites.length);
      }
    });

    it('include a few social-economy employers', () => {
      const share = large.employers.filter((employer) => employer.socialEconomy).length / large.employers.length;
      expect(share).toBeGreaterThan(0.02);
      expect(share).toBeLessThan(0.2);
    });

    it('cluster in the Binnenstad, the port and around UZ Gent', () => {
      const sites = large.employers.flatMap((employer) => employer.sites);
      const at = (wijk: number) => sites.filter((site) => site.wijkNumber === wijk).length;
      const busiest = [...new Set(sites.map((site) => site.wijkNumber))].sort((a, b) => at(b) - at(a)).slice(0, 5);
      expect(busiest).toEqual(expect.arrayContaining([1, 11]));
      expect(at(20)).toBeGreaterThan(at(25));
    });

    it('each post at least one vacancy', () => {
      const posting = new Set(large.vacancies.map((vacancy) => vacancy.employerId));
      expect(large.employers.every((employer) => posting.has(employer.id))).toBe(true);
    });
  });

  describe('vacancies', () => {
    it('belong to an existing employer of the same group, at one of its sites', () => {
      const employers = new Map(large.employers.map((employer) => [employer.id, employer]));
      for (const vacancy of large.vacancies) {
        const employer = employers.get(vacancy.employerId);
        expect(employer?.occupationGroup).toBe(vacancy.occupationGroup);
        expect(employer?.sites.map((site) => site.id)).toContain(vacancy.siteId);
      }
    });

    it('are spread over the groups like the open vacancies of 2013, cleaning the largest', () => {
      const totalOpen = OCCUPATION_GROUP_FIGURES.reduce((sum, group) => sum + group.openVacancies, 0);
      const perGroup = countBy(large.vacancies, (vacancy) => vacancy.occupationGroup);
      for (const group of OCCUPATION_GROUP_FIGURES) {
        const share = (perGroup.get(group.key) ?? 0) / large.vacancies.length;
        expect(Math.abs(share - group.openVacancies / totalOpen)).toBeLessThan(0.005);
      }
      const ranked = [...perGroup.entries()].sort((a, b) => b[1] - a[1]).map(([group]) => group);
      expect(ranked.slice(0, 3)).toEqual(['cleaning', 'construction', 'specialisedAdministration']);
      expect(rankedGroups(small.vacancies.map((vacancy) => vacancy.occupationGroup))[0]).toBe('cleaning');
    });

    it('name an ESCO occupation within the ISCO codes of their group', () => {
      const escoByCode = new Map(sources.escoOccupations.map((occupation) => [occupation.code, occupation]));
      for (const vacancy of large.vacancies) {
        expect(escoByCode.get(vacancy.escoCode)?.isco4).toBe(vacancy.iscoCode);
        const codes = OCCUPATION_GROUP_PROFILES[vacancy.occupationGroup].isco.codes;
        expect(codes.some((code) => vacancy.iscoCode.startsWith(code))).toBe(true);
      }
    });

    it('ask less Dutch for elementary jobs (A2–B1) than for professionals (B2–C1)', () => {
      for (const vacancy of large.vacancies) {
        const level = CEFR_ORDER.indexOf(vacancy.requiredDutchLevel);
        if (vacancy.iscoCode.startsWith('9')) expect(level).toBeLessThanOrEqual(CEFR_ORDER.indexOf('B1'));
        if (/^[12]/.test(vacancy.iscoCode)) expect(level).toBeGreaterThanOrEqual(CEFR_ORDER.indexOf('B2'));
      }
    });

    it('ask a diploma consistent with the job', () => {
      for (const vacancy of large.vacancies) {
        if (vacancy.iscoCode.startsWith('2')) expect(vacancy.minimumEducation).toBe('high');
        if (vacancy.iscoCode.startsWith('9')) expect(vacancy.minimumEducation).not.toBe('high');
        if (vacancy.programme === 'instapstage') expect(vacancy.minimumEducation).toBe('low');
      }
    });

    it('are mostly regular jobs, with a few instapstages, artikel 60, IBO and werkervaring places', () => {
      const programmes = countBy(large.vacancies, (vacancy) => vacancy.programme);
      expect((programmes.get('regular') ?? 0) / large.vacancies.length).toBeGreaterThan(0.8);
      for (const programme of ['instapstage', 'artikel60', 'ibo', 'werkervaring'] as const) {
        expect(programmes.get(programme)).toBeGreaterThan(0);
      }
      const employers = new Map(large.employers.map((employer) => [employer.id, employer]));
      for (const vacancy of large.vacancies.filter((candidate) => candidate.programme === 'werkervaring')) {
        expect(employers.get(vacancy.employerId)?.socialEconomy).toBe(true);
      }
    });

    it('are open on the reference date', () => {
      for (const vacancy of large.vacancies) {
        expect(vacancy.publishedAt <= DEMO_DEFAULTS.referenceDate).toBe(true);
        expect(vacancy.closingAt > DEMO_DEFAULTS.referenceDate).toBe(true);
      }
      const later = generateDemoData({ seed: 7, referenceDate: '2030-06-03' }, sources);
      expect(later.vacancies.every((vacancy) => vacancy.closingAt > '2030-06-03')).toBe(true);
    });

    it('flag shortage occupations where there are fewer than 4 job seekers per vacancy', () => {
      for (const vacancy of large.vacancies) {
        const group = OCCUPATION_GROUP_FIGURES.find((candidate) => candidate.key === vacancy.occupationGroup)!;
        expect(vacancy.shortageOccupation).toBe(tensionOf(group) < 4);
      }
      const flagged = new Set(large.vacancies.filter((v) => v.shortageOccupation).map((v) => v.occupationGroup));
      expect(flagged).toEqual(
        new Set([
          'ict',
          'technicalSupervisors',
          'salesRepresentatives',
          'industrialTechnicians',
          'bankingAndInsurance',
        ]),
      );
    });
  });

  describe('job seekers at scale 0.2 follow the 2013 figures within 3 percentage points', () => {
    it('education 46 / 31 / 23 %', () => {
      expectShares(large.jobSeekers, (seeker) => seeker.educationLevel, EDUCATION_SHARES);
    });

    it('age bands 21 / 62 / 18 %, normalised', () => {
      const referenceYear = Number(DEMO_DEFAULTS.referenceDate.slice(0, 4));
      expectShares(large.jobSeekers, (seeker) => ageBandOf(seeker.birthYear, referenceYear), AGE_BAND_SHARES);
    });

    it('unemployment duration 55 / 19 / 26 %', () => {
      expectShares(large.jobSeekers, (seeker) => seeker.unemploymentDuration, UNEMPLOYMENT_DURATION_SHARES);
    });

    it('living-wage clients 4,705 of 14,637, on the activation ladder per the OCMW split', () => {
      const clients = large.jobSeekers.filter((seeker) => seeker.livingWageClient);
      expect(Math.abs(clients.length / large.jobSeekers.length - LIVING_WAGE_SHARE)).toBeLessThan(
        THREE_PERCENTAGE_POINTS,
      );
      expectShares(clients, (seeker) => seeker.activationStep!, ACTIVATION_STEP_SHARES);
      expect(large.jobSeekers.every((seeker) => seeker.livingWageClient === (seeker.activationStep !== null))).toBe(
        true,
      );
    });

    it('main wished occupation group like the job seekers per group', () => {
      const totalSeekers = OCCUPATION_GROUP_FIGURES.reduce((sum, group) => sum + group.jobSeekers, 0);
      expectShares(
        large.jobSeekers,
        (seeker) => seeker.desiredOccupations[0].occupationGroup,
        Object.fromEntries(OCCUPATION_GROUP_FIGURES.map((group) => [group.key, group.jobSeekers / totalSeekers])),
      );
    });
  });

  describe('job seekers', () => {
    it('are mostly high-educated in ICT and mostly low-educated in cleaning', () => {
      const highShare = (group: string, level: string) => {
        const ofGroup = large.jobSeekers.filter((seeker) => seeker.desiredOccupations[0].occupationGroup === group);
        return ofGroup.filter((seeker) => seeker.educationLevel === level).length / ofGroup.length;
      };
      expect(highShare('ict', 'high')).toBeGreaterThan(0.5);
      expect(highShare('cleaning', 'low')).toBeGreaterThan(0.6);
    });

    it('live more in each belt wijk than in Drongen', () => {
      const perWijk = countBy(large.jobSeekers, (seeker) => seeker.homeWijkNumber);
      const drongen = perWijk.get(25) ?? 0;
      for (const wijk of BELT_WIJK_NUMBERS) expect(perWijk.get(wijk) ?? 0).toBeGreaterThan(2 * drongen);
      const inBelt = large.jobSeekers.filter((seeker) => BELT_WIJK_NUMBERS.includes(seeker.homeWijkNumber)).length;
      expect(inBelt / large.jobSeekers.length).toBeGreaterThan(0.3);
    });

    it('wish 1–3 distinct ESCO occupations of the right group', () => {
      const escoByCode = new Map(sources.escoOccupations.map((occupation) => [occupation.code, occupation]));
      for (const seeker of large.jobSeekers) {
        expect(seeker.desiredOccupations.length).toBeGreaterThanOrEqual(1);
        expect(seeker.desiredOccupations.length).toBeLessThanOrEqual(3);
        expect(new Set(seeker.desiredOccupations.map((wish) => wish.escoCode)).size).toBe(
          seeker.desiredOccupations.length,
        );
        for (const wish of seeker.desiredOccupations) {
          const isco4 = escoByCode.get(wish.escoCode)!.isco4;
          expect(
            OCCUPATION_GROUP_PROFILES[wish.occupationGroup].isco.codes.some((code) => isco4.startsWith(code)),
          ).toBe(true);
        }
      }
    });

    it('include newcomers learning Dutch, and language activation means learning Dutch', () => {
      const beginners = large.jobSeekers.filter((seeker) => ['A1', 'A2'].includes(seeker.dutchLevel));
      expect(beginners.length / large.jobSeekers.length).toBeGreaterThan(0.08);
      for (const seeker of large.jobSeekers.filter((s) => s.activationStep === 'languageActivation')) {
        expect(['A1', 'A2', 'B1']).toContain(seeker.dutchLevel);
        expect(seeker.learningDutch).toBe(true);
      }
    });

    it('have consistent mobility, dates and postcodes', () => {
      for (const seeker of large.jobSeekers) {
        if (seeker.transportMode === 'car') expect(seeker.drivingLicences).toContain('B');
        if (seeker.drivingLicences.length > 0) expect(seeker.drivingLicences[0]).toBe('B');
        expect(seeker.unemployedSince < DEMO_DEFAULTS.referenceDate).toBe(true);
        expect(seeker.unemploymentDuration).toBe(durationBand(seeker, DEMO_DEFAULTS.referenceDate));
        expect(seeker.homePostcode).toBe(wijkByNumber(seeker.homeWijkNumber).primaryPostcode);
      }
    });
  });

  it('only uses wijk numbers 1–25', () => {
    const wijken = [
      ...large.jobSeekers.map((seeker) => seeker.homeWijkNumber),
      ...large.employers.flatMap((employer) => employer.sites.map((site) => site.wijkNumber)),
    ];
    expect(wijken.every((wijk) => Number.isInteger(wijk) && wijk >= 1 && wijk <= 25)).toBe(true);
    expect(new Set(large.jobSeekers.map((seeker) => seeker.homeWijkNumber)).size).toBe(25);
  });

  // Its speed at the scale of the whole city is measured by bench/demo-data.bench.ts.

  it('covers every occupation group with ESCO occupations', () => {
    const groups = new Set(
      large.jobSeekers.flatMap((seeker) => seeker.desiredOccupations.map((w) => w.occupationGroup)),
    );
    expect([...groups].sort()).toEqual([...OCCUPATION_GROUP_KEYS].sort());
  });
});

function allIds(data: DemoData): string[] {
  return [
    ...data.employers.flatMap((employer) => [employer.id, ...employer.sites.map((site) => site.id)]),
    ...data.vacancies.map((vacancy) => vacancy.id),
    ...data.jobSeekers.map((seeker) => seeker.id),
  ];
}

function counts(data: DemoData): { jobSeekers: number; vacancies: number } {
  return { jobSeekers: data.jobSeekers.length, vacancies: data.vacancies.length };
}

function countBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, number> {
  const result = new Map<K, number>();
  for (const item of items) result.set(keyOf(item), (result.get(keyOf(item)) ?? 0) + 1);
  return result;
}

function rankedGroups(groups: readonly string[]): string[] {
  const perGroup = countBy(groups, (group) => group);
  return [...perGroup.entries()].sort((a, b) => b[1] - a[1]).map(([group]) => group);
}

function expectShares<T>(items: readonly T[], keyOf: (item: T) => string, expected: Readonly<Record<string, number>>) {
  const perKey = countBy(items, keyOf);
  expect([...perKey.keys()].filter((key) => !(key in expected))).toEqual([]);
  const tooFarOff = Object.entries(expected)
    .map(([key, share]) => ({ key, share, measured: (perKey.get(key) ?? 0) / items.length }))
    .filter(({ share, measured }) => Math.abs(measured - share) >= THREE_PERCENTAGE_POINTS);
  expect(tooFarOff).toEqual([]);
}

function durationBand(seeker: DemoJobSeeker, referenceDate: string): string {
  const days = (Date.parse(referenceDate) - Date.parse(seeker.unemployedSince)) / 86_400_000;
  if (days < 365) return 'underOneYear';
  return days < 730 ? 'oneToTwoYears' : 'twoYearsOrMore';
}

function collectKeys(value: unknown, keys: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      collectKeys(child, keys);
    }
  }
}
