// Plain records the demo seed step persists once the employer, vacancy and job-seeker tables exist.
// Privacy by default: there is deliberately no gender, origin, nationality, religion or disability anywhere in
// these records. Ranking must never use them, so the demo data does not even invent them.

import type { OccupationGroupKey } from './figures';

export type { OccupationGroupKey } from './figures';

/** 'YYYY-MM-DD'. Strings rather than Date objects: immutable, comparable and identical across runs. */
export type IsoDate = string;

/** low = no secondary-school diploma (kortgeschoold), mid = secondary school, high = higher education. */
export type EducationLevel = 'low' | 'mid' | 'high';
export type AgeBand = 'under25' | 'from25To49' | 'from50';
export type UnemploymentDuration = 'underOneYear' | 'oneToTwoYears' | 'twoYearsOrMore';
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

/** The OCMW's activation ladder below regular work (see DOMAIN.md, "Activeringsladder"). */
export type ActivationStep = 'care' | 'socialActivation' | 'languageActivation' | 'workActivation' | 'guidanceToWork';

export type Programme = 'regular' | 'instapstage' | 'artikel60' | 'ibo' | 'werkervaring';
export type ContractType = 'permanent' | 'fixedTerm' | 'interim' | 'internship' | 'training';
export type Shift = 'day' | 'evening' | 'night' | 'weekend';
export type TransportMode = 'walk' | 'bike' | 'publicTransport' | 'car';
export type DrivingLicence = 'B' | 'C' | 'CE';

export interface DemoEmployerSite {
  id: string;
  /** The city's wijknr, 1–25. */
  wijkNumber: number;
  postcode: string;
}

export interface DemoEmployer {
  id: string;
  name: string;
  /** KBO/BCE enterprise number, formatted 0xxx.xxx.xxx, with a valid mod-97 check. */
  enterpriseNumber: string;
  /** NACE Rev. 2 class (4 digits, 'xx.xx') of the employer's main activity. */
  naceCode: string;
  /** The occupation group the employer mainly recruits for. */
  occupationGroup: OccupationGroupKey;
  socialEconomy: boolean;
  /** 1–3 sites; the first is the main one. */
  sites: DemoEmployerSite[];
}

export interface DemoVacancy {
  id: string;
  employerId: string;
  siteId: string;
  occupationGroup: OccupationGroupKey;
  /** ESCO occupation code, e.g. '9112.2'. */
  escoCode: string;
  /** ISCO-08 unit group of that ESCO occupation. */
  iscoCode: string;
  title: string;
  requiredDutchLevel: CefrLevel;
  minimumEducation: EducationLevel;
  hoursPerWeek: number;
  shifts: Shift[];
  contractType: ContractType;
  programme: Programme;
  positions: number;
  publishedAt: IsoDate;
  closingAt: IsoDate;
  /** Knelpuntberoep: the group has fewer than SHORTAGE_TENSION_THRESHOLD job seekers per vacancy. */
  shortageOccupation: boolean;
}

export interface DesiredOccupation {
  occupationGroup: OccupationGroupKey;
  escoCode: string;
}

export interface LanguageSkill {
  /** ISO 639-1 code. */
  language: string;
  level: CefrLevel;
}

export interface DemoJobSeeker {
  id: string;
  firstName: string;
  lastName: string;
  /** Only the year: enough for age-defined programmes (instapstage < 25, 50+), no more personal data than needed. */
  birthYear: number;
  educationLevel: EducationLevel;
  unemploymentDuration: UnemploymentDuration;
  unemployedSince: IsoDate;
  /** 1–3; the first is the main wish. */
  desiredOccupations: DesiredOccupation[];
  dutchLevel: CefrLevel;
  /** Follows an NT2 course (Dutch as a second language). */
  learningDutch: boolean;
  otherLanguages: LanguageSkill[];
  drivingLicences: DrivingLicence[];
  transportMode: TransportMode;
  maxCommuteMinutes: number;
  availableHoursPerWeek: number;
  availableShifts: Shift[];
  homeWijkNumber: number;
  homePostcode: string;
  livingWageClient: boolean;
  /** Only for living-wage clients: the activation ladder is the OCMW's. */
  activationStep: ActivationStep | null;
}

export interface DemoData {
  employers: DemoEmployer[];
  vacancies: DemoVacancy[];
  jobSeekers: DemoJobSeeker[];
}
