import { LatLon, NeighbourhoodsService } from '@werkpunt/geo';
import { OpeningHours, Werkpunt, WerkpuntStatus } from '@werkpunt/mediation';

import { DEMO_ID_NAMESPACE, uuidV5 } from '../demo/ids';
import { neighbourhoodsOf } from '../neighbourhoods';
import { SeedStep } from '../seed-step';
import { DEMO_WERKPUNT_RABOT_ID } from './accounts.step';

/**
 * Fixed ids, derived like the accounts seed's Werkpunt Rabot id (which mediators' memberships already use),
 * so the two steps always agree.
 */
export const WERKPUNT_IDS = {
  ledeberg: uuidV5(DEMO_ID_NAMESPACE, 'werkpunt:ledeberg'),
  rabot: DEMO_WERKPUNT_RABOT_ID,
  nieuwGent: uuidV5(DEMO_ID_NAMESPACE, 'werkpunt:nieuw-gent'),
  dampoort: uuidV5(DEMO_ID_NAMESPACE, 'werkpunt:dampoort'),
} as const;

interface WerkpuntSeed {
  id: string;
  name: string;
  host: string | null;
  streetAddress: string | null;
  postcode: string;
  /** The wijknr we expect; the seed checks it against the geo tables before writing anything. */
  neighbourhoodId: number;
  /** Approximate until confirmed (see notes); must lie inside the wijk above. */
  location: LatLon | null;
  openingHours: OpeningHours;
  email: string | null;
  status: WerkpuntStatus;
  notes: string;
}

const DEMO_VALUES = 'Opening hours and e-mail are demo values, not the real ones.';

// Hours are Europe/Brussels local times. Phones stay empty: no number was confirmed, and a made-up
// number could ring a real person.
const DEMO_HOURS_LEDEBERG: OpeningHours = [
  { weekday: 'monday', opens: '09:00', closes: '12:00' },
  { weekday: 'tuesday', opens: '09:00', closes: '12:00' },
  { weekday: 'tuesday', opens: '13:30', closes: '16:00' },
  { weekday: 'thursday', opens: '09:00', closes: '12:00' },
];
const DEMO_HOURS_RABOT: OpeningHours = [
  { weekday: 'monday', opens: '13:30', closes: '16:00' },
  { weekday: 'wednesday', opens: '09:00', closes: '12:00' },
  { weekday: 'wednesday', opens: '13:30', closes: '16:30' },
  { weekday: 'friday', opens: '09:00', closes: '12:00' },
];

/**
 * The Werkpunten of the city's policy (beleidsnota Werk, 2.1.1): in the Welzijnsknoop Ledeberg and the
 * Buurtcentrum Rabot, then Nieuw Gent and/or Dampoort, whose locations are still under study.
 */
export const WERKPUNTEN: readonly WerkpuntSeed[] = [
  {
    id: WERKPUNT_IDS.ledeberg,
    name: 'Werkpunt Ledeberg',
    host: 'Welzijnsknoop Ledeberg',
    streetAddress: 'Hundelgemsesteenweg',
    postcode: '9050',
    neighbourhoodId: 18,
    location: { lat: 51.036, lon: 3.743 },
    openingHours: DEMO_HOURS_LEDEBERG,
    email: 'werkpunt.ledeberg@werkpunt.gent',
    status: WerkpuntStatus.Open,
    notes:
      'House number to confirm: the Welzijnsknoop stands on the Hundelgemsesteenweg, between wijkgezondheidscentrum ' +
      'Botermarkt and school Benedictuspoort (Het Nieuwsblad, 3 July 2012). Coordinates approximate. ' +
      DEMO_VALUES,
  },
  {
    id: WERKPUNT_IDS.rabot,
    name: 'Werkpunt Rabot',
    host: 'Buurtcentrum Rabot',
    streetAddress: 'Opgeëistenlaan 455',
    postcode: '9000',
    neighbourhoodId: 7,
    location: { lat: 51.0635, lon: 3.7095 },
    openingHours: DEMO_HOURS_RABOT,
    email: 'werkpunt.rabot@werkpunt.gent',
    status: WerkpuntStatus.Open,
    notes: `Address to confirm (not checked against a source). Coordinates approximate. ${DEMO_VALUES}`,
  },
  {
    id: WERKPUNT_IDS.nieuwGent,
    name: 'Werkpunt Nieuw Gent',
    host: null,
    streetAddress: null,
    postcode: '9000',
    neighbourhoodId: 20,
    location: null,
    openingHours: [],
    email: null,
    status: WerkpuntStatus.Planned,
    notes: 'Location under study (policy: Nieuw Gent and/or Dampoort); no building chosen yet.',
  },
  {
    id: WERKPUNT_IDS.dampoort,
    name: 'Werkpunt Dampoort',
    host: null,
    streetAddress: null,
    postcode: '9040',
    neighbourhoodId: 13,
    location: null,
    openingHours: [],
    email: null,
    status: WerkpuntStatus.Planned,
    notes: 'Location under study (policy: Nieuw Gent and/or Dampoort); no building chosen yet.',
  },
];

/**
 * The Werkpunten, upserted by fixed id. Reference data: the accounts' memberships refer to these ids, so
 * rows are only added or updated, never removed. Runs after the geo step, whose wijken it checks against.
 */
export const werkpuntenSeedStep: SeedStep = {
  name: 'werkpunten',
  kind: 'reference',
  async run({ dataSource, progress }) {
    await checkWijken(neighbourhoodsOf(dataSource), WERKPUNTEN);
    progress.start('Werkpunten', WERKPUNTEN.length);
    try {
      await dataSource.transaction(async (manager) => {
        for (const seed of WERKPUNTEN) {
          await manager.upsert(
            Werkpunt,
            {
              id: seed.id,
              name: seed.name,
              host: seed.host,
              streetAddress: seed.streetAddress,
              postcode: seed.postcode,
              neighbourhoodId: seed.neighbourhoodId,
              lat: seed.location?.lat ?? null,
              lon: seed.location?.lon ?? null,
              // The column's transformer checks the shape on the way in.
              openingHours: seed.openingHours,
              phone: null,
              email: seed.email,
              status: seed.status,
              notes: seed.notes,
            },
            ['id'],
          );
          progress.increment();
        }
      });
    } finally {
      progress.stop();
    }
  },
};

/** Fails the seed, naming each Werkpunt, when its postcode or point does not lie in the wijk it claims. */
async function checkWijken(neighbourhoods: NeighbourhoodsService, werkpunten: readonly WerkpuntSeed[]): Promise<void> {
  const problems: string[] = [];
  for (const werkpunt of werkpunten) {
    const byPostcode = await neighbourhoods.locateByPostcode(werkpunt.postcode);
    if (!byPostcode?.neighbourhoods.some((wijk) => wijk.id === werkpunt.neighbourhoodId)) {
      problems.push(`${werkpunt.name}: postcode ${werkpunt.postcode} does not reach wijk ${werkpunt.neighbourhoodId}`);
    }
    if (werkpunt.location) {
      const located = await neighbourhoods.locateByPoint(werkpunt.location);
      if (located?.id !== werkpunt.neighbourhoodId) {
        const where = located ? `wijk ${located.id} (${located.name})` : 'outside Ghent';
        problems.push(`${werkpunt.name}: its point lies in ${where}, not wijk ${werkpunt.neighbourhoodId}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Werkpunten do not match the wijken:\n${problems.join('\n')}`);
}
