import { programmeEligibility } from '../domain/programme-eligibility';
import { ProfileRecord } from '../domain/profile-record';
import { ProfileChangeSource } from '../domain/profile-vocabulary';
import { ProfileDto } from './dto/profile.dto';
import { ProfileViewDto } from './dto/profile-view.dto';

/** The columns a PUT replaces: everything the person says, nothing the system keeps (ids, version, times). */
export type ProfileContent = Omit<ProfileRecord, 'accountId' | 'version' | 'createdAt' | 'updatedAt'>;

/** A request body as stored. The order of the wishes becomes their rank. */
export function profileContentOf(dto: ProfileDto, source: ProfileChangeSource): ProfileContent {
  return {
    desiredOccupations: dto.desiredOccupations.map((wish, index) => ({
      occupationId: wish.occupationId.toLowerCase(),
      rank: index + 1,
      experienceMonths: wish.experienceMonths,
    })),
    skillIds: [...dto.skillIds],
    educationLevel: dto.education.level,
    diplomaTitle: dto.education.diplomaTitle?.trim() || null,
    diplomaCountry: dto.education.diplomaCountry ?? null,
    diplomaRecognition: dto.education.recognition,
    dutchLevel: dto.dutchLevel,
    otherLanguages: dto.otherLanguages.map(({ language, level }) => ({ language, level })),
    drivingLicences: [...dto.drivingLicences],
    transportModes: [...dto.mobility.transportModes],
    maxCommuteMinutes: dto.mobility.maxCommuteMinutes ?? null,
    maxCommuteKm: dto.mobility.maxCommuteKm ?? null,
    hoursPerWeekMin: dto.workTime.hoursPerWeekMin,
    hoursPerWeekMax: dto.workTime.hoursPerWeekMax,
    shifts: [...dto.workTime.shifts],
    availableFrom: dto.availableFrom ?? null,
    homeNeighbourhoodId: dto.homeWijkId,
    streetAddress: dto.address?.streetAddress.trim() ?? null,
    postcode: dto.address?.postcode ?? null,
    dateOfBirth: dto.eligibility.dateOfBirth ?? null,
    registeredSince: dto.eligibility.registeredSince ?? null,
    livingWageClient: dto.eligibility.livingWageClient,
    inArtikel60: dto.eligibility.inArtikel60,
    workDisability: dto.eligibility.workDisability ?? null,
    availability: dto.availability,
    lastChangeSource: source,
  };
}

/** The stored profile as a full request body: what a partial change (PATCH) is laid over. */
export function profileRequestOf(profile: ProfileRecord): ProfileDto {
  return {
    desiredOccupations: profile.desiredOccupations.map(({ occupationId, experienceMonths }) => ({
      occupationId,
      experienceMonths,
    })),
    skillIds: profile.skillIds,
    education: {
      level: profile.educationLevel,
      diplomaTitle: profile.diplomaTitle,
      diplomaCountry: profile.diplomaCountry,
      recognition: profile.diplomaRecognition,
    },
    dutchLevel: profile.dutchLevel,
    otherLanguages: profile.otherLanguages,
    drivingLicences: profile.drivingLicences,
    mobility: {
      transportModes: profile.transportModes,
      maxCommuteMinutes: profile.maxCommuteMinutes,
      maxCommuteKm: profile.maxCommuteKm,
    },
    workTime: {
      hoursPerWeekMin: profile.hoursPerWeekMin,
      hoursPerWeekMax: profile.hoursPerWeekMax,
      shifts: profile.shifts,
    },
    availableFrom: profile.availableFrom,
    homeWijkId: profile.homeNeighbourhoodId,
    address:
      profile.streetAddress !== null && profile.postcode !== null
        ? { streetAddress: profile.streetAddress, postcode: profile.postcode }
        : null,
    eligibility: {
      dateOfBirth: profile.dateOfBirth,
      registeredSince: profile.registeredSince,
      livingWageClient: profile.livingWageClient,
      inArtikel60: profile.inArtikel60,
      workDisability: profile.workDisability,
    },
    availability: profile.availability,
  };
}

/** The whole profile for the person and their mediators, with today's age band and eligibility. */
export function profileViewOf(profile: ProfileRecord, now: Date): ProfileViewDto {
  const request = profileRequestOf(profile);
  return {
    ...request,
    accountId: profile.accountId,
    desiredOccupations: profile.desiredOccupations.map(({ occupationId, rank, experienceMonths }) => ({
      occupationId,
      rank,
      experienceMonths,
    })),
    availableFrom: request.availableFrom ?? null,
    address: request.address ?? null,
    eligibility: { ...request.eligibility, ...programmeEligibility(profile, now) },
    lastChangeSource: profile.lastChangeSource,
    version: profile.version,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}
