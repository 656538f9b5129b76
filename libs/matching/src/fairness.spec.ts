/**
 * Fairness property: origin, nationality, gender, religion, disability and the exact date of birth never change
 * a score, a reason or a ranking. The person record below carries those attributes on purpose; only
 * toMatchSeeker decides what matching sees, and the test varies every protected attribute to prove that
 * nothing of them gets through (age only as the band that programme rules use).
 */
import fc from 'fast-check';
import { explainMatch } from './explain-match';
import { MatchContext, MatchExplanation, MatchProximity, MatchSeeker, MatchVacancy } from './match-model';
import { rankMatches } from './rank-matches';
import { addDays, ARBITRARY_TODAY, seekerProfile, vacancy as vacancyArbitrary } from './testing/arbitraries';
import { DEFAULT_MATCH_WEIGHTS } from './weights';

const TODAY = ARBITRARY_TODAY;
const NUM_RUNS = 2000;

// ---- The person as a caseload system knows them, protected attributes included ----

type AgeBand = 'under25' | 'from25To49' | 'from50';

interface ProtectedAttributes {
  origin: string;
  nationality: string;
  gender: string;
  religion: string | null;
  disability: string | null;
  dateOfBirth: string;
}

interface Person extends ProtectedAttributes {
  accountId: string;
  /** Everything matching may read, apart from programme eligibility, which is derived below. */
  profile: Omit<MatchSeeker, 'id' | 'eligibleProgrammes'>;
  monthsRegistered: number;
  livingWageClient: boolean;
}

// The compiler refuses this file if MatchSeeker ever gains a protected key.
type ProtectedKey = keyof ProtectedAttributes | 'age' | 'exactAge' | 'ethnicity' | 'sex' | 'birthDate';
type LeakedKeys = Extract<keyof MatchSeeker, ProtectedKey>;
const noProtectedKeys: [LeakedKeys] extends [never] ? true : false = true;

function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function ageBandOn(dateOfBirth: string, today: string): AgeBand {
  const age = wholeYearsBetween(dateOfBirth, today);
  if (age < 25) return 'under25';
  return age < 50 ? 'from25To49' : 'from50';
}

