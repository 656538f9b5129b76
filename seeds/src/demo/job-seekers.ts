// Job seekers: education, age band, unemployment duration and the living-wage flag come from exact quotas of the real
// figures; the wished occupation follows the job seekers per group and the person's education. The language, mobility
// and availability mixes are plausible assumptions, not published figures.

import type {
  ActivationStep,
  AgeBand,
  CefrLevel,
  DemoJobSeeker,
  DesiredOccupation,
  DrivingLicence,
  EducationLevel,
  IsoDate,
  LanguageSkill,
  Shift,
  TransportMode,
  UnemploymentDuration,
} from './demo-types';
import { addDays, yearOf } from './dates';
import { fittedEducationByGroup } from './education-mix';
import { EscoCatalogue } from './esco-catalogue';
import {
  ACTIVATION_STEP_SHARES,
  AGE_BAND_SHARES,
  EDUCATION_SHARES,
  LIVING_WAGE_SHARE,
  OCCUPATION_GROUP_FIGURES,
  OccupationGroupKey,
  UNEMPLOYMENT_DURATION_SHARES,
} from './figures';
import { demoId } from './ids';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { OCCUPATION_GROUP_PROFILES } from './occupation-groups';
import { quotaDeck } from './quota';
import { Random, Weighted, weightedEntries, weightedPicker } from './random';
import { JOB_SEEKER_HOME_WEIGHTS, wijkByNumber } from './wijken';

const AGE_RANGES: Readonly<Record<AgeBand, { min: number; max: number }>> = {
  under25: { min: 18, max: 24 },
  from25To49: { min: 25, max: 49 },
  from50: { min: 50, max: 64 },
};

/** Newcomers learning Dutch at A1–A2 next to people who grew up with it (C2). */
const DUTCH_LEVEL_WEIGHTS: readonly Weighted<CefrLevel>[] = [
  ['A1', 3],
  ['A2', 6],
  ['B1', 11],
  ['B2', 14],
  ['C1', 16],
  ['C2', 50],
];

/** Language activation on the OCMW ladder means learning Dutch first. */
const LANGUAGE_ACTIVATION_DUTCH_WEIGHTS: readonly Weighted<CefrLevel>[] = [
  ['A1', 35],
  ['A2', 40],
  ['B1', 25],
];

const LEARNING_DUTCH_SHARE: Readonly<Record<CefrLevel, number>> = { A1: 0.8, A2: 0.8, B1: 0.4, B2: 0, C1: 0, C2: 0 };

const OTHER_LANGUAGE_WEIGHTS: readonly Weighted<string>[] = [
  ['en', 40],
  ['fr', 35],
  ['de', 5],
  ['es', 4],
  ['tr', 8],
  ['ar', 8],
  ['bg', 5],
  ['sk', 4],
  ['pl', 3],
  ['ro', 3],
  ['ru', 3],
  ['pt', 2],
  ['fa', 2],
  ['so', 1],
  ['ti', 1],
];

const OTHER_LANGUAGE_LEVEL_WEIGHTS: readonly Weighted<CefrLevel>[] = [
  ['A2', 20],
  ['B1', 30],
  ['B2', 30],
  ['C1', 15],
  ['C2', 5],
];

const OTHER_LANGUAGE_COUNT_WEIGHTS: Readonly<Record<EducationLevel, readonly Weighted<number>[]>> = {
  low: [
    [0, 35],
    [1, 45],
    [2, 20],
  ],
  mid: [
    [0, 20],
    [1, 45],
    [2, 30],
    [3, 5],
  ],
  high: [
    [0, 5],
    [1, 35],
    [2, 45],
    [3, 15],
  ],
};

const DESIRED_OCCUPATION_COUNT_WEIGHTS: readonly Weighted<number>[] = [
  [1, 45],
  [2, 35],
  [3, 20],
];

/** Chance of a car licence (B); young and low-educated job seekers have one less often. */
const CAR_LICENCE_SHARE: Readonly<Record<AgeBand, number>> = { under25: 0.35, from25To49: 0.6, from50: 0.65 };
const LOW_EDUCATION_LICENCE_FACTOR = 0.8;
const CAR_USE_SHARE_OF_LICENCE_HOLDERS = 0.7;

