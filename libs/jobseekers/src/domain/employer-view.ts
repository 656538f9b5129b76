import { stripSensitive } from '@werkpunt/platform';
import { CefrLevelCode, EducationLevelCode } from '@werkpunt/taxonomy';
import { DesiredOccupation, LanguageSkill, ProfileRecord } from './profile-record';
import { EMPLOYER_VISIBLE_PROGRAMMES, programmeEligibility } from './programme-eligibility';
import { Availability, DrivingLicence, Programme, Shift, TransportMode } from './profile-vocabulary';

/**
 * What an employer sees of a candidate: what the work needs, nothing that identifies the person or that
 * could feed discrimination. Built field by field (a whitelist), so a column added to the profile later
 * stays out until someone decides it belongs here. Left out on purpose: name and contact (not in the
 * profile at all), address, date of birth and age band, living wage, artikel 60, work disability, and the
 * diploma's title, country and recognition (they hint at origin; the education level says what matters).
 */
export interface EmployerCandidateView {
  candidateId: string;
  desiredOccupations: DesiredOccupation[];
  skillIds: string[];
  educationLevel: EducationLevelCode;
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
  homeWijkId: number;
  availability: Availability;
  /** Only programmes that reveal no sensitive fact (instapstage), so an employer offering one can find people. */
  eligibleProgrammes: Programme[];
}

export function employerCandidateView(profile: ProfileRecord, now: Date): EmployerCandidateView {
  const eligibility = programmeEligibility(profile, now);
  const view: EmployerCandidateView = {
    candidateId: profile.accountId,
    desiredOccupations: profile.desiredOccupations.map(({ occupationId, rank, experienceMonths }) => ({
      occupationId,
      rank,
      experienceMonths,
    })),
    skillIds: [...profile.skillIds],
    educationLevel: profile.educationLevel,
    dutchLevel: profile.dutchLevel,
    otherLanguages: profile.otherLanguages.map(({ language, level }) => ({ language, level })),
    drivingLicences: [...profile.drivingLicences],
    transportModes: [...profile.transportModes],
    maxCommuteMinutes: profile.maxCommuteMinutes,
    maxCommuteKm: profile.maxCommuteKm,
    hoursPerWeekMin: profile.hoursPerWeekMin,
    hoursPerWeekMax: profile.hoursPerWeekMax,
    shifts: [...profile.shifts],
    availableFrom: profile.availableFrom,
    homeWijkId: profile.homeNeighbourhoodId,
    availability: profile.availability,
    eligibleProgrammes: eligibility.programmes.filter((p) => EMPLOYER_VISIBLE_PROGRAMMES.includes(p)),
  };
  // The safety net every employer-bound payload passes through (drops the always-sensitive names too).
  return stripSensitive(view);
}
