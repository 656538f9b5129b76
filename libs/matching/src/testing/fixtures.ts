// Shared test data: a newcomer in Rabot looking for warehouse work, and a warehouse vacancy nearby.
import { MatchContext, MatchProximity, MatchSeeker, MatchVacancy } from '../match-model';
import { DEFAULT_MATCH_WEIGHTS } from '../weights';

export const TODAY = '2026-11-28';

export const ORDER_PICKER = 'esco:order-picker';
export const WAREHOUSE_WORKER = 'esco:warehouse-worker';

export function aSeeker(overrides: Partial<MatchSeeker> = {}): MatchSeeker {
  return {
    id: 'seeker-1',
    desiredOccupations: [{ occupationId: ORDER_PICKER, iscoCode: '9334', rank: 1, experienceMonths: 0 }],
    skillIds: ['skill:forklift', 'skill:scanner'],
    educationLevel: 'low',
    diplomaRecognition: 'not_needed',
    dutchLevel: 'A2',
    otherLanguages: [{ language: 'ar', level: 'C2' }],
    drivingLicences: [],
    transportModes: ['bike', 'public_transport'],
    maxCommuteMinutes: 30,
    maxCommuteKm: null,
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 38,
    shifts: ['day', 'evening'],
    availableFrom: null,
    homeNeighbourhoodId: 12,
    eligibleProgrammes: [],
    active: true,
    visibleToEmployers: true,
    ...overrides,
  };
}

export function aVacancy(overrides: Partial<MatchVacancy> = {}): MatchVacancy {
  return {
    id: 'vacancy-1',
    occupationId: ORDER_PICKER,
    iscoCode: '9334',
    requiredSkillIds: ['skill:forklift', 'skill:scanner'],
    niceToHaveSkillIds: [],
    minimumEducation: 'none',
    dutchLevel: 'A2',
    otherLanguages: [],
    drivingLicences: [],
    hoursPerWeekMin: 38,
    hoursPerWeekMax: 38,
    shifts: ['day'],
    programme: 'regular',
    open: true,
    neighbourhoodId: 13,
    publishedAt: `${TODAY}T08:00:00Z`,
    startDate: null,
    ...overrides,
  };
}

export function aProximity(overrides: Partial<MatchProximity> = {}): MatchProximity {
  return {
    distanceKm: 1.2,
    sameNeighbourhood: false,
    neighbouringNeighbourhood: false,
    jobNeighbourhoodName: null,
    ...overrides,
  };
}

export function aContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return {
    today: TODAY,
    weights: { ...DEFAULT_MATCH_WEIGHTS },
    direction: 'vacancies-for-seeker',
    labels: {
      skills: {
        'skill:forklift': { nl: 'heftruck besturen', en: 'operate a forklift' },
        'skill:scanner': { nl: 'handscanner gebruiken', en: 'use a hand scanner' },
        'skill:haccp': { nl: 'HACCP toepassen', en: 'apply HACCP' },
      },
      occupations: {
        [ORDER_PICKER]: { nl: 'orderpicker', en: 'order picker' },
        [WAREHOUSE_WORKER]: { nl: 'magazijnier', en: 'warehouse worker' },
      },
    },
    ...overrides,
  };
}
