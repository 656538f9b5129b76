import { Bilingual, MatchSeeker } from '../match-model';

/**
 * A change the person could make, described as the profile they would then have. explainMatch re-scores that
 * profile, so the promised gain is always exactly what the score would do, never an estimate.
 */
export interface ImprovementOption {
  change: Partial<MatchSeeker>;
  /** The suggestion, given the gain in points. */
  suggestion: (gain: number) => Bilingual;
}

export interface FactorResult {
  /** 0..1: how well this factor is met. */
  value: number;
  reason: Bilingual;
  /**
   * False for a filler: the job asks nothing on this factor, so the full marks say nothing about this match.
   * Screens show fillers only when too few informative reasons are left.
   */
  informative: boolean;
  /** Ways to raise this factor, in the order to offer them when gains are equal. */
  improvements: ImprovementOption[];
}

/** The job asks nothing on this factor ("Deze job vraagt geen diploma."): full marks, and a filler. */
export function nothingAsked(reason: Bilingual): FactorResult {
  return { value: 1, reason, informative: false, improvements: [] };
}
