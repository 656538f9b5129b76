// The matching context's public surface: pure functions over plain data, no IO.
export type {
  Bilingual,
  CommuteMode,
  DiplomaRecognitionStatus,
  FactorExplanation,
  HardFilterName,
  HardFilterResult,
  MatchContext,
  MatchExplanation,
  MatchFactorName,
  MatchLabels,
  MatchLanguage,
  MatchProximity,
  MatchScore,
  MatchSeeker,
  MatchSeekerOccupation,
  MatchVacancy,
  MatchWeights,
  ScoreImprovement,
} from './match-model';

export { type Audience, audienceOf } from './audience';
export {
  buildMatchWeights,
  DEFAULT_MATCH_WEIGHTS,
  InvalidMatchWeightsError,
  MATCH_FACTOR_NAMES,
  matchWeightProblems,
  totalWeight,
  validateWeights,
} from './weights';
export { COMMUTE_SPEED_KMH, commuteRadiusKm, DEFAULT_MAX_COMMUTE_MINUTES } from './commute-radius';
export { hardFilters, OPEN_PROGRAMMES } from './hard-filters';
export { explainMatch, MAX_IMPROVEMENTS, scoreMatch } from './explain-match';
export { type ExplainedMatch, rankMatches } from './rank-matches';
export {
  distanceFactor,
  dutchFactor,
  educationFactor,
  type FactorResult,
  freshnessFactor,
  hoursFactor,
  type ImprovementOption,
  niceToHaveSkillsFactor,
  occupationFactor,
  otherLanguagesFactor,
  requiredSkillsFactor,
  shiftsFactor,
} from './factors';
