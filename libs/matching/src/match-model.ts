/**
 * What the matching functions read and return. Plain data only: the callers (libs/search) map records
 * and index documents into these shapes, so matching has no IO and no dependency on how records are stored.
 *
 * Deliberately absent from MatchSeeker: name, contact, exact address, date of birth or exact age, origin,
 * nationality, gender, religion, disability, welfare status. What the programme rules need of those arrives
 * only as the list of programmes the person is eligible for, computed by the caller.
 */
import type { CefrLevelCode, EducationLevelCode } from '@werkpunt/taxonomy';

/** Dutch and English side by side: every reason and suggestion is shown in the reader's language. */
export interface Bilingual {
  nl: string;
  en: string;
}

export interface MatchLanguage {
  /** ISO 639-1, lower case ("fr", "en", "ar"). */
  language: string;
  level: CefrLevelCode;
}

export interface MatchSeekerOccupation {
  /** ESCO occupation id. */
  occupationId: string;
  /** ISCO-08 unit group (4 digits) of that occupation. */
  iscoCode: string;
  /** 1 = most wanted. */
  rank: number;
  experienceMonths: number;
}

export type DiplomaRecognitionStatus = 'not_needed' | 'in_progress' | 'recognised';

/** Modes a person may use to get to work; they decide how far the maximum commute in minutes reaches. */
export type CommuteMode = 'walk' | 'bike' | 'e_bike' | 'public_transport' | 'car' | 'moped';

export interface MatchSeeker {
  /** The job seeker's account id (for results; never read by the score). */
  id: string;
  desiredOccupations: MatchSeekerOccupation[];
  skillIds: string[];
  educationLevel: EducationLevelCode;
  diplomaRecognition: DiplomaRecognitionStatus;
  /** null: no Dutch yet. */
  dutchLevel: CefrLevelCode | null;
  otherLanguages: MatchLanguage[];
  /** Licence categories held: 'B', 'C', ... */
  drivingLicences: string[];
  transportModes: CommuteMode[];
  maxCommuteMinutes: number | null;
  maxCommuteKm: number | null;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  /** 'day' | 'evening' | 'night' | 'weekend' */
  shifts: string[];
  /** 'YYYY-MM-DD'; null: right away. */
  availableFrom: string | null;
  /** Wijknr of the home wijk. */
  homeNeighbourhoodId: number;
  /**
   * Vacancy programme codes with an entry rule that this person meets ('instapstage', 'artikel_60').
   * Programmes without an entry rule (regular, ibo, werkervaring, brugproject, internship) are open to all.
   */
  eligibleProgrammes: string[];
  /** Availability is 'active'. */
  active: boolean;
  /** Consent "visible to employers as an anonymised profile". */
  visibleToEmployers: boolean;
}

export interface MatchVacancy {
  id: string;
  occupationId: string;
  /** ISCO-08 unit group of the vacancy's occupation. */
  iscoCode: string;
  requiredSkillIds: string[];
  niceToHaveSkillIds: string[];
  /** 'none' | 'low' | 'mid' | 'high' */
  minimumEducation: 'none' | EducationLevelCode;
  /** null: no Dutch needed. */
  dutchLevel: CefrLevelCode | null;
  otherLanguages: MatchLanguage[];
  /** All of these are required. */
  drivingLicences: string[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  shifts: string[];
  /** 'regular' | 'instapstage' | 'artikel_60' | 'ibo' | 'werkervaring' | 'brugproject' | 'internship' */
  programme: string;
  /** Status is 'published'. */
  open: boolean;
  /** null: outside Ghent. */
  neighbourhoodId: number | null;
  /** ISO timestamp of first publication (freshness). */
  publishedAt: string | null;
  /** 'YYYY-MM-DD' or null. */
  startDate: string | null;
}

/** Where the job is from the person's home, computed by the caller from the geo context. */
export interface MatchProximity {
  /** Straight-line km from the home wijk's centre to the job; null when the job has no location. */
  distanceKm: number | null;
  sameNeighbourhood: boolean;
  /** The job's wijk shares a border with the home wijk. */
  neighbouringNeighbourhood: boolean;
  /** Names for the reasons ("Rabot-Blaisantvest"); optional. */
  jobNeighbourhoodName?: string | null;
}

export type MatchFactorName =
  | 'occupation'
  | 'requiredSkills'
  | 'niceToHaveSkills'
  | 'dutch'
  | 'otherLanguages'
  | 'education'
  | 'hours'
  | 'shifts'
  | 'distance'
  | 'freshness';

/** How much each factor counts; the score is Σ weight × value / Σ weights × 100. */
export type MatchWeights = Record<MatchFactorName, number>;

export type HardFilterName =
  'vacancyOpen' | 'seekerActive' | 'programmeEligibility' | 'drivingLicence' | 'maxCommute' | 'consent';

export interface HardFilterResult {
  filter: HardFilterName;
  passed: boolean;
  reason: Bilingual;
}

export interface FactorExplanation {
  factor: MatchFactorName;
  /** 0..1: how well this factor is met. */
  value: number;
  weight: number;
  /** Points out of 100 this factor adds to the score. */
  contribution: number;
  reason: Bilingual;
  /**
   * False for a filler: the job asks nothing on this factor ("Deze job vraagt geen diploma."), so its full
   * marks say nothing about this match. Set by the factor itself, so screens need not parse the wording.
   */
  informative: boolean;
}

export interface ScoreImprovement {
  factor: MatchFactorName;
  /** Points the score would rise by. */
  gain: number;
  suggestion: Bilingual;
}

/** What ranking needs: the score and whether every hard filter passed (explainMatch adds the why). */
export interface MatchScore {
  /** 0..100, rounded to one decimal. */
  score: number;
  /** False when any hard filter failed (then the result is not shown, but the reason can be). */
  eligible: boolean;
  hardFilters: HardFilterResult[];
}

export interface MatchExplanation extends MatchScore {
  factors: FactorExplanation[];
  improvements: ScoreImprovement[];
}

/** Labels for reasons: skill id → names; occupation id → names. Missing labels fall back to the id. */
export interface MatchLabels {
  skills?: Record<string, Bilingual>;
  occupations?: Record<string, Bilingual>;
}

export interface MatchContext {
  /** The day of the match, 'YYYY-MM-DD' (Ghent), for freshness and start dates. */
  today: string;
  weights: MatchWeights;
  /**
   * Who asks: an employer's search also applies the consent filter, and its reasons speak about the candidate
   * ("De kandidaat woont …") instead of to the person ("Je woont …"); see audienceOf.
   */
  direction: 'vacancies-for-seeker' | 'candidates-for-vacancy';
  labels?: MatchLabels;
}
