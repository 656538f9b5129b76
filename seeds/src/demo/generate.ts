// Demo data for the platform: employers, vacancies and job seekers whose distributions follow the real Ghent figures
// (figures.ts). Pure and deterministic: the same options and sources give the same records, with the same ids, on
// every run, so the demo seed step can upsert them. No IO here; load-demo-sources.ts reads the ESCO file.

import type { DemoData, IsoDate } from './demo-types';
import { assertIsoDate } from './dates';
import { generateEmployers } from './employers';
import { buildEscoCatalogue, EscoOccupationRef } from './esco-catalogue';
import {
  GHENT_JOB_SEEKERS_2013,
  GHENT_OPEN_VACANCIES_2013,
  OCCUPATION_GROUP_FIGURES,
  OccupationGroupKey,
} from './figures';
import { generateJobSeekers } from './job-seekers';
import { allocateByLargestRemainder } from './quota';
import { createRandom } from './random';
import { generateVacancies } from './vacancies';

export type * from './demo-types';
export type { EscoOccupationRef } from './esco-catalogue';

export interface DemoOptions {
  /** Any integer; the same seed gives the same data. */
  seed: number;
  /** Fraction of the real city: 1 = 14,637 job seekers and 2,311 vacancies. Default 0.05. */
  scale?: number;
  /** The day the data is "now": vacancies are open on it, ages and durations count to it. Default 2026-01-05. */
  referenceDate?: IsoDate;
}

export interface DemoSources {
  /** The ESCO occupations (seeds/data/taxonomy/occupations_nl_slim.csv). */
  escoOccupations: readonly EscoOccupationRef[];
}

export const DEMO_DEFAULTS = { seed: 2013, scale: 0.05, referenceDate: '2026-01-05' } as const;

export function demoCounts(scale: number): { jobSeekers: number; vacancies: number } {
  return {
    jobSeekers: Math.round(GHENT_JOB_SEEKERS_2013 * scale),
    vacancies: Math.round(GHENT_OPEN_VACANCIES_2013 * scale),
  };
}

export function generateDemoData(options: DemoOptions, sources: DemoSources): DemoData {
  const { seed, scale = DEMO_DEFAULTS.scale, referenceDate = DEMO_DEFAULTS.referenceDate } = options;
  if (!(scale > 0 && Number.isFinite(scale))) throw new Error(`Scale must be a positive number, got ${scale}`);
  assertIsoDate(referenceDate);

  const counts = demoCounts(scale);
  const catalogue = buildEscoCatalogue(sources.escoOccupations);
  // Exact quotas, so that cleaning is the largest group at every scale.
  const vacancyCounts = allocateByLargestRemainder(
    Object.fromEntries(OCCUPATION_GROUP_FIGURES.map(({ key, openVacancies }) => [key, openVacancies])) as Record<
      OccupationGroupKey,
      number
    >,
    counts.vacancies,
  );
  const employers = generateEmployers(createRandom(seed, 'employers'), vacancyCounts);
  const vacancies = generateVacancies(createRandom(seed, 'vacancies'), {
    employers,
    vacancyCounts,
    catalogue,
    referenceDate,
  });
  const jobSeekers = generateJobSeekers(createRandom(seed, 'job-seekers'), {
    count: counts.jobSeekers,
    catalogue,
    referenceDate,
  });
  return { employers, vacancies, jobSeekers };
}
