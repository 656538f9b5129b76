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
  /** Ways to raise this factor, in the order to offer them when gains are equal. */
  improvements: ImprovementOption[];
}
