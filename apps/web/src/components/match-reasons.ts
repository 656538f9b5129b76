import type { Schemas } from '../api/client';

type Factor = Schemas['FactorView'];

/**
 * A factor where the job asks nothing ("Deze job vraagt geen bepaalde vaardigheden."): full marks, yet it tells
 * the reader nothing about this match. libs/matching marks these itself, so no wording is parsed here.
 */
export function isFiller(factor: Factor): boolean {
  return !factor.informative;
}

/** How much a factor says about this job: the points it adds, or the points it misses, whichever is larger. */
function weightOf(factor: Factor): number {
  const gap = factor.weight * (1 - factor.value);
  return Math.max(factor.contribution, gap);
}

/**
 * The reasons shown under "Waarom deze job?": the informative factors first (largest contribution or largest
 * gap), fillers only when fewer than `count` informative ones are left.
 */
export function topReasons(factors: readonly Factor[], count = 3): Factor[] {
  const ranked = [...factors].sort((a, b) => weightOf(b) - weightOf(a));
  const informative = ranked.filter((f) => !isFiller(f));
  const fillers = ranked.filter(isFiller);
  return [...informative, ...fillers].slice(0, count);
}
