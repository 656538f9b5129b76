import {
  Availability,
  JobSeekerProfile,
  DiplomaRecognition,
  DrivingLicence,
  ProfileChangeSource,
  ProfileContent,
  ProfileStore,
  Shift,
  TransportMode,
} from '@werkpunt/jobseekers';
import { Account, AccountStatus, PreferredLanguage, Role } from '@werkpunt/identity';
import { DataSource } from 'typeorm';
import { DEMO_DEFAULTS, DemoJobSeeker, generateDemoData, TransportMode as DemoTransportMode } from '../demo/generate';
import { loadDemoSources } from '../demo/load-demo-sources';
import { SeedStep } from '../seed-step';
import { DEMO_ACCOUNT_IDS } from './accounts.step';

// ESCO ids are the UUIDs at the end of the ESCO URIs: stable across reseeds and releases.
const OCCUPATION = {
  buildingCleaner: '303a1e34-cb16-4054-b323-81e5eec17397', // schoonmaker gebouwen
  kitchenHelp: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c', // keukenhulp
  kitchenWorker: 'f756fdab-7726-4c48-bfcc-94ff8810fc08', // medewerker keuken
  warehouseWorker: 'bea705fe-06ac-4147-b8e0-6e8ac1208d8f', // magazijnmedewerker
};
const WIJK = { rabot: 7, brugsePoort: 4 };

const NONE = {
  diplomaTitle: null,
  diplomaCountry: null,
  diplomaRecognition: DiplomaRecognition.NotNeeded,
  drivingLicences: [],
  maxCommuteKm: null,
  availableFrom: null,
  streetAddress: null,
  postcode: null,
  inArtikel60: false,
  workDisability: null,
  availability: Availability.Active,
  lastChangeSource: ProfileChangeSource.Self,
} satisfies Partial<ProfileContent>;

/** The demo job seekers of the accounts step, each showing something different (README, "Demo accounts"). */
const DEMO_PROFILES: Record<string, ProfileContent> = {
  // The API docs' example: cleaning and kitchen help, Dutch A2, by bike up to 20 minutes, living in Rabot.
  'job-seeker-1': {
    ...NONE,
    desiredOccupations: [
      { occupationId: OCCUPATION.buildingCleaner, rank: 1, experienceMonths: 18 },
      { occupationId: OCCUPATION.kitchenHelp, rank: 2, experienceMonths: 0 },
    ],
    skillIds: ['clean-floors', 'wash-dishes', 'handle-food-hygienically'],
    educationLevel: 'low',
    diplomaTitle: 'Baccalauréat',
    diplomaCountry: 'MA',
    diplomaRecognition: DiplomaRecognition.InProgress,
    dutchLevel: 'A2',
    otherLanguages: [
      { language: 'ar', level: 'C2' },
      { language: 'fr', level: 'B2' },
    ],
    transportModes: [TransportMode.Bike, TransportMode.Walk],
    maxCommuteMinutes: 20,
    hoursPerWeekMin: 19,
    hoursPerWeekMax: 30,
    shifts: [Shift.Day, Shift.Evening],
    homeNeighbourhoodId: WIJK.rabot,
    streetAddress: 'Wondelgemstraat 100',
    postcode: '9000',
    dateOfBirth: '1990-04-12',
    registeredSince: '2025-09-01',
    livingWageClient: true,
  },
  'job-seeker-2': {
    ...NONE,
    desiredOccupations: [{ occupationId: OCCUPATION.warehouseWorker, rank: 1, experienceMonths: 36 }],
    skillIds: ['pick-orders', 'drive-forklift', 'keep-workplace-orderly'],
    educationLevel: 'mid',
    dutchLevel: 'A1',
    otherLanguages: [
      { language: 'sk', level: 'C2' },
      { language: 'en', level: 'B1' },
    ],
    drivingLicences: [DrivingLicence.B],
    transportModes: [TransportMode.PublicTransport, TransportMode.Bike],
    maxCommuteMinutes: 45,
    maxCommuteKm: 25,
    hoursPerWeekMin: 30,
    hoursPerWeekMax: 38,
    shifts: [Shift.Day, Shift.Night, Shift.Weekend],
    availableFrom: '2026-12-01',
    homeNeighbourhoodId: WIJK.brugsePoort,
    dateOfBirth: '1998-06-20',
    registeredSince: '2026-02-01',
    livingWageClient: false,
  },
  // Under 25, no secondary diploma, more than 6 months registered: eligible for an instapstage. Filled in by
  // his mediator at the Werkpunt, as he has no e-mail address.
  'client-without-email': {
    ...NONE,
    desiredOccupations: [{ occupationId: OCCUPATION.kitchenWorker, rank: 1, experienceMonths: 4 }],
    skillIds: ['wash-dishes', 'clean-kitchen'],
    educationLevel: 'low',
    dutchLevel: 'B1',
    otherLanguages: [{ language: 'tr', level: 'C1' }],
    transportModes: [TransportMode.Bike, TransportMode.PublicTransport],
    maxCommuteMinutes: 30,
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 38,
    shifts: [Shift.Day, Shift.Weekend],
    homeNeighbourhoodId: WIJK.rabot,
    dateOfBirth: '2003-05-15',
    registeredSince: '2025-12-01',
    livingWageClient: false,
    lastChangeSource: ProfileChangeSource.MediatorOnBehalf,
  },
};

