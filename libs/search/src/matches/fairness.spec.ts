/**
 * Fairness of the real doors into matching: seekerFromProfile (a person's own matches) and the profile
 * document (an employer's candidate search). Thousands of generated profiles are scored against a fixed set
 * of vacancies twice: once as they are, once with every protected attribute changed — origin, nationality,
 * gender, religion, work disability, diploma country, address and the exact date of birth (within the same
 * age band, which the instapstage rule may read). Scores, reasons and order must be identical.
 */
import { Availability, ProfileRecord } from '@werkpunt/jobseekers';
import {
  DEFAULT_MATCH_WEIGHTS,
  explainMatch,
  MatchContext,
  MatchProximity,
  MatchVacancy,
  rankMatches,
} from '@werkpunt/matching';
import fc from 'fast-check';
import { profileDocument, ProfileRow } from '../indexes/profile-documents';
import { seekerFromHit, seekerFromProfile } from './match-inputs';

const NOW = new Date('2026-11-28T10:00:00Z');
const TODAY = '2026-11-28';
const OCCUPATIONS: [string, string][] = [
  ['303a1e34-cb16-4054-b323-81e5eec17397', '9112'],
  ['e1cf6897-158d-4b48-a39e-2a3a8cac216c', '9412'],
  ['8d3e8aaa-791b-4c75-a465-f3f827028f50', '2221'],
  ['bea705fe-06ac-4147-b8e0-6e8ac1208d8f', '9333'],
  ['45037d43-a8f5-4f46-b332-b2935bc305f4', '8332'],
];
const ISCO = new Map(OCCUPATIONS);
const SKILLS = ['clean-floors', 'vacuum-and-dust', 'forklift', 'haccp', 'first-aid', 'customer-contact'];
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const LICENCES = ['AM', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D'];
const SHIFTS = ['day', 'evening', 'night', 'weekend'];
// Thousands of profiles in all (two properties); the matching library's own fairness test adds 2,000 more.
const NUM_RUNS = 1000;

/** Birth dates by age band on NOW: a variant picks another date in the same band. */
const BANDS = [
  { from: '2002-11-29', to: '2008-11-28' }, // 18–24
  { from: '1977-11-29', to: '2001-11-28' }, // 25–49
  { from: '1956-11-29', to: '1976-11-28' }, // 50–69
];
const dateIn = (band: { from: string; to: string }) =>
  fc
    .integer({ min: Date.parse(band.from), max: Date.parse(band.to) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

const protectedAttributes = fc.record({
  origin: fc.constantFrom('BE', 'MA', 'TR', 'SY', 'RO', 'CD', 'AF', 'BG'),
  nationality: fc.constantFrom('Belgian', 'Moroccan', 'Turkish', 'Syrian', 'Romanian', 'Congolese'),
  gender: fc.constantFrom('female', 'male', 'non-binary', 'unknown'),
  religion: fc.constantFrom('none', 'christian', 'muslim', 'jewish', null),
  workDisability: fc.constantFrom(true, false, null),
  diplomaCountry: fc.constantFrom('BE', 'MA', 'TR', 'SY', null),
  streetAddress: fc.constantFrom('Opgeëistenlaan 455', 'Wondelgemstraat 12', null),
});

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const profileArbitrary = fc
  .record({
    accountId: fc.uuid(),
    wishes: fc.uniqueArray(fc.constantFrom(...OCCUPATIONS.map(([id]) => id)), { minLength: 0, maxLength: 3 }),
    experience: fc.array(fc.integer({ min: 0, max: 240 }), { minLength: 3, maxLength: 3 }),
    skillIds: subset(SKILLS),
    educationLevel: fc.constantFrom('low', 'mid', 'high'),
    diplomaRecognition: fc.constantFrom('not_needed', 'in_progress', 'recognised'),
    dutchLevel: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
    otherLanguages: subset([
      { language: 'fr', level: 'B1' },
      { language: 'en', level: 'B2' },
      { language: 'ar', level: 'C2' },
    ]),
    drivingLicences: subset(LICENCES),
    transportModes: fc.subarray(['walk', 'bike', 'e_bike', 'public_transport', 'car', 'moped'], { minLength: 1 }),
    maxCommuteMinutes: fc.option(fc.integer({ min: 5, max: 90 }), { nil: null }),
    maxCommuteKm: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    hoursMin: fc.integer({ min: 1, max: 38 }),
    hoursExtra: fc.integer({ min: 0, max: 20 }),
    shifts: subset(SHIFTS),
    homeNeighbourhoodId: fc.integer({ min: 1, max: 25 }),
    band: fc.integer({ min: 0, max: 2 }),
    registeredMonthsAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    livingWageClient: fc.boolean(),
    availability: fc.constantFrom('active', 'paused', 'found_work'),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      dateOfBirth: dateIn(BANDS[base.band]),
      variantDateOfBirth: dateIn(BANDS[base.band]),
      attributes: protectedAttributes,
      variantAttributes: protectedAttributes,
    }),
  );

type Generated = fc.Arbitrary<typeof profileArbitrary extends fc.Arbitrary<infer T> ? T : never>;
type Sample = Generated extends fc.Arbitrary<infer T> ? T : never;

/** The stored profile, with the protected attributes the platform keeps (and the ones it never would). */
function profileOf(sample: Sample, variant: boolean): ProfileRecord & Record<string, unknown> {
  const { base } = sample;
  const attributes = variant ? sample.variantAttributes : sample.attributes;
  const registered =
    base.registeredMonthsAgo === null ? null : new Date(NOW.getTime() - base.registeredMonthsAgo * 30.5 * 86_400_000);
  return {
    accountId: base.accountId,
    desiredOccupations: base.wishes.map((occupationId, i) => ({
      occupationId,
      rank: i + 1,
      experienceMonths: base.experience[i],
    })),
    skillIds: base.skillIds,
    educationLevel: base.educationLevel as ProfileRecord['educationLevel'],
    diplomaTitle: null,
    diplomaCountry: attributes.diplomaCountry,
    diplomaRecognition: base.diplomaRecognition as ProfileRecord['diplomaRecognition'],
    dutchLevel: base.dutchLevel,
    otherLanguages: base.otherLanguages as ProfileRecord['otherLanguages'],
    drivingLicences: base.drivingLicences as ProfileRecord['drivingLicences'],
    transportModes: base.transportModes as ProfileRecord['transportModes'],
    maxCommuteMinutes: base.maxCommuteMinutes ?? (base.maxCommuteKm === null ? 30 : null),
    maxCommuteKm: base.maxCommuteKm,
    hoursPerWeekMin: base.hoursMin,
    hoursPerWeekMax: Math.min(60, base.hoursMin + base.hoursExtra),
    shifts: base.shifts as ProfileRecord['shifts'],
    availableFrom: null,
    homeNeighbourhoodId: base.homeNeighbourhoodId,
    streetAddress: attributes.streetAddress,
    postcode: attributes.streetAddress ? '9000' : null,
    dateOfBirth: variant ? sample.variantDateOfBirth : sample.dateOfBirth,
    registeredSince: registered ? registered.toISOString().slice(0, 10) : null,
    livingWageClient: base.livingWageClient,
    inArtikel60: false,
    workDisability: attributes.workDisability,
    availability: base.availability as ProfileRecord['availability'],
    lastChangeSource: 'self' as ProfileRecord['lastChangeSource'],
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    // Never stored by the platform; here to show that nothing downstream could read them even if they were.
    origin: attributes.origin,
    nationality: attributes.nationality,
    gender: attributes.gender,
    religion: attributes.religion,
  };
}

/** The row the index builder reads for the same profile (its SELECT names no sensitive column). */
function rowOf(profile: ProfileRecord): ProfileRow {
  return {
    account_id: profile.accountId,
    account_status: 'active',
    availability: profile.availability,
    visible_to_employers: true,
    desired_occupations: profile.desiredOccupations,
    occupations: profile.desiredOccupations.map((w) => ({
      id: w.occupationId,
      isco: ISCO.get(w.occupationId)!,
      label: w.occupationId,
    })),
    skill_ids: profile.skillIds,
    skill_names: null,
    education_level: profile.educationLevel,
    dutch_level: profile.dutchLevel,
    other_languages: profile.otherLanguages,
    driving_licences: profile.drivingLicences,
    transport_modes: profile.transportModes as ProfileRow['transport_modes'],
    max_commute_minutes: profile.maxCommuteMinutes,
    max_commute_km: profile.maxCommuteKm,
    hours_per_week_min: profile.hoursPerWeekMin,
    hours_per_week_max: profile.hoursPerWeekMax,
    shifts: profile.shifts,
    available_from: profile.availableFrom,
    home_neighbourhood_id: profile.homeNeighbourhoodId,
    centroid_lat: 51.05,
    centroid_lon: 3.72,
    date_of_birth: profile.dateOfBirth,
    registered_since: profile.registeredSince,
    updated_at: NOW,
  };
}

const vacancyArbitrary: fc.Arbitrary<MatchVacancy> = fc
  .record({
    id: fc.uuid(),
    occupationId: fc.constantFrom(...OCCUPATIONS.map(([id]) => id)),
    iscoCode: fc.constant(''),
    requiredSkillIds: subset(SKILLS),
    niceToHaveSkillIds: subset(SKILLS),
    minimumEducation: fc.constantFrom('none', 'low', 'mid', 'high'),
    dutchLevel: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
    otherLanguages: subset([
      { language: 'fr', level: 'A2' as const },
      { language: 'en', level: 'B1' as const },
    ]),
    drivingLicences: subset(['B', 'C']),
    hoursPerWeekMin: fc.integer({ min: 1, max: 30 }),
    hoursPerWeekMax: fc.integer({ min: 30, max: 40 }),
    shifts: subset(SHIFTS),
    programme: fc.constantFrom('regular', 'instapstage', 'artikel_60', 'ibo', 'werkervaring'),
    open: fc.constant(true),
    neighbourhoodId: fc.integer({ min: 1, max: 25 }),
    publishedAt: fc.constantFrom('2026-11-01T08:00:00Z', '2026-11-27T08:00:00Z', '2026-09-01T08:00:00Z'),
    startDate: fc.constant(null),
  })
  .map((v) => ({ ...v, iscoCode: ISCO.get(v.occupationId)! }) as MatchVacancy);

const VACANCIES = fc.sample(vacancyArbitrary, { numRuns: 20, seed: 42 });
const PROXIMITIES: MatchProximity[] = VACANCIES.map((_, i) => ({
  distanceKm: (i % 10) * 0.9,
  sameNeighbourhood: i % 10 === 0,
  neighbouringNeighbourhood: i % 10 === 1,
}));

function ranking(
  seekerOf: (variant: boolean) => Parameters<typeof explainMatch>[0],
  direction: MatchContext['direction'],
) {
  const context: MatchContext = { today: TODAY, weights: DEFAULT_MATCH_WEIGHTS, direction };
  return (variant: boolean) => {
    const seeker = seekerOf(variant);
    const explained = VACANCIES.map((vacancy, i) => ({
      item: { id: vacancy.id },
      explanation: explainMatch(seeker, vacancy, PROXIMITIES[i], context),
    }));
    return { explained, order: rankMatches(explained).map((m) => m.item.id) };
  };
}

describe('fairness of the matching inputs built from stored profiles', () => {
  it('gives identical scores, reasons and order to a person’s own matches whatever the protected attributes', () => {
    fc.assert(
      fc.property(profileArbitrary, (sample) => {
        const run = ranking(
          (variant) => seekerFromProfile(profileOf(sample, variant), ISCO, true, NOW),
          'vacancies-for-seeker',
        );
        const original = run(false);
        const varied = run(true);
        expect(varied.explained).toEqual(original.explained);
        expect(varied.order).toEqual(original.order);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives identical candidate scores and order from the index document whatever the protected attributes', () => {
    fc.assert(
      fc.property(profileArbitrary, (sample) => {
        const documentOf = (variant: boolean) => profileDocument(rowOf(profileOf(sample, variant)), 1, NOW);
        expect(documentOf(true)).toEqual(documentOf(false));
        const run = ranking(
          (variant) => seekerFromHit({ ...documentOf(variant), geo: null, distanceMeters: null }),
          'candidates-for-vacancy',
        );
        expect(run(true)).toEqual(run(false));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never puts a protected or sensitive field into a profile document', () => {
    const forbidden =
      /birth|^age|Age$|origin|national|gender|religio|disab|living|wage|artikel|address|postcode|country|recognition/i;
    fc.assert(
      fc.property(profileArbitrary, (sample) => {
        const document = profileDocument(rowOf(profileOf(sample, false)), 1, NOW);
        expect(Object.keys(document.fields).filter((key) => forbidden.test(key))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('does see what it should: a different Dutch level changes the scores (the property is not vacuous)', () => {
    const [sample] = fc.sample(profileArbitrary, { numRuns: 1, seed: 7 });
    const profile = { ...profileOf(sample, false), dutchLevel: 'A1' as const, availability: Availability.Active };
    const better = { ...profile, dutchLevel: 'C2' as const };
    const context: MatchContext = { today: TODAY, weights: DEFAULT_MATCH_WEIGHTS, direction: 'vacancies-for-seeker' };
    const scores = (p: ProfileRecord) =>
      VACANCIES.map((v, i) => explainMatch(seekerFromProfile(p, ISCO, true, NOW), v, PROXIMITIES[i], context).score);
    expect(scores(better)).not.toEqual(scores(profile));
  });
});
