// fast-check generators shared by the property tests: realistic enough that matches, near misses and hard
// filter failures all occur often.
import fc from 'fast-check';
import { CommuteMode, MatchProximity, MatchSeeker, MatchSeekerOccupation, MatchVacancy } from '../match-model';

export const ARBITRARY_TODAY = '2026-11-28';

export const OCCUPATIONS = [
  { occupationId: 'esco:order-picker', iscoCode: '9334' },
  { occupationId: 'esco:warehouse-worker', iscoCode: '9334' },
  { occupationId: 'esco:cleaner', iscoCode: '9112' },
  { occupationId: 'esco:kitchen-help', iscoCode: '9412' },
  { occupationId: 'esco:cook', iscoCode: '5120' },
  { occupationId: 'esco:care-assistant', iscoCode: '5322' },
  { occupationId: 'esco:nurse-aide', iscoCode: '5321' },
  { occupationId: 'esco:welder', iscoCode: '7212' },
  { occupationId: 'esco:bus-driver', iscoCode: '8331' },
  { occupationId: 'esco:lorry-driver', iscoCode: '8332' },
  { occupationId: 'esco:shop-assistant', iscoCode: '5223' },
  { occupationId: 'esco:cashier', iscoCode: '5230' },
];
export const SKILLS = Array.from({ length: 12 }, (_, index) => `skill:${index}`);
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const EDUCATION = ['low', 'mid', 'high'] as const;
const LANGUAGES = ['fr', 'en', 'ar', 'tr', 'bg', 'sk'];
const LICENCES = ['B', 'BE', 'C', 'CE', 'D'];
const MODES: CommuteMode[] = ['walk', 'bike', 'e_bike', 'public_transport', 'car', 'moped'];
const SHIFTS = ['day', 'evening', 'night', 'weekend'];
const PROGRAMMES = ['regular', 'regular', 'regular', 'instapstage', 'artikel_60', 'ibo', 'werkervaring', 'internship'];
/** Wijken on a 5 × 5 grid, 1.5 km apart: enough geography for same, neighbouring and far. */
export const WIJKEN = Array.from({ length: 25 }, (_, index) => index + 1);

export const cefr = fc.constantFrom(...CEFR);
export const subset = <T>(values: readonly T[], maxLength = values.length) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength });
const languages = fc.uniqueArray(fc.record({ language: fc.constantFrom(...LANGUAGES), level: cefr }), {
  maxLength: 3,
  selector: (entry) => entry.language,
});
export const hoursRange = fc.tuple(fc.integer({ min: 4, max: 40 }), fc.integer({ min: 0, max: 20 }));

const desiredOccupations: fc.Arbitrary<MatchSeekerOccupation[]> = fc
  .uniqueArray(fc.constantFrom(...OCCUPATIONS), { maxLength: 3, selector: (occupation) => occupation.occupationId })
  .chain((chosen) =>
    fc
      .tuple(...chosen.map(() => fc.integer({ min: 0, max: 120 })))
      .map((months) =>
        chosen.map((occupation, index) => ({ ...occupation, rank: index + 1, experienceMonths: months[index] })),
      ),
  );

/** A MatchSeeker without id and programme eligibility (the fairness test derives those). */
export const seekerProfile: fc.Arbitrary<Omit<MatchSeeker, 'id' | 'eligibleProgrammes'>> = fc
  .record({
    desiredOccupations,
    skillIds: subset(SKILLS, 8),
    educationLevel: fc.constantFrom(...EDUCATION),
    diplomaRecognition: fc.constantFrom('not_needed', 'in_progress', 'recognised'),
    dutchLevel: fc.option(cefr, { nil: null }),
    otherLanguages: languages,
    drivingLicences: subset(LICENCES, 3),
    transportModes: subset(MODES, 3),
    maxCommuteMinutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    maxCommuteKm: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    hoursPerWeekMin: fc.constant(0),
    hoursPerWeekMax: fc.constant(0),
    shifts: subset(SHIFTS),
    availableFrom: fc.option(fc.constantFrom('2026-12-01', '2027-01-15'), { nil: null }),
    homeNeighbourhoodId: fc.constantFrom(...WIJKEN),
    active: fc.boolean(),
    visibleToEmployers: fc.boolean(),
  })
  .chain((base) => hoursRange.map(([min, extra]) => ({ ...base, hoursPerWeekMin: min, hoursPerWeekMax: min + extra })));

export const seeker: fc.Arbitrary<MatchSeeker> = fc
  .record({
    id: fc.uuid(),
    profile: seekerProfile,
    eligibleProgrammes: fc.uniqueArray(fc.constantFrom('instapstage', 'artikel_60'), { maxLength: 2 }),
  })
  .map(({ id, profile, eligibleProgrammes }) => ({ ...profile, id, eligibleProgrammes }));

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const vacancy: fc.Arbitrary<MatchVacancy> = fc
  .record({
    id: fc.uuid(),
    occupation: fc.constantFrom(...OCCUPATIONS),
    requiredSkillIds: subset(SKILLS, 4),
    niceToHaveSkillIds: subset(SKILLS, 3),
    minimumEducation: fc.constantFrom('none', 'low', 'mid', 'high'),
    dutchLevel: fc.option(cefr, { nil: null }),
    otherLanguages: fc.uniqueArray(fc.record({ language: fc.constantFrom(...LANGUAGES), level: cefr }), {
      maxLength: 2,
      selector: (entry) => entry.language,
    }),
    drivingLicences: subset(LICENCES, 1),
    hours: hoursRange,
    shifts: subset(SHIFTS, 2),
    programme: fc.constantFrom(...PROGRAMMES),
    open: fc.constantFrom(true, true, true, false),
    neighbourhoodId: fc.option(fc.constantFrom(...WIJKEN), { nil: null, freq: 8 }),
    publishedDaysAgo: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null, freq: 8 }),
  })
  .map(({ occupation, hours: [min, extra], publishedDaysAgo, ...rest }) => ({
    ...rest,
    occupationId: occupation.occupationId,
    iscoCode: occupation.iscoCode,
    hoursPerWeekMin: min,
    hoursPerWeekMax: min + extra,
    publishedAt: publishedDaysAgo === null ? null : `${addDays(ARBITRARY_TODAY, -publishedDaysAgo)}T09:00:00Z`,
    startDate: null,
  }));

export const proximity: fc.Arbitrary<MatchProximity> = fc.oneof(
  fc.record({
    distanceKm: fc.option(fc.double({ min: 0, max: 40, noNaN: true }), { nil: null }),
    sameNeighbourhood: fc.boolean(),
    neighbouringNeighbourhood: fc.boolean(),
    jobNeighbourhoodName: fc.option(fc.constantFrom('Rabot-Blaisantvest', 'Brugse Poort', 'Ledeberg'), { nil: null }),
  }),
);
