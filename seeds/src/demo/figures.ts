// The real Ghent figures the demo data follows. Source of every figure below, unless stated otherwise:
// policy note "Werk en Activering Gent 2013–2018" (Stad Gent and OCMW Gent), figures for 2013 from VDAB / Arvastat,
// as digested in docs/DOMAIN.md ("Real figures").
//
// The note also gives the share of men (57 %) and of people of non-EU origin (36 %). They are left out on purpose:
// the demo data generates no gender, origin, nationality, religion or disability at all (privacy by default), so
// nothing downstream can rank on them.

import type { ActivationStep, AgeBand, EducationLevel, UnemploymentDuration } from './demo-types';

/** Non-working job seekers (NWWZ) in Ghent, yearly average 2013. */
export const GHENT_JOB_SEEKERS_2013 = 14_637;

/** Open vacancies (VDAB) in Ghent, 2013. */
export const GHENT_OPEN_VACANCIES_2013 = 2_311;

/** Highest diploma of non-working job seekers, 2013: 46 % low, 31 % mid, 23 % high. */
export const EDUCATION_SHARES: Readonly<Record<EducationLevel, number>> = { low: 0.46, mid: 0.31, high: 0.23 };

/** Age of non-working job seekers, 2013, as published: 21 % under 25, 62 % 25–49, 18 % 50+. */
export const AGE_BAND_PUBLISHED_PERCENT: Readonly<Record<AgeBand, number>> = {
  under25: 21,
  from25To49: 62,
  from50: 18,
};

/** The published age shares sum to 101 % (rounding in the note), so they are normalised to 1. */
export const AGE_BAND_SHARES = normalise(AGE_BAND_PUBLISHED_PERCENT);

/** Unemployment duration of non-working job seekers, 2013: 55 % under 1 year, 19 % 1–2 years, 26 % 2 years or more. */
export const UNEMPLOYMENT_DURATION_SHARES: Readonly<Record<UnemploymentDuration, number>> = {
  underOneYear: 0.55,
  oneToTwoYears: 0.19,
  twoYearsOrMore: 0.26,
};

/** OCMW clients on a living wage (leefloon), March 2013. */
export const LIVING_WAGE_CLIENTS_2013 = 4_705;

/**
 * Share of demo job seekers flagged as living-wage client. Not every leefloon client is a registered job seeker in
 * reality; the demo simply uses the ratio of the two city totals.
 */
export const LIVING_WAGE_SHARE = LIVING_WAGE_CLIENTS_2013 / GHENT_JOB_SEEKERS_2013;

/** How the 4,705 living-wage clients were followed up, March 2013, as published (sums to 99 %). */
export const LIVING_WAGE_CLIENT_SPLIT_PERCENT = {
  new: 13,
  care: 11,
  students: 10,
  languageActivation: 26,
  socialActivation: 5,
  workActivation: 24,
  viaPartner: 10,
} as const;

/**
 * The split mapped onto the ladder steps (DOMAIN.md, "Activeringsladder"):
 * - care, social, language and work activation map one to one;
 * - students → work activation: the ladder puts training under work activation;
 * - via a partner → guidance to work: the partner (mostly VDAB) guides them towards a job;
 * - new clients have not been assessed yet, so they are spread like everybody else: leaving them out and normalising
 *   the rest does exactly that (which also absorbs the 99 % total).
 */
export const ACTIVATION_STEP_SHARES: Readonly<Record<ActivationStep, number>> = normalise({
  care: LIVING_WAGE_CLIENT_SPLIT_PERCENT.care,
  socialActivation: LIVING_WAGE_CLIENT_SPLIT_PERCENT.socialActivation,
  languageActivation: LIVING_WAGE_CLIENT_SPLIT_PERCENT.languageActivation,
  workActivation: LIVING_WAGE_CLIENT_SPLIT_PERCENT.workActivation + LIVING_WAGE_CLIENT_SPLIT_PERCENT.students,
  guidanceToWork: LIVING_WAGE_CLIENT_SPLIT_PERCENT.viaPartner,
});

/**
 * Below this many job seekers per open vacancy (spanningsindicator) a group counts as a shortage occupation
 * (knelpuntberoep). The note gives 6.8 for the whole city (Feb 2014); 4 singles out the clearly tight groups.
 */
export const SHORTAGE_TENSION_THRESHOLD = 4;

/**
 * Open vacancies and non-working job seekers per occupation group, Ghent care area, 2013: tables 7–9 of the policy
 * note (Arvastat, VDAB); copied in seeds/data/demo/occupation-groups-ghent-2013.csv, which a spec keeps in sync.
 * Yearly averages, hence the decimals. Table 9 lists only the groups with the highest tension, so the groups do not
 * add up to the city totals.
 */
