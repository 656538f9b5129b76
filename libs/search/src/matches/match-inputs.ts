import { ProfileRecord, programmeEligibility } from '@werkpunt/jobseekers';
import { CommuteMode, MatchLanguage, MatchSeeker, MatchVacancy } from '@werkpunt/matching';
import { CefrLevelCode, EducationLevelCode } from '@werkpunt/taxonomy';
import { FieldValue, SearchHit } from '../search-engine';

// The only doors into matching. Each builds the inputs field by field from a whitelist, so a field added to a
// profile later (or a protected attribute ever stored) does not reach a score unless someone adds it here.

/** The person's own profile (their own view or their mediator's): eligibility includes artikel 60. */
export function seekerFromProfile(
  profile: ProfileRecord,
  occupationIsco: ReadonlyMap<string, string>,
  visibleToEmployers: boolean,
  now: Date,
): MatchSeeker {
  const { programmes } = programmeEligibility(profile, now);
  return {
    id: profile.accountId,
    desiredOccupations: profile.desiredOccupations
      .filter((wish) => occupationIsco.has(wish.occupationId))
      .map((wish) => ({
        occupationId: wish.occupationId,
        iscoCode: occupationIsco.get(wish.occupationId)!,
        rank: wish.rank,
        experienceMonths: wish.experienceMonths,
      })),
    skillIds: [...profile.skillIds],
    educationLevel: profile.educationLevel,
    diplomaRecognition: profile.diplomaRecognition,
    dutchLevel: profile.dutchLevel,
    otherLanguages: profile.otherLanguages.map((l) => ({ language: l.language, level: l.level })),
    drivingLicences: [...profile.drivingLicences],
    transportModes: [...profile.transportModes] as CommuteMode[],
    maxCommuteMinutes: profile.maxCommuteMinutes,
    maxCommuteKm: profile.maxCommuteKm,
    hoursPerWeekMin: profile.hoursPerWeekMin,
    hoursPerWeekMax: profile.hoursPerWeekMax,
    shifts: [...profile.shifts],
    availableFrom: profile.availableFrom,
    homeNeighbourhoodId: profile.homeNeighbourhoodId,
    // Programme codes of the vacancies context ('artikel_60'), from the profile's rule names ('artikel60').
    eligibleProgrammes: programmes.map((p) => (p === 'artikel60' ? 'artikel_60' : p)),
    active: profile.availability === 'active',
    visibleToEmployers,
  };
}

/** An anonymised profile document (candidate search): it only ever holds what employers may see. */
export function seekerFromHit(hit: SearchHit): MatchSeeker {
  const f = hit.fields;
  const occupationIds = strings(f.occupationIds);
  const iscoCodes = strings(f.occupationIscoCodes);
  const experience = numbers(f.occupationExperienceMonths);
  return {
    id: hit.id,
    desiredOccupations: occupationIds.map((occupationId, i) => ({
      occupationId,
      iscoCode: iscoCodes[i],
      rank: i + 1,
      experienceMonths: experience[i] ?? 0,
    })),
    skillIds: strings(f.skillIds),
    educationLevel: f.educationLevel as EducationLevelCode,
    // Not in the index (it hints at origin): an employer's ranking takes the stated education level as it is.
    diplomaRecognition: 'not_needed',
    dutchLevel: (f.dutchLevel as CefrLevelCode | null) ?? null,
    otherLanguages: languages(f.otherLanguages),
    drivingLicences: strings(f.drivingLicences),
    transportModes: strings(f.transportModes) as CommuteMode[],
    maxCommuteMinutes: (f.maxCommuteMinutes as number | null) ?? null,
    maxCommuteKm: (f.maxCommuteKm as number | null) ?? null,
    hoursPerWeekMin: f.hoursMin as number,
    hoursPerWeekMax: f.hoursMax as number,
    shifts: strings(f.shifts),
    availableFrom: (f.availableFrom as string | null) ?? null,
    homeNeighbourhoodId: f.homeNeighbourhoodId as number,
    eligibleProgrammes: strings(f.eligibleProgrammes),
    // Only active people who agreed to be visible are ever indexed.
    active: true,
    visibleToEmployers: true,
  };
}

export function vacancyFromHit(hit: SearchHit): MatchVacancy {
  const f = hit.fields;
  return {
    id: hit.id,
    occupationId: f.occupationId as string,
    iscoCode: f.iscoCode as string,
    requiredSkillIds: strings(f.requiredSkillIds),
    niceToHaveSkillIds: strings(f.niceToHaveSkillIds),
    minimumEducation: f.minimumEducation as MatchVacancy['minimumEducation'],
    dutchLevel: (f.dutchLevel as CefrLevelCode | null) ?? null,
    otherLanguages: languages(f.otherLanguages),
    drivingLicences: strings(f.drivingLicences),
    hoursPerWeekMin: f.hoursMin as number,
    hoursPerWeekMax: f.hoursMax as number,
    shifts: strings(f.shifts),
    programme: f.programme as string,
    // Only published vacancies are indexed.
    open: true,
    neighbourhoodId: (f.neighbourhoodId as number | null) ?? null,
    publishedAt: (f.publishedAt as string | null) ?? null,
    startDate: (f.startDate as string | null) ?? null,
  };
}

function strings(value: FieldValue | undefined): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function numbers(value: FieldValue | undefined): number[] {
  return Array.isArray(value) ? value.map(Number) : [];
}

/** "fr:B1" → { language: 'fr', level: 'B1' } (documents keep languages as flat strings to filter on them). */
function languages(value: FieldValue | undefined): MatchLanguage[] {
  return strings(value).map((entry) => {
    const [language, level] = entry.split(':');
    return { language, level: level as CefrLevelCode };
  });
}
