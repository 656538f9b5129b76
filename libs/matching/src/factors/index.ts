import { audienceOf } from '../audience';
import { MatchContext, MatchFactorName, MatchProximity, MatchSeeker, MatchVacancy } from '../match-model';
import { dutchFactor } from './dutch';
import { educationFactor } from './education';
import { FactorResult } from './factor-result';
import { freshnessFactor } from './freshness';
import { hoursFactor } from './hours';
import { niceToHaveSkillsFactor } from './nice-to-have-skills';
import { occupationFactor } from './occupation';
import { otherLanguagesFactor } from './other-languages';
import { requiredSkillsFactor } from './required-skills';
import { shiftsFactor } from './shifts';
import { distanceFactor } from './distance';

export interface FactorInput {
  seeker: MatchSeeker;
  vacancy: MatchVacancy;
  proximity: MatchProximity;
  context: MatchContext;
}

/** One function per factor, in one place, so explainMatch cannot forget one (the Record demands all). */
export const FACTOR_FUNCTIONS: Readonly<Record<MatchFactorName, (input: FactorInput) => FactorResult>> = {
  occupation: ({ seeker, vacancy, context }) =>
    occupationFactor(seeker, vacancy, context.labels, audienceOf(context.direction)),
  requiredSkills: ({ seeker, vacancy, context }) =>
    requiredSkillsFactor(seeker, vacancy, context.labels, audienceOf(context.direction)),
  niceToHaveSkills: ({ seeker, vacancy, context }) =>
    niceToHaveSkillsFactor(seeker, vacancy, context.labels, audienceOf(context.direction)),
  dutch: ({ seeker, vacancy, context }) => dutchFactor(seeker, vacancy, audienceOf(context.direction)),
  otherLanguages: ({ seeker, vacancy, context }) =>
    otherLanguagesFactor(seeker, vacancy, audienceOf(context.direction)),
  education: ({ seeker, vacancy, context }) => educationFactor(seeker, vacancy, audienceOf(context.direction)),
  hours: ({ seeker, vacancy, context }) => hoursFactor(seeker, vacancy, audienceOf(context.direction)),
  shifts: ({ seeker, vacancy, context }) => shiftsFactor(seeker, vacancy, audienceOf(context.direction)),
  distance: ({ seeker, proximity, context }) => distanceFactor(seeker, proximity, audienceOf(context.direction)),
  freshness: ({ vacancy, context }) => freshnessFactor(vacancy, context.today),
};

/**
 * The person's fields each factor reads. Re-scoring a suggested change only re-runs the factors it touches;
 * factors.spec.ts checks that no factor reads a field it does not declare here.
 */
export const FACTOR_SEEKER_FIELDS: Readonly<Record<MatchFactorName, readonly (keyof MatchSeeker)[]>> = {
  occupation: ['desiredOccupations'],
  requiredSkills: ['skillIds'],
  niceToHaveSkills: ['skillIds'],
  dutch: ['dutchLevel'],
  otherLanguages: ['dutchLevel', 'otherLanguages'],
  education: ['educationLevel', 'diplomaRecognition'],
  hours: ['hoursPerWeekMin', 'hoursPerWeekMax'],
  shifts: ['shifts'],
  distance: ['maxCommuteKm', 'maxCommuteMinutes', 'transportModes'],
  freshness: [],
};

export type { FactorResult, ImprovementOption } from './factor-result';
export { dutchFactor } from './dutch';
export { educationFactor, RECOGNITION_IN_PROGRESS_VALUE } from './education';
export { freshnessFactor, FRESHNESS_DAYS_TO_FLOOR, FRESHNESS_FLOOR, UNKNOWN_FRESHNESS_VALUE } from './freshness';
export { hoursFactor, HOURS_GAP_TO_ZERO } from './hours';
export { niceToHaveSkillsFactor } from './nice-to-have-skills';
export {
  experienceBonus,
  occupationFactor,
  OCCUPATION_RELATION_VALUE,
  wishRankFactor,
  MAX_EXPERIENCE_BONUS,
} from './occupation';
export { otherLanguagesFactor } from './other-languages';
export { requiredSkillsFactor } from './required-skills';
export { shiftsFactor } from './shifts';
export {
  distanceFactor,
  NEARBY_START_VALUE,
  NEIGHBOURING_NEIGHBOURHOOD_VALUE,
  SAME_NEIGHBOURHOOD_VALUE,
  UNKNOWN_DISTANCE_VALUE,
} from './distance';
