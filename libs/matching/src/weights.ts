import { MatchFactorName, MatchWeights } from './match-model';

/** Every factor, in the order explanations list them. */
export const MATCH_FACTOR_NAMES: readonly MatchFactorName[] = [
  'occupation',
  'requiredSkills',
  'niceToHaveSkills',
  'dutch',
  'otherLanguages',
  'education',
  'hours',
  'shifts',
  'distance',
  'freshness',
];

/**
 * Sum 100, so a weight reads as "points out of 100 when fully met".
 * Occupation leads: a job in a trade the person does not want is not a match, however close it is.
 * Required skills and distance come next: skills decide whether the person can do the job, and the
 * policy is neighbourhood-first (people far from the labour market rarely take a long commute).
 * Dutch weighs more than other languages because most Ghent jobs need some Dutch and NT2 learners are
 * a large group; it stays below occupation so that a language gap lowers a match rather than hiding it.
 * Hours, shifts, education and freshness refine the order among jobs that already fit.
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  occupation: 30,
  requiredSkills: 15,
  niceToHaveSkills: 5,
  dutch: 12,
  otherLanguages: 3,
  education: 8,
  hours: 5,
  shifts: 4,
  distance: 15,
  freshness: 3,
});

export class InvalidMatchWeightsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid match weights: ${problems.join('; ')}`);
    this.name = 'InvalidMatchWeightsError';
  }
}

/** What is wrong with a set of weights; empty when they can be used. */
export function matchWeightProblems(weights: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(weights)) {
    if (!(MATCH_FACTOR_NAMES as readonly string[]).includes(key)) problems.push(`unknown factor "${key}"`);
  }
  let positive = 0;
  for (const factor of MATCH_FACTOR_NAMES) {
    const weight = weights[factor];
    if (typeof weight !== 'number' || !Number.isFinite(weight)) {
      problems.push(`${factor} must be a finite number`);
    } else if (weight < 0) {
      problems.push(`${factor} must not be negative`);
    } else if (weight > 0) {
      positive += 1;
    }
  }
  if (positive === 0 && problems.length === 0) problems.push('at least one weight must be above 0');
  return problems;
}

/** Throws when the weights cannot be used: a score divided by a zero total, or a typo silently ignored. */
export function validateWeights(weights: Record<string, unknown>): MatchWeights {
  const problems = matchWeightProblems(weights);
  if (problems.length > 0) throw new InvalidMatchWeightsError(problems);
  return weights as MatchWeights;
}

/** Weights from configuration that names only the factors it changes; the rest keep their default. */
export function buildMatchWeights(overrides: Partial<Record<string, number>> = {}): MatchWeights {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, weight]) => weight !== undefined));
  return validateWeights({ ...DEFAULT_MATCH_WEIGHTS, ...defined });
}

export function totalWeight(weights: MatchWeights): number {
  return MATCH_FACTOR_NAMES.reduce((sum, factor) => sum + weights[factor], 0);
}