const TRANSPORT: Record<DemoTransportMode, TransportMode> = {
  walk: TransportMode.Walk,
  bike: TransportMode.Bike,
  publicTransport: TransportMode.PublicTransport,
  car: TransportMode.Car,
};

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters with some 30 columns a row. */
const CHUNK = 500;

/**
 * Profiles for the demo job-seeker accounts (fixed ids from the accounts step), then the demo generator's job
 * seekers (seeds/src/demo, default seed and scale) with an account each, so matching has a realistic city to
 * work on. Idempotent: fixed ids, upserts.
 */
export const jobSeekersSeedStep: SeedStep = {
  name: 'demo job-seeker profiles',
  kind: 'demo',
  async run({ dataSource, dataDir, progress }) {
    const demo = generateDemoData({ seed: DEMO_DEFAULTS.seed }, await loadDemoSources(dataDir));
    const entries = Object.entries(DEMO_PROFILES);
    progress.start('Demo job-seeker profiles', entries.length + demo.jobSeekers.length);
    try {
      // The demo accounts' profiles go through the store like an API change: the version goes up each run.
      const store = new ProfileStore(dataSource);
      for (const [key, content] of entries) {
        await store.replace(DEMO_ACCOUNT_IDS[key], content);
        progress.increment();
      }
      const occupationIds = await occupationIdsByEscoCode(dataSource);
      for (let from = 0; from < demo.jobSeekers.length; from += CHUNK) {
        const chunk = demo.jobSeekers.slice(from, from + CHUNK);
        await writeGeneratedJobSeekers(dataSource, chunk, occupationIds);
        progress.increment(chunk.length);
      }
    } finally {
      progress.stop();
    }
  },
};

async function occupationIdsByEscoCode(dataSource: DataSource): Promise<Map<string, string>> {
  const rows = await dataSource.query<{ id: string; esco_code: string }[]>('SELECT id, esco_code FROM occupations');
  return new Map(rows.map((row) => [row.esco_code, row.id]));
}

/**
 * One chunk of generated job seekers: accounts without e-mail or password (nobody logs in as them; a
 * mediator could give one a claim code) and their profiles. The generator is deterministic, so a rerun writes
 * the same content and the version stays as it is.
 */
async function writeGeneratedJobSeekers(
  dataSource: DataSource,
  jobSeekers: readonly DemoJobSeeker[],
  occupationIds: ReadonlyMap<string, string>,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.upsert(
      Account,
      jobSeekers.map((person) => ({
        id: person.id,
        role: Role.JobSeeker,
        email: null,
        username: null,
        phone: null,
        displayName: `${person.firstName} ${person.lastName}`,
        preferredLanguage: PreferredLanguage.Dutch,
        passwordHash: null,
        status: AccountStatus.Active,
      })),
      ['id'],
    );
    const profiles = jobSeekers.map((person) => ({
      accountId: person.id,
      version: 1,
      ...generatedProfile(person, occupationIds),
    }));
    const content = Object.keys(profiles[0]).filter((key) => key !== 'accountId' && key !== 'version');
    await manager
      .createQueryBuilder()
      .insert()
      .into(JobSeekerProfile)
      .values(profiles)
      .orUpdate(
        content.map(
          (key) => manager.getRepository(JobSeekerProfile).metadata.findColumnWithPropertyName(key)!.databaseName,
        ),
        ['account_id'],
      )
      .execute();
  });
}

/** The generator's record as a profile. It draws no skills, experience or address; those stay empty. */
function generatedProfile(person: DemoJobSeeker, occupationIds: ReadonlyMap<string, string>): ProfileContent {
  const wishes = person.desiredOccupations.flatMap((wish) => {
    const occupationId = occupationIds.get(wish.escoCode);
    return occupationId ? [occupationId] : [];
  });
  return {
    ...NONE,
    desiredOccupations: [...new Set(wishes)].map((occupationId, index) => ({
      occupationId,
      rank: index + 1,
      experienceMonths: 0,
    })),
    skillIds: [],
    educationLevel: person.educationLevel,
    dutchLevel: person.dutchLevel,
    otherLanguages: person.otherLanguages,
    drivingLicences: person.drivingLicences.map((licence) => licence as DrivingLicence),
    transportModes: [TRANSPORT[person.transportMode]],
    maxCommuteMinutes: person.maxCommuteMinutes,
    hoursPerWeekMin: person.availableHoursPerWeek,
    hoursPerWeekMax: person.availableHoursPerWeek,
    shifts: person.availableShifts.map((shift) => shift as Shift),
    homeNeighbourhoodId: person.homeWijkNumber,
    // The generator keeps only the birth year; mid-year puts the age band right to within half a year.
    dateOfBirth: `${person.birthYear}-07-01`,
    registeredSince: person.unemployedSince,
    livingWageClient: person.livingWageClient,
  };
}
