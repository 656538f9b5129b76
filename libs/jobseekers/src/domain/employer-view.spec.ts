import { sensitiveFieldNames } from '@werkpunt/platform';
import { employerCandidateView } from './employer-view';
import { ProfileRecord } from './profile-record';
import {
  Availability,
  DiplomaRecognition,
  DrivingLicence,
  ProfileChangeSource,
  Programme,
  Shift,
  TransportMode,
} from './profile-vocabulary';

// Loads the view classes, so their @Sensitive() declarations are registered for the check below.
import '../profiles/dto/profile-view.dto';

const NOW = new Date('2026-11-28T10:00:00Z');
const PROFILE: ProfileRecord = {
  accountId: '6b1f7c1e-8d7a-4b59-9a43-2f0e5d1c9a10',
  desiredOccupations: [{ occupationId: '303a1e34-cb16-4054-b323-81e5eec17397', rank: 1, experienceMonths: 18 }],
  skillIds: ['clean-floors'],
  educationLevel: 'low',
  diplomaTitle: 'Baccalauréat (marker-diploma-title)',
  diplomaCountry: 'MA',
  diplomaRecognition: DiplomaRecognition.InProgress,
  dutchLevel: 'A2',
  otherLanguages: [{ language: 'ar', level: 'C2' }],
  drivingLicences: [DrivingLicence.B],
  transportModes: [TransportMode.Bike],
  maxCommuteMinutes: 20,
  maxCommuteKm: null,
  hoursPerWeekMin: 19,
  hoursPerWeekMax: 30,
  shifts: [Shift.Day],
  availableFrom: null,
  homeNeighbourhoodId: 7,
  streetAddress: 'Wondelgemstraat 100 (marker-street)',
  postcode: '9000',
  dateOfBirth: '2004-03-10',
  registeredSince: '2026-01-05',
  livingWageClient: true,
  inArtikel60: false,
  workDisability: true,
  availability: Availability.Active,
  lastChangeSource: ProfileChangeSource.MediatorOnBehalf,
  version: 4,
  createdAt: new Date('2026-01-05T09:00:00Z'),
  updatedAt: new Date('2026-11-27T09:00:00Z'),
};

describe('employerCandidateView', () => {
  const view = employerCandidateView(PROFILE, NOW);
  const keys = Object.keys(view);
  const text = JSON.stringify(view);

  it('keeps what the work needs', () => {
    expect(view).toMatchObject({
      candidateId: PROFILE.accountId,
      educationLevel: 'low',
      dutchLevel: 'A2',
      transportModes: ['bike'],
      maxCommuteMinutes: 20,
      homeWijkId: 7,
      eligibleProgrammes: [Programme.Instapstage],
    });
  });

  it('drops the address, date of birth, age band and every sensitive fact', () => {
    for (const field of [
      'streetAddress',
      'postcode',
      'address',
      'dateOfBirth',
      'ageBand',
      'livingWageClient',
      'inArtikel60',
      'workDisability',
      'eligibility',
      'registeredSince',
      'monthsRegistered',
      'lastChangeSource',
    ]) {
      expect(keys).not.toContain(field);
    }
    expect(keys.filter((key) => sensitiveFieldNames().includes(key))).toEqual([]);
    expect(text).not.toMatch(/marker-street|9000|2004-03-10/);
  });

  it('drops what hints at origin: the diploma’s title, country and recognition', () => {
    expect(keys).not.toEqual(expect.arrayContaining(['diplomaTitle']));
    expect(keys).not.toContain('diplomaCountry');
    expect(keys).not.toContain('diplomaRecognition');
    expect(text).not.toMatch(/marker-diploma-title|"MA"|in_progress/);
  });

  it('never names artikel 60, which would reveal a living wage', () => {
    expect(view.eligibleProgrammes).not.toContain(Programme.Artikel60);
    expect(employerCandidateView({ ...PROFILE, dateOfBirth: '1980-01-01' }, NOW).eligibleProgrammes).toEqual([]);
  });
});
