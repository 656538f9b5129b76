// Vacancies: the group quotas follow the open vacancies per group; what a job asks for follows the ISCO skill level
// of its ESCO occupation. The mixes below are plausible assumptions, not published figures.

import type {
  CefrLevel,
  ContractType,
  DemoEmployer,
  DemoVacancy,
  EducationLevel,
  IsoDate,
  Programme,
  Shift,
} from './demo-types';
import { addDays } from './dates';
import { EscoCatalogue, EscoOccupationRef } from './esco-catalogue';
import { isShortageGroup, OCCUPATION_GROUP_KEYS, OccupationGroupKey } from './figures';
import { demoId } from './ids';
import { OCCUPATION_GROUP_PROFILES, ShiftPattern } from './occupation-groups';
import { Random, Weighted } from './random';

/** By ISCO major group (first digit): elementary jobs ask A2–B1, professionals and managers B2–C1. */
const DUTCH_LEVEL_BY_ISCO_MAJOR: Readonly<Record<string, readonly Weighted<CefrLevel>[]>> = {
  '1': [
    ['B2', 40],
    ['C1', 60],
  ],
  '2': [
    ['B2', 45],
    ['C1', 55],
  ],
  '3': [
    ['B1', 25],
    ['B2', 60],
    ['C1', 15],
  ],
  '4': [
    ['B1', 40],
    ['B2', 60],
  ],
  '5': [
    ['A2', 20],
    ['B1', 60],
    ['B2', 20],
  ],
  '6': [
    ['A2', 40],
    ['B1', 60],
  ],
  '7': [
    ['A2', 40],
    ['B1', 60],
  ],
  '8': [
    ['A2', 40],
    ['B1', 60],
  ],
  '9': [
    ['A2', 65],
    ['B1', 35],
  ],
};

/** By ISCO major group: the ISCO skill levels (1 elementary … 4 professional) in Flemish diplomas. */
const MINIMUM_EDUCATION_BY_ISCO_MAJOR: Readonly<Record<string, readonly Weighted<EducationLevel>[]>> = {
  '1': [
    ['mid', 40],
    ['high', 60],
  ],
  '2': [['high', 100]],
  '3': [
    ['mid', 55],
    ['high', 45],
  ],
  '4': [
    ['low', 25],
    ['mid', 75],
  ],
  '5': [
    ['low', 50],
    ['mid', 50],
  ],
  '6': [
    ['low', 45],
    ['mid', 55],
  ],
  '7': [
    ['low', 45],
    ['mid', 55],
  ],
  '8': [
    ['low', 45],
    ['mid', 55],
  ],
  '9': [
    ['low', 90],
    ['mid', 10],
  ],
};

/**
 * Most vacancies are regular jobs. Programmes are for people far from the labour market, so only jobs at ISCO skill
 * levels 1–2 (major groups 4–9) offer them; the social economy hosts most work-experience places.
 */
const PROGRAMME_WEIGHTS: Readonly<Record<'regular' | 'socialEconomy', readonly Weighted<Programme>[]>> = {
  regular: [
    ['regular', 88],
    ['ibo', 5],
    ['instapstage', 4],
    ['artikel60', 3],
  ],
  socialEconomy: [
    ['regular', 50],
    ['werkervaring', 25],
    ['artikel60', 25],
  ],
};

const SHIFTS_BY_PATTERN: Readonly<Record<ShiftPattern, readonly Weighted<readonly Shift[]>[]>> = {
  office: [[['day'], 1]],
  construction: [[['day'], 1]],
  retail: [
    [['day'], 40],
    [['day', 'weekend'], 60],
  ],
  care: [
    [['day'], 25],
    [['day', 'evening'], 25],
    [['day', 'evening', 'weekend'], 25],
    [['day', 'evening', 'night', 'weekend'], 25],
  ],
  production: [
    [['day'], 35],
    [['day', 'evening'], 40],
    [['day', 'evening', 'night'], 25],
  ],
  cleaning: [
    [['day'], 40],
    [['evening'], 30],
    [['day', 'evening'], 30],
  ],
  culture: [
    [['day'], 40],
    [['day', 'evening'], 30],
    [['day', 'evening', 'weekend'], 30],
  ],
};

const PART_TIME_HOURS = [19, 24, 30] as const;
const FULL_TIME_HOURS = 38;

const POSITION_WEIGHTS = [
  [1, 78],
  [2, 12],
  [3, 6],
  [5, 4],
] as const;

/** Open at the reference date: published up to 8 weeks before, closing 2 to 10 weeks after. */
const PUBLISHED_DAYS_BEFORE = { min: 0, max: 56 };
const CLOSING_DAYS_AFTER = { min: 14, max: 70 };

