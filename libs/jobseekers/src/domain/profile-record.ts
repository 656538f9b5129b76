import { CefrLevelCode, EducationLevelCode } from '@werkpunt/taxonomy';
import {
  Availability,
  DiplomaRecognition,
  DrivingLicence,
  ProfileChangeSource,
  Shift,
  TransportMode,
} from './profile-vocabulary';

/** One wish, in the person's order (rank 1 first). */
export interface DesiredOccupation {
  /** ESCO occupation id (taxonomy). */
  occupationId: string;
  rank: number;
  experienceMonths: number;
}

export interface LanguageSkill {
  /** ISO 639-1, lower case. */
  language: string;
  level: CefrLevelCode;
}

/** A job seeker's profile as stored: what the pure functions read. The entity implements it. */
export interface ProfileRecord {
  accountId: string;
  desiredOccupations: DesiredOccupation[];
  skillIds: string[];
  educationLevel: EducationLevelCode;
  diplomaTitle: string | null;
  /** ISO 3166-1 alpha-2 country where the diploma was obtained. */
  diplomaCountry: string | null;
  diplomaRecognition: DiplomaRecognition;
  /** null: no Dutch yet. */
  dutchLevel: CefrLevelCode | null;
  otherLanguages: LanguageSkill[];
  drivingLicences: DrivingLicence[];
  transportModes: TransportMode[];
  maxCommuteMinutes: number | null;
  maxCommuteKm: number | null;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  shifts: Shift[];
  availableFrom: string | null;
  homeNeighbourhoodId: number;
  streetAddress: string | null;
  postcode: string | null;
  dateOfBirth: string | null;
  registeredSince: string | null;
  livingWageClient: boolean;
  inArtikel60: boolean;
  workDisability: boolean | null;
  availability: Availability;
  lastChangeSource: ProfileChangeSource;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