const TRANSPORT_WITHOUT_CAR: readonly Weighted<TransportMode>[] = [
  ['bike', 45],
  ['publicTransport', 45],
  ['walk', 10],
];

const MAX_COMMUTE_MINUTES: Readonly<Record<TransportMode, readonly number[]>> = {
  walk: [15, 20, 30],
  bike: [15, 20, 30, 45],
  publicTransport: [30, 45, 60],
  car: [30, 45, 60],
};

const AVAILABLE_HOURS_WEIGHTS: readonly Weighted<number>[] = [
  [38, 60],
  [30, 14],
  [24, 12],
  [19, 14],
];

const EXTRA_SHIFT_SHARES: Readonly<Record<Exclude<Shift, 'day'>, number>> = {
  evening: 0.45,
  night: 0.2,
  weekend: 0.35,
};

/** Extra wishes stay in the same group this often; otherwise they are another group fitting the person's education. */
const SAME_GROUP_SHARE = 0.6;

export interface JobSeekerInputs {
  count: number;
  catalogue: EscoCatalogue;
  referenceDate: IsoDate;
}

export function generateJobSeekers(
  random: Random,
  { count, catalogue, referenceDate }: JobSeekerInputs,
): DemoJobSeeker[] {
  const educations = quotaDeck(random, EDUCATION_SHARES, count);
  const ageBands = quotaDeck(random, AGE_BAND_SHARES, count);
  const durations = quotaDeck(random, UNEMPLOYMENT_DURATION_SHARES, count);
  const livingWage = quotaDeck(random, { yes: LIVING_WAGE_SHARE, no: 1 - LIVING_WAGE_SHARE }, count);
  const steps = quotaDeck(random, ACTIVATION_STEP_SHARES, livingWage.filter((flag) => flag === 'yes').length);
  const pickGroup = groupPickersByEducation();
  const pickHomeWijk = weightedPicker(
    Object.entries(JOB_SEEKER_HOME_WEIGHTS).map(([number, weight]) => [Number(number), weight] as const),
  );
  const referenceYear = yearOf(referenceDate);

  const seekers: DemoJobSeeker[] = [];
  for (let index = 0; index < count; index++) {
    const educationLevel = educations[index];
    const ageBand = ageBands[index];
    const age = random.int(AGE_RANGES[ageBand].min, AGE_RANGES[ageBand].max);
    const activationStep = livingWage[index] === 'yes' ? steps.pop()! : null;
    const { dutchLevel, learningDutch } = dutchFor(random, activationStep);
    const desiredOccupations = desiredOccupationsFor(random, pickGroup[educationLevel], catalogue);
    const drivingLicences = licencesFor(random, ageBand, educationLevel, desiredOccupations[0].occupationGroup);
    const transportMode =
      drivingLicences.includes('B') && random.chance(CAR_USE_SHARE_OF_LICENCE_HOLDERS)
        ? 'car'
        : random.weightedPick(TRANSPORT_WITHOUT_CAR);
    const homeWijkNumber = pickHomeWijk(random);
    seekers.push({
      id: demoId('job-seeker', index),
      firstName: random.pick(FIRST_NAMES),
      lastName: random.pick(LAST_NAMES),
      birthYear: referenceYear - age,
      educationLevel,
      unemploymentDuration: durations[index],
      unemployedSince: addDays(referenceDate, -unemployedDays(random, durations[index], age)),
      desiredOccupations,
      dutchLevel,
      learningDutch,
      otherLanguages: otherLanguagesFor(random, educationLevel, dutchLevel),
      drivingLicences,
      transportMode,
      maxCommuteMinutes: random.pick(MAX_COMMUTE_MINUTES[transportMode]),
      availableHoursPerWeek: random.weightedPick(AVAILABLE_HOURS_WEIGHTS),
      availableShifts: availableShifts(random),
      homeWijkNumber,
      homePostcode: wijkByNumber(homeWijkNumber).primaryPostcode,
      livingWageClient: activationStep !== null,
      activationStep,
    });
  }
  return seekers;
}

/**
 * P(group | education) ∝ job seekers of the group × P(education | group): drawing the group this way, after the
 * education quota, keeps both the education figures and the job seekers per group.
 */
