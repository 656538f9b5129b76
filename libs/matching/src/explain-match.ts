import { FACTOR_FUNCTIONS, FACTOR_SEEKER_FIELDS, FactorInput, FactorResult } from './factors';
import { round1 } from './format';
import { hardFilters } from './hard-filters';
import {
  FactorExplanation,
  HardFilterResult,
  MatchContext,
  MatchExplanation,
  MatchFactorName,
  MatchScore,
  MatchProximity,
  MatchSeeker,
  MatchVacancy,
  ScoreImprovement,
} from './match-model';
import { MATCH_FACTOR_NAMES, totalWeight, validateWeights } from './weights';

/** More suggestions than this overwhelm someone reading on a phone; the largest gains come first. */
export const MAX_IMPROVEMENTS = 3;

type FactorResults = Record<MatchFactorName, FactorResult>;

function evaluateFactors(input: FactorInput): FactorResults {
  return Object.fromEntries(
    MATCH_FACTOR_NAMES.map((factor) => [factor, FACTOR_FUNCTIONS[factor](input)]),
  ) as FactorResults;
}

/** The results for a changed person: only factors that read a changed field run again (ranking runs this often). */
function reevaluateFactors(input: FactorInput, results: FactorResults, changed: (keyof MatchSeeker)[]): FactorResults {
  const rerun = MATCH_FACTOR_NAMES.filter((factor) =>
    FACTOR_SEEKER_FIELDS[factor].some((field) => changed.includes(field)),
  );
  const updated = { ...results };
  for (const factor of rerun) updated[factor] = FACTOR_FUNCTIONS[factor](input);
  return updated;
}

/** Exact points (not rounded) each factor adds. */
function exactContributions(results: FactorResults, context: MatchContext): number[] {
  const total = totalWeight(context.weights);
  return MATCH_FACTOR_NAMES.map((factor) => (context.weights[factor] * results[factor].value * 100) / total);
}

function exactScoreOf(results: FactorResults, context: MatchContext): number {
  return exactContributions(results, context).reduce((sum, points) => sum + points, 0);
}

/**
 * Contributions rounded to tenths so that they add up to the displayed score exactly (largest remainder):
 * rounding each one on its own could leave the parts 0.5 away from the whole, which a reader would notice.
 * Each contribution stays within 0.1 of its exact value.
 */
function apportionContributions(exact: number[], score: number): number[] {
  const tenths = exact.map((points) => points * 10);
  const floors = tenths.map((value) => Math.floor(value + 1e-9));
  let remainder = Math.round(score * 10) - floors.reduce((sum, value) => sum + value, 0);
  const order = tenths
    .map((value, index) => ({ index, fraction: value - floors[index] }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of order) {
    if (remainder <= 0) break;
    floors[index] += 1;
    remainder -= 1;
  }
  // Only reachable through floating-point noise just below a whole tenth; take it back from the smallest parts.
  for (const { index } of [...order].reverse()) {
    if (remainder >= 0) break;
    floors[index] -= 1;
    remainder += 1;
  }
  return floors.map((value) => value / 10);
}

function improvementsFor(input: FactorInput, results: FactorResults, exactScore: number): ScoreImprovement[] {
  const options = MATCH_FACTOR_NAMES.flatMap((factor) =>
    input.context.weights[factor] > 0 ? results[factor].improvements.map((option) => ({ factor, option })) : [],
  );
  const improvements: ScoreImprovement[] = [];
  for (const { factor, option } of options) {
    const improvedSeeker = { ...input.seeker, ...option.change };
    const changed = Object.keys(option.change) as (keyof MatchSeeker)[];
    const improvedResults = reevaluateFactors({ ...input, seeker: improvedSeeker }, results, changed);
    const improvedScore = exactScoreOf(improvedResults, input.context);
    // From the unrounded scores: "Dutch B1 adds 6 points" should not become 5.9 or 6.1 depending on where
    // today's score happens to round. The displayed scores then differ by the gain ± 0.1.
    const gain = round1(improvedScore - exactScore);
    if (gain > 0) improvements.push({ factor, gain, suggestion: option.suggestion(gain) });
  }
  // Array.prototype.sort is stable: equal gains keep the factor order and the vacancy's skill order.
  return improvements.sort((a, b) => b.gain - a.gain).slice(0, MAX_IMPROVEMENTS);
}

interface Scored {
  input: FactorInput;
  filters: HardFilterResult[];
  results: FactorResults;
  exact: number[];
  exactScore: number;
}

function scoreOf(seeker: MatchSeeker, vacancy: MatchVacancy, proximity: MatchProximity, context: MatchContext): Scored {
  validateWeights(context.weights);
  const input: FactorInput = { seeker, vacancy, proximity, context };
  const filters = hardFilters(seeker, vacancy, proximity, context);
  const results = evaluateFactors(input);
  const exact = exactContributions(results, context);
  return { input, filters, results, exact, exactScore: exact.reduce((sum, points) => sum + points, 0) };
}

/**
 * The score alone, for ranking a pool: the same numbers explainMatch gives (both come from scoreOf), without
 * the per-factor breakdown and the suggestions, which re-score the person once per option and cost most of
 * the time. Services rank the whole pool with this and explain only the page they show.
 */
export function scoreMatch(
  seeker: MatchSeeker,
  vacancy: MatchVacancy,
  proximity: MatchProximity,
  context: MatchContext,
): MatchScore {
  const { filters, exactScore } = scoreOf(seeker, vacancy, proximity, context);
  return { score: round1(exactScore), eligible: filters.every((filter) => filter.passed), hardFilters: filters };
}

/**
 * The score of one person for one vacancy, with everything needed to explain it: the hard filters, each
 * factor's value, weight and points, a reason per factor and what would raise the score.
 */
export function explainMatch(
  seeker: MatchSeeker,
  vacancy: MatchVacancy,
  proximity: MatchProximity,
  context: MatchContext,
): MatchExplanation {
  const { input, filters, results, exact, exactScore } = scoreOf(seeker, vacancy, proximity, context);
  const score = round1(exactScore);
  const contributions = apportionContributions(exact, score);
  const factors: FactorExplanation[] = MATCH_FACTOR_NAMES.map((factor, index) => ({
    factor,
    value: results[factor].value,
    weight: context.weights[factor],
    contribution: contributions[index],
    reason: results[factor].reason,
    informative: results[factor].informative,
  }));
  return {
    score,
    eligible: filters.every((filter) => filter.passed),
    hardFilters: filters,
    factors,
    improvements: improvementsFor(input, results, exactScore),
  };
}