export interface VacancyInputs {
  employers: readonly DemoEmployer[];
  vacancyCounts: Readonly<Record<OccupationGroupKey, number>>;
  catalogue: EscoCatalogue;
  referenceDate: IsoDate;
}

export function generateVacancies(random: Random, inputs: VacancyInputs): DemoVacancy[] {
  const postings = random.shuffle(assignToEmployers(random, inputs));
  return postings.map(({ group, employer }, index) =>
    generateVacancy(random, index, group, employer, inputs.catalogue[group], inputs.referenceDate),
  );
}

/** Every employer posts at least one vacancy of its group; the rest go to a random few, so some employers post more. */
function assignToEmployers(
  random: Random,
  { employers, vacancyCounts }: VacancyInputs,
): { group: OccupationGroupKey; employer: DemoEmployer }[] {
  const postings: { group: OccupationGroupKey; employer: DemoEmployer }[] = [];
  for (const group of OCCUPATION_GROUP_KEYS) {
    const ofGroup = employers.filter((employer) => employer.occupationGroup === group);
    const count = vacancyCounts[group];
    if (count > 0 && ofGroup.length === 0) throw new Error(`No employer for the vacancies of ${group}`);
    const sizes = ofGroup.map((employer) => [employer, random.int(1, 4)] as const);
    for (let i = 0; i < count; i++) {
      postings.push({ group, employer: i < ofGroup.length ? ofGroup[i] : random.weightedPick(sizes) });
    }
  }
  return postings;
}

function generateVacancy(
  random: Random,
  index: number,
  group: OccupationGroupKey,
  employer: DemoEmployer,
  occupations: readonly EscoOccupationRef[],
  referenceDate: IsoDate,
): DemoVacancy {
  const profile = OCCUPATION_GROUP_PROFILES[group];
  const occupation = random.pick(occupations);
  const iscoMajor = occupation.isco4[0];
  const programme = pickProgramme(random, employer, iscoMajor);
  const publishedAt = addDays(referenceDate, -random.int(PUBLISHED_DAYS_BEFORE.min, PUBLISHED_DAYS_BEFORE.max));
  const partTime = programme !== 'instapstage' && random.chance(profile.partTimeShare);
  return {
    id: demoId('vacancy', index),
    employerId: employer.id,
    siteId: random.pick(employer.sites).id,
    occupationGroup: group,
    escoCode: occupation.code,
    iscoCode: occupation.isco4,
    title: `${occupation.label.charAt(0).toUpperCase()}${occupation.label.slice(1)} (m/v/x)`,
    requiredDutchLevel: random.weightedPick(byIscoMajor(DUTCH_LEVEL_BY_ISCO_MAJOR, iscoMajor)),
    // The instapstage is for young people without a secondary-school diploma.
    minimumEducation:
      programme === 'instapstage'
        ? 'low'
        : random.weightedPick(byIscoMajor(MINIMUM_EDUCATION_BY_ISCO_MAJOR, iscoMajor)),
    hoursPerWeek: partTime ? random.pick(PART_TIME_HOURS) : FULL_TIME_HOURS,
    shifts: [...random.weightedPick(SHIFTS_BY_PATTERN[profile.shiftPattern])],
    contractType: contractTypeFor(random, programme, profile.interimShare),
    programme,
    positions: programme === 'regular' ? random.weightedPick(POSITION_WEIGHTS) : 1,
    publishedAt,
    closingAt: addDays(referenceDate, random.int(CLOSING_DAYS_AFTER.min, CLOSING_DAYS_AFTER.max)),
    shortageOccupation: isShortageGroup(group),
  };
}

function byIscoMajor<T>(table: Readonly<Record<string, T>>, iscoMajor: string): T {
  const value = table[iscoMajor];
  if (value === undefined) throw new Error(`No demo rule for ISCO major group ${iscoMajor}`);
  return value;
}

function pickProgramme(random: Random, employer: DemoEmployer, iscoMajor: string): Programme {
  if (Number(iscoMajor) < 4) return 'regular';
  return random.weightedPick(PROGRAMME_WEIGHTS[employer.socialEconomy ? 'socialEconomy' : 'regular']);
}

function contractTypeFor(random: Random, programme: Programme, interimShare: number): ContractType {
  switch (programme) {
    case 'instapstage':
      return 'internship';
    case 'ibo':
      return 'training';
    // Artikel 60 lasts at least a year with the OCMW as employer; werkervaring is a one-year contract.
    case 'artikel60':
    case 'werkervaring':
      return 'fixedTerm';
    case 'regular':
      if (random.chance(interimShare)) return 'interim';
      return random.chance(0.15) ? 'fixedTerm' : 'permanent';
  }
}