export const OCCUPATION_GROUP_FIGURES = [
  { key: 'cleaning', nameNl: 'Schoonmaak- en onderhoudspersoneel', openVacancies: 369.1, jobSeekers: 2337.4 },
  { key: 'construction', nameNl: 'Bouwvakkers en -technici', openVacancies: 241.4, jobSeekers: 2016 },
  {
    key: 'specialisedAdministration',
    nameNl: 'Gespecialiseerde administratief medewerkers',
    openVacancies: 206.6,
    jobSeekers: 1162,
  },
  { key: 'ict', nameNl: 'Informatici en ICT-medewerkers', openVacancies: 134.3, jobSeekers: 350.8 },
  { key: 'sales', nameNl: 'Verkopers', openVacancies: 130.3, jobSeekers: 2628 },
  { key: 'technicalSupervisors', nameNl: 'Technisch leidinggevenden', openVacancies: 117.8, jobSeekers: 255.8 },
  { key: 'salesRepresentatives', nameNl: 'Vertegenwoordigers', openVacancies: 111.3, jobSeekers: 348.9 },
  { key: 'managers', nameNl: 'Leidinggevenden', openVacancies: 88.2, jobSeekers: 619 },
  { key: 'industrialTechnicians', nameNl: 'Industriële technici', openVacancies: 85.2, jobSeekers: 180.6 },
  { key: 'nursesAndCarers', nameNl: 'Verpleegkundigen en verzorgenden', openVacancies: 84.5, jobSeekers: 536 },
  { key: 'bankingAndInsurance', nameNl: 'Bank- en verzekeringsexperten', openVacancies: 38.6, jobSeekers: 88.9 },
  { key: 'machineAndCraneOperators', nameNl: 'Machinisten en kraanmannen', openVacancies: 12.5, jobSeekers: 53.2 },
  { key: 'medicalDoctors', nameNl: 'Medici', openVacancies: 7.1, jobSeekers: 32.0 },
  { key: 'businessConsultants', nameNl: 'Bedrijfsadviseurs', openVacancies: 41.5, jobSeekers: 241.4 },
  {
    key: 'artsAndCulture',
    nameNl: 'Artiesten kunstenaars culturele beroepen',
    openVacancies: 2.2,
    jobSeekers: 967.6,
  },
  { key: 'media', nameNl: 'Mediapersoneel', openVacancies: 3.2, jobSeekers: 700.3 },
  { key: 'productionWorkers', nameNl: 'Diverse productiemedewerkers', openVacancies: 20.8, jobSeekers: 3980.1 },
  {
    key: 'knowledgeAndCommunication',
    nameNl: 'Specialisten kennisbeheer en communicatie',
    openVacancies: 5.6,
    jobSeekers: 553.3,
  },
  { key: 'goodsHandlers', nameNl: 'Goederenbehandelaars', openVacancies: 23.3, jobSeekers: 1937.0 },
  { key: 'printers', nameNl: 'Drukkers', openVacancies: 1.6, jobSeekers: 127.4 },
  {
    key: 'agricultureAndGardening',
    nameNl: 'Land- tuin- en bosbouwers vissers',
    openVacancies: 10.2,
    jobSeekers: 812.4,
  },
  {
    key: 'instructionAndTraining',
    nameNl: 'Instructie- opleidings- en vormingspersoneel',
    openVacancies: 4.4,
    jobSeekers: 260.6,
  },
  {
    key: 'generalAdministration',
    nameNl: 'Algemeen administratief medewerkers',
    openVacancies: 48.3,
    jobSeekers: 2582.8,
  },
  { key: 'socioCulturalWorkers', nameNl: 'Socio-cultureel werkers', openVacancies: 7.0, jobSeekers: 310.9 },
] as const;

export type OccupationGroupKey = (typeof OCCUPATION_GROUP_FIGURES)[number]['key'];

export const OCCUPATION_GROUP_KEYS: readonly OccupationGroupKey[] = OCCUPATION_GROUP_FIGURES.map((group) => group.key);

/** Spanningsindicator: job seekers per open vacancy. */
export function tensionOf(group: { openVacancies: number; jobSeekers: number }): number {
  return group.jobSeekers / group.openVacancies;
}

export function isShortageGroup(key: OccupationGroupKey): boolean {
  return tensionOf(occupationGroupFigures(key)) < SHORTAGE_TENSION_THRESHOLD;
}

export function occupationGroupFigures(key: OccupationGroupKey): (typeof OCCUPATION_GROUP_FIGURES)[number] {
  const group = OCCUPATION_GROUP_FIGURES.find((candidate) => candidate.key === key);
  if (!group) throw new Error(`Unknown occupation group ${key}`);
  return group;
}

/** Age band by age in whole years at the reference year (birth year only, so Dec 31 of the reference year). */
export function ageBandOf(birthYear: number, referenceYear: number): AgeBand {
  const age = referenceYear - birthYear;
  if (age < 25) return 'under25';
  return age < 50 ? 'from25To49' : 'from50';
}

function normalise<K extends string>(weights: Readonly<Record<K, number>>): Readonly<Record<K, number>> {
  const total = Object.values<number>(weights).reduce((sum, weight) => sum + weight, 0);
  return Object.fromEntries(Object.entries<number>(weights).map(([key, weight]) => [key, weight / total])) as Record<
    K,
    number
  >;
}
