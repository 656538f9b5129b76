import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fittedEducationByGroup, overallMix } from './education-mix';
import {
  ACTIVATION_STEP_SHARES,
  AGE_BAND_PUBLISHED_PERCENT,
  AGE_BAND_SHARES,
  EDUCATION_SHARES,
  LIVING_WAGE_CLIENT_SPLIT_PERCENT,
  OCCUPATION_GROUP_FIGURES,
  tensionOf,
  UNEMPLOYMENT_DURATION_SHARES,
} from './figures';
import { OCCUPATION_GROUP_PROFILES } from './occupation-groups';
import { GHENT_WIJKEN, JOB_SEEKER_HOME_WEIGHTS, SITE_WEIGHTS } from './wijken';

const SEED_DATA_DIR = join(__dirname, '..', '..', 'data');

function readCsv(...path: string[]): Record<string, string>[] {
  return parse(readFileSync(join(SEED_DATA_DIR, ...path), 'utf8'), { columns: true, skip_empty_lines: true });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('figures', () => {
  it('match the occupation-group table copied from the policy note', () => {
    const rows = readCsv('demo', 'occupation-groups-ghent-2013.csv');
    expect(
      OCCUPATION_GROUP_FIGURES.map(({ nameNl, openVacancies, jobSeekers }) => ({ nameNl, openVacancies, jobSeekers })),
    ).toEqual(
      rows.map((row) => ({
        nameNl: row.occupation_group_nl,
        openVacancies: Number(row.open_vacancies),
        jobSeekers: Number(row.job_seekers),
      })),
    );
    // The published tension comes from unrounded averages; from the rounded table it is at most ~1.5 % off.
    for (const [index, row] of rows.entries()) {
      const relativeDifference = Math.abs(tensionOf(OCCUPATION_GROUP_FIGURES[index]) / Number(row.tension) - 1);
      expect(relativeDifference).toBeLessThan(0.02);
    }
  });

  it('have shares that sum to 1', () => {
    for (const shares of [EDUCATION_SHARES, AGE_BAND_SHARES, UNEMPLOYMENT_DURATION_SHARES, ACTIVATION_STEP_SHARES]) {
      expect(sum(Object.values(shares))).toBeCloseTo(1, 10);
    }
  });

  it('normalise the age bands, which are published as 101 %', () => {
    expect(sum(Object.values(AGE_BAND_PUBLISHED_PERCENT))).toBe(101);
    expect(AGE_BAND_SHARES.under25).toBeCloseTo(21 / 101, 10);
  });

  it('map the living-wage split onto the ladder, spreading the new clients', () => {
    expect(sum(Object.values(LIVING_WAGE_CLIENT_SPLIT_PERCENT))).toBe(99);
    const assessed = 99 - LIVING_WAGE_CLIENT_SPLIT_PERCENT.new;
    expect(ACTIVATION_STEP_SHARES.languageActivation).toBeCloseTo(26 / assessed, 10);
    expect(ACTIVATION_STEP_SHARES.workActivation).toBeCloseTo((24 + 10) / assessed, 10);
    expect(ACTIVATION_STEP_SHARES.guidanceToWork).toBeCloseTo(10 / assessed, 10);
  });
});

describe('education by occupation group', () => {
  const fitted = fittedEducationByGroup();

  it('adds up to the city-wide 46/31/23 %', () => {
    const total = overallMix(fitted);
    for (const level of ['low', 'mid', 'high'] as const) expect(total[level]).toBeCloseTo(EDUCATION_SHARES[level], 6);
  });

  it('keeps the character of each group', () => {
    expect(fitted.ict.high).toBeGreaterThan(0.5);
    expect(fitted.cleaning.low).toBeGreaterThan(0.6);
    expect(fitted.medicalDoctors.high).toBe(1);
  });
});

describe('wijken', () => {
  it('match seeds/data/geo/gent_wijken.csv', () => {
    const rows = readCsv('geo', 'gent_wijken.csv');
    expect(GHENT_WIJKEN).toEqual(
      rows.map((row) => ({
        number: Number(row.wijknr),
        name: row.wijk,
        primaryPostcode: row.postcode_primary_inferred,
      })),
    );
  });

  it('weigh only existing wijken', () => {
    const numbers = GHENT_WIJKEN.map((wijk) => wijk.number);
    expect(Object.keys(JOB_SEEKER_HOME_WEIGHTS).map(Number)).toEqual(numbers);
    for (const weights of Object.values(SITE_WEIGHTS)) {
      for (const number of Object.keys(weights).map(Number)) expect(numbers).toContain(number);
    }
  });
});

describe('occupation group profiles', () => {
  it('use the suggested ISCO mapping where it has the group', () => {
    const fromMapping = Object.entries(OCCUPATION_GROUP_PROFILES)
      .filter(([, profile]) => profile.isco.source === 'mapping')
      .map(([key]) => key);
    expect(fromMapping.sort()).toEqual(
      ['cleaning', 'construction', 'generalAdministration', 'goodsHandlers', 'ict', 'nursesAndCarers', 'sales'].sort(),
    );
  });

  it('give NACE classes as xx.xx and shares between 0 and 1', () => {
    for (const profile of Object.values(OCCUPATION_GROUP_PROFILES)) {
      for (const code of profile.naceCodes) expect(code).toMatch(/^\d{2}\.\d{2}$/);
      for (const share of [profile.partTimeShare, profile.interimShare, profile.socialEconomyShare]) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
  });
});