function groupPickersByEducation(): Record<EducationLevel, (random: Random) => OccupationGroupKey> {
  const educationByGroup = fittedEducationByGroup();
  const pickerFor = (level: EducationLevel) =>
    weightedPicker(
      OCCUPATION_GROUP_FIGURES.map(({ key, jobSeekers }) => [key, jobSeekers * educationByGroup[key][level]] as const),
    );
  return { low: pickerFor('low'), mid: pickerFor('mid'), high: pickerFor('high') };
}

function desiredOccupationsFor(
  random: Random,
  pickGroup: (random: Random) => OccupationGroupKey,
  catalogue: EscoCatalogue,
): DesiredOccupation[] {
  const count = random.weightedPick(DESIRED_OCCUPATION_COUNT_WEIGHTS);
  const mainGroup = pickGroup(random);
  const wishes: DesiredOccupation[] = [];
  // Bounded: a small group (two ESCO occupations for doctors) may not offer another distinct occupation.
  for (let attempt = 0; wishes.length < count && attempt < count * 4; attempt++) {
    const occupationGroup = wishes.length === 0 || random.chance(SAME_GROUP_SHARE) ? mainGroup : pickGroup(random);
    const escoCode = random.pick(catalogue[occupationGroup]).code;
    if (!wishes.some((wish) => wish.escoCode === escoCode)) wishes.push({ occupationGroup, escoCode });
  }
  return wishes;
}

function dutchFor(
  random: Random,
  activationStep: ActivationStep | null,
): { dutchLevel: CefrLevel; learningDutch: boolean } {
  if (activationStep === 'languageActivation') {
    return { dutchLevel: random.weightedPick(LANGUAGE_ACTIVATION_DUTCH_WEIGHTS), learningDutch: true };
  }
  const dutchLevel = random.weightedPick(DUTCH_LEVEL_WEIGHTS);
  return { dutchLevel, learningDutch: random.chance(LEARNING_DUTCH_SHARE[dutchLevel]) };
}

/** Whoever does not speak Dutch well yet speaks at least one other language fluently. */
function otherLanguagesFor(random: Random, education: EducationLevel, dutchLevel: CefrLevel): LanguageSkill[] {
  const beginnerInDutch = dutchLevel === 'A1' || dutchLevel === 'A2' || dutchLevel === 'B1';
  const count = Math.max(beginnerInDutch ? 1 : 0, random.weightedPick(OTHER_LANGUAGE_COUNT_WEIGHTS[education]));
  const languages: LanguageSkill[] = [];
  while (languages.length < count) {
    const language = random.weightedPick(OTHER_LANGUAGE_WEIGHTS);
    if (languages.some((skill) => skill.language === language)) continue;
    const fluent = beginnerInDutch && languages.length === 0;
    languages.push({ language, level: fluent ? 'C2' : random.weightedPick(OTHER_LANGUAGE_LEVEL_WEIGHTS) });
  }
  return languages;
}

function licencesFor(
  random: Random,
  ageBand: AgeBand,
  education: EducationLevel,
  mainGroup: OccupationGroupKey,
): DrivingLicence[] {
  const carShare = CAR_LICENCE_SHARE[ageBand] * (education === 'low' ? LOW_EDUCATION_LICENCE_FACTOR : 1);
  if (!random.chance(carShare)) return [];
  const truckShareOfCarLicences = Math.min(1, OCCUPATION_GROUP_PROFILES[mainGroup].truckLicenceShare / carShare);
  if (!random.chance(truckShareOfCarLicences)) return ['B'];
  return random.chance(0.4) ? ['B', 'C', 'CE'] : ['B', 'C'];
}

/** Days since registration within the duration band; nobody has been registered since before age 16. */
function unemployedDays(random: Random, duration: UnemploymentDuration, age: number): number {
  switch (duration) {
    case 'underOneYear':
      return random.int(7, 364);
    case 'oneToTwoYears':
      return random.int(365, 729);
    case 'twoYearsOrMore':
      return Math.min(730 + Math.floor(Math.abs(random.normal(0, 900))), Math.max(730, (age - 16) * 365));
  }
}

function availableShifts(random: Random): Shift[] {
  const extra = weightedEntries(EXTRA_SHIFT_SHARES).filter(([, share]) => random.chance(share));
  return ['day', ...extra.map(([shift]) => shift)];
}
