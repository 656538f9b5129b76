// Education depends on the occupation someone looks for (ICT mostly high, cleaning mostly low), yet all groups
// together must still meet the city-wide 46/31/23 %. Iterative proportional fitting scales each group's prior mix by
// one factor per education level until the job-seeker-weighted total matches the figures.

import type { EducationLevel } from './demo-types';
import { EDUCATION_SHARES, OCCUPATION_GROUP_FIGURES, OccupationGroupKey } from './figures';
import { OCCUPATION_GROUP_PROFILES } from './occupation-groups';

const LEVELS: readonly EducationLevel[] = ['low', 'mid', 'high'];

export type EducationMix = Record<EducationLevel, number>;

/** P(education | group), fitted so that the job-seeker-weighted mean equals EDUCATION_SHARES. */
export function fittedEducationByGroup(): Record<OccupationGroupKey, EducationMix> {
  const factors: EducationMix = { low: 1, mid: 1, high: 1 };
  let fitted = fitWith(factors);
  for (let iteration = 0; iteration < 200; iteration++) {
    const total = overallMix(fitted);
    for (const level of LEVELS) factors[level] *= EDUCATION_SHARES[level] / total[level];
    fitted = fitWith(factors);
  }
  return fitted;
}

/** The education mix of all job seekers together, each group weighted by its number of job seekers. */
export function overallMix(byGroup: Readonly<Record<OccupationGroupKey, EducationMix>>): EducationMix {
  const totalSeekers = OCCUPATION_GROUP_FIGURES.reduce((sum, group) => sum + group.jobSeekers, 0);
  const mix: EducationMix = { low: 0, mid: 0, high: 0 };
  for (const group of OCCUPATION_GROUP_FIGURES) {
    for (const level of LEVELS) mix[level] += (group.jobSeekers / totalSeekers) * byGroup[group.key][level];
  }
  return mix;
}

function fitWith(factors: EducationMix): Record<OccupationGroupKey, EducationMix> {
  const entries = OCCUPATION_GROUP_FIGURES.map(({ key }) => {
    const prior = OCCUPATION_GROUP_PROFILES[key].seekerEducation;
    const scaled = LEVELS.map((level) => prior[level] * factors[level]);
    const sum = scaled.reduce((total, value) => total + value, 0);
    return [key, { low: scaled[0] / sum, mid: scaled[1] / sum, high: scaled[2] / sum }];
  });
  return Object.fromEntries(entries) as Record<OccupationGroupKey, EducationMix>;
}