/** The mapping under test: it may read the date of birth only through the age band. */
function toMatchSeeker(person: Person, today: string): MatchSeeker {
  const band = ageBandOn(person.dateOfBirth, today);
  const eligibleProgrammes: string[] = [];
  if (band === 'under25' && person.profile.educationLevel === 'low' && person.monthsRegistered >= 6) {
    eligibleProgrammes.push('instapstage');
  }
  if (person.livingWageClient) eligibleProgrammes.push('artikel_60');
  const p = person.profile;
  return {
    id: person.accountId,
    desiredOccupations: p.desiredOccupations,
    skillIds: p.skillIds,
    educationLevel: p.educationLevel,
    diplomaRecognition: p.diplomaRecognition,
    dutchLevel: p.dutchLevel,
    otherLanguages: p.otherLanguages,
    drivingLicences: p.drivingLicences,
    transportModes: p.transportModes,
    maxCommuteMinutes: p.maxCommuteMinutes,
    maxCommuteKm: p.maxCommuteKm,
    hoursPerWeekMin: p.hoursPerWeekMin,
    hoursPerWeekMax: p.hoursPerWeekMax,
    shifts: p.shifts,
    availableFrom: p.availableFrom,
    homeNeighbourhoodId: p.homeNeighbourhoodId,
    eligibleProgrammes,
    active: p.active,
    visibleToEmployers: p.visibleToEmployers,
  };
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  // 29 February falls back to 28 February: the bounds stay inside the band either way.
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Dates of birth that give the band on TODAY: every exact age within it, from the youngest to the oldest. */
function dateOfBirthIn(band: AgeBand): fc.Arbitrary<string> {
  const [youngestAge, oldestAge] = band === 'under25' ? [16, 24] : band === 'from25To49' ? [25, 49] : [50, 66];
  const latest = addYears(TODAY, -youngestAge);
  const earliest = addDays(addYears(TODAY, -(oldestAge + 1)), 1);
  const span = Math.round((Date.parse(latest) - Date.parse(earliest)) / 86_400_000);
  return fc.integer({ min: 0, max: span }).map((offset) => addDays(earliest, offset));
}

function protectedAttributes(band: AgeBand): fc.Arbitrary<ProtectedAttributes> {
  return fc.record({
    origin: fc.constantFrom(
      'Belgium',
      'Morocco',
      'Turkey',
      'Slovakia',
      'Bulgaria',
      'Syria',
      'Eritrea',
      'Afghanistan',
      'DR Congo',
    ),
    nationality: fc.constantFrom('BE', 'MA', 'TR', 'SK', 'BG', 'SY', 'ER', 'AF', 'CD', 'stateless'),
    gender: fc.constantFrom('female', 'male', 'non-binary', 'unspecified'),
    religion: fc.option(fc.constantFrom('islam', 'christianity', 'judaism', 'hinduism', 'none'), { nil: null }),
    disability: fc.option(fc.constantFrom('visual', 'hearing', 'mobility', 'chronic illness', 'learning'), {
      nil: null,
    }),
    dateOfBirth: dateOfBirthIn(band),
  });
}

/** One person and two more people who differ from them only in protected attributes. */
const personWithVariants = fc
  .record({
    band: fc.constantFrom<AgeBand>('under25', 'from25To49', 'from50'),
    accountId: fc.uuid(),
    profile: seekerProfile,
    monthsRegistered: fc.integer({ min: 0, max: 36 }),
    livingWageClient: fc.boolean(),
    direction: fc.constantFrom<MatchContext['direction']>('vacancies-for-seeker', 'candidates-for-vacancy'),
  })
  .chain(({ band, direction, ...facts }) =>
    fc
      .tuple(protectedAttributes(band), protectedAttributes(band), protectedAttributes(band))
      .map((attributes) => ({ band, direction, people: attributes.map((a): Person => ({ ...facts, ...a })) })),
  );

const VACANCIES: MatchVacancy[] = fc.sample(vacancyArbitrary, { numRuns: 30, seed: 20261128 });

function proximityBetween(homeWijk: number, job: MatchVacancy): MatchProximity {
  if (job.neighbourhoodId === null) {
    return { distanceKm: null, sameNeighbourhood: false, neighbouringNeighbourhood: false };
  }
  const [hx, hy] = [(homeWijk - 1) % 5, Math.floor((homeWijk - 1) / 5)];
  const [jx, jy] = [(job.neighbourhoodId - 1) % 5, Math.floor((job.neighbourhoodId - 1) / 5)];
  const steps = Math.abs(hx - jx) + Math.abs(hy - jy);
  return {
    distanceKm: Math.hypot(hx - jx, hy - jy) * 1.5,
    sameNeighbourhood: steps === 0,
    neighbouringNeighbourhood: steps === 1,
    jobNeighbourhoodName: `wijk ${job.neighbourhoodId}`,
  };
}

function matchAll(seeker: MatchSeeker, direction: MatchContext['direction']): MatchExplanation[] {
  const context: MatchContext = { today: TODAY, weights: { ...DEFAULT_MATCH_WEIGHTS }, direction };
  return VACANCIES.map((job) => explainMatch(seeker, job, proximityBetween(seeker.homeNeighbourhoodId, job), context));
}

function rankedIds(explanations: MatchExplanation[]): string[] {
  return rankMatches(VACANCIES.map((item, index) => ({ item, explanation: explanations[index] }))).map(
    (match) => match.item.id,
  );
}

/** Key names that would mean a protected attribute reached matching, matched as camelCase words. */
const DENIED_WORDS = [
  'origin',
  'nationality',
  'ethnicity',
  'ethnic',
  'gender',
  'sex',
  'religion',
  'faith',
  'disability',
  'disabled',
  'birth',
  'dob',
  'age',
];

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, nested]) => [key, ...keysDeep(nested)]);
}

function deniedKeys(value: unknown): string[] {
  return keysDeep(value).filter((key) =>
    key
      .split(/(?=[A-Z])|[_-]/)
      .map((word) => word.toLowerCase())
      .some((word) => DENIED_WORDS.includes(word)),
  );
}

describe('fairness: protected attributes never reach the ranking', () => {
  it('is guarded by the type', () => {
    expect(noProtectedKeys).toBe(true);
  });

  it('has a deny list that would catch a leaked key, and a varied set of vacancies', () => {
    expect(deniedKeys({ id: 'x', otherLanguages: [{ language: 'fr' }], exactAge: 3, countryOfOrigin: 'x' })).toEqual([
      'exactAge',
      'countryOfOrigin',
    ]);
    expect(VACANCIES).toHaveLength(30);
    expect(new Set(VACANCIES.map((job) => job.occupationId)).size).toBeGreaterThan(5);
  });

  it(`gives identical explanations, scores and order whatever the protected attributes (${NUM_RUNS} people)`, () => {
    let comparedEligible = 0;
    fc.assert(
      fc.property(personWithVariants, ({ band, direction, people }) => {
        const seekers = people.map((person) => toMatchSeeker(person, TODAY));
        for (const person of people) expect(ageBandOn(person.dateOfBirth, TODAY)).toBe(band);
        for (const seeker of seekers) expect(deniedKeys(seeker)).toEqual([]);

        const [first, ...others] = seekers.map((seeker) => matchAll(seeker, direction));
        const expectedJson = JSON.stringify(first);
        const expectedOrder = rankedIds(first);
        comparedEligible += expectedOrder.length;
        for (const explanations of others) {
          expect(JSON.stringify(explanations)).toBe(expectedJson);
          expect(rankedIds(explanations)).toEqual(expectedOrder);
        }
      }),
      { numRuns: NUM_RUNS },
    );
    // The property is only meaningful if people actually get ranked results.
    expect(comparedEligible).toBeGreaterThan(NUM_RUNS);
  }, 180_000);
});
