import type { Schemas } from '../../api/client';

export type ProfileDraft = Schemas['ProfileDto'];

/**
 * The API stores a profile whole, so the first step already saves one: the questions not answered yet
 * start from these plain defaults and are overwritten step by step.
 */
export function emptyDraft(): ProfileDraft {
  return {
    desiredOccupations: [],
    skillIds: [],
    education: { level: 'low', recognition: 'not_needed' },
    dutchLevel: null,
    otherLanguages: [],
    drivingLicences: [],
    mobility: { transportModes: ['bike'], maxCommuteMinutes: 30 },
    workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day'] },
    homeWijkId: 0,
    eligibility: { livingWageClient: false, inArtikel60: false },
    availability: 'active',
  };
}

/** The stored profile as the body of the next save. */
export function draftFromProfile(profile: Schemas['ProfileViewDto']): ProfileDraft {
  return {
    desiredOccupations: profile.desiredOccupations.map(({ occupationId, experienceMonths }) => ({
      occupationId,
      experienceMonths,
    })),
    skillIds: profile.skillIds,
    education: profile.education,
    dutchLevel: profile.dutchLevel,
    otherLanguages: profile.otherLanguages,
    drivingLicences: profile.drivingLicences,
    mobility: profile.mobility,
    workTime: profile.workTime,
    availableFrom: profile.availableFrom,
    homeWijkId: profile.homeWijkId,
    address: profile.address,
    eligibility: {
      dateOfBirth: profile.eligibility.dateOfBirth,
      registeredSince: profile.eligibility.registeredSince,
      livingWageClient: profile.eligibility.livingWageClient,
      inArtikel60: profile.eligibility.inArtikel60,
      workDisability: profile.eligibility.workDisability,
    },
    availability: profile.availability,
  };
}

export interface StepProps {
  draft: ProfileDraft;
  change: (patch: Partial<ProfileDraft>) => void;
}
