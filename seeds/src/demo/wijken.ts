// Ghent's 25 wijken as in seeds/data/geo/gent_wijken.csv (a spec keeps number, name and primary postcode in sync),
// with the weights that place demo people and employers. The weights are estimates, not published figures.

export interface Wijk {
  number: number;
  name: string;
  /** Inferred from the wijk's statistical sectors (see gent_wijken.csv); Dampoort's sectors all lie in 9040. */
  primaryPostcode: string;
}

export const GHENT_WIJKEN: readonly Wijk[] = [
  { number: 1, name: 'Binnenstad', primaryPostcode: '9000' },
  { number: 2, name: 'Sluizeken - Tolhuis - Ham', primaryPostcode: '9000' },
  { number: 3, name: 'Macharius - Heirnis', primaryPostcode: '9000' },
  { number: 4, name: 'Brugse Poort - Rooigem', primaryPostcode: '9000' },
  { number: 5, name: 'Watersportbaan - Ekkergem', primaryPostcode: '9000' },
  { number: 6, name: 'Elisabethbegijnhof - Prinsenhof - Papegaai - Sint-Michiels', primaryPostcode: '9000' },
  { number: 7, name: 'Rabot - Blaisantvest', primaryPostcode: '9000' },
  { number: 8, name: 'Wondelgem', primaryPostcode: '9032' },
  { number: 9, name: 'Bloemekenswijk', primaryPostcode: '9000' },
  { number: 10, name: 'Muide - Meulestede - Afrikalaan', primaryPostcode: '9000' },
  { number: 11, name: 'Gentse Kanaaldorpen en -zone', primaryPostcode: '9042' },
  { number: 12, name: 'Oostakker', primaryPostcode: '9041' },
  { number: 13, name: 'Dampoort', primaryPostcode: '9040' },
  { number: 14, name: 'Sint-Amandsberg', primaryPostcode: '9040' },
  { number: 15, name: 'Moscou - Vogelhoek', primaryPostcode: '9050' },
  { number: 16, name: 'Gentbrugge', primaryPostcode: '9050' },
  { number: 17, name: 'Oud Gentbrugge', primaryPostcode: '9050' },
  { number: 18, name: 'Ledeberg', primaryPostcode: '9050' },
  { number: 19, name: 'Zwijnaarde', primaryPostcode: '9052' },
  { number: 20, name: 'Nieuw Gent - UZ', primaryPostcode: '9000' },
  { number: 21, name: 'Stationsbuurt-Zuid', primaryPostcode: '9000' },
  { number: 22, name: 'Stationsbuurt-Noord', primaryPostcode: '9000' },
  { number: 23, name: 'Sint-Denijs-Westrem - Afsnee', primaryPostcode: '9051' },
  { number: 24, name: 'Mariakerke', primaryPostcode: '9030' },
  { number: 25, name: 'Drongen', primaryPostcode: '9031' },
];

/** The 19th-century belt, where the distance to the labour market is largest (DOMAIN.md, "Wijk"). */
export const BELT_WIJK_NUMBERS: readonly number[] = [2, 4, 7, 13, 18, 20];

/**
 * Where job seekers live: roughly the wijk's population times its level of unemployment. The six belt wijken get
 * about 40 % together; the green outskirts (Drongen, Zwijnaarde, Sint-Denijs-Westrem, the canal villages) little.
 * The rest of the kernstad and the 20th-century suburbs sit in between.
 */
export const JOB_SEEKER_HOME_WEIGHTS: Readonly<Record<number, number>> = {
  1: 8,
  2: 6,
  3: 2,
  4: 10,
  5: 3,
  6: 2,
  7: 6,
  8: 3,
  9: 3,
  10: 3,
  11: 1,
  12: 2,
  13: 6,
  14: 5,
  15: 2.5,
  16: 3,
  17: 2,
  18: 6,
  19: 1,
  20: 6,
  21: 3,
  22: 4,
  23: 1,
  24: 2,
  25: 1.5,
};

/** What kind of place an employer's sites are in; each occupation group names one. */
export type SiteProfile = 'office' | 'industry' | 'care' | 'retail' | 'culture' | 'neighbourhood' | 'outskirts';

/**
 * Where employers' sites are, per kind of employer: jobs cluster in the Binnenstad, the port and industrial zones and
 * around the hospitals. Wijken not listed get weight 1 (except 'neighbourhood', which lists all).
 */
export const SITE_WEIGHTS: Readonly<Record<SiteProfile, Readonly<Record<number, number>>>> = {
  // The centre; the offices around Sint-Pieters station; The Loop / Flanders Expo (23); Technologiepark Zwijnaarde (19).
  office: { 1: 30, 22: 12, 21: 8, 23: 10, 19: 8, 13: 4, 20: 4, 5: 3, 16: 3, 3: 3 },
  // The port and canal zone (11, 10: steel, cars, chemicals, docks) and the industrial parks of Wondelgem, Oostakker,
  // Zwijnaarde, Gentbrugge and Drongen.
  industry: { 11: 40, 10: 15, 8: 8, 12: 8, 19: 8, 16: 5, 23: 4, 25: 3, 24: 2 },
  // UZ Gent (20), the other hospital campuses (1, 5, 23) and care homes and home care all over the city.
  care: { 20: 25, 1: 8, 5: 8, 23: 8, 14: 4, 4: 3, 13: 3, 16: 3, 18: 3, 24: 3, 8: 3, 25: 2 },
  // The shopping centre, then the shopping streets and steenwegen of Dampoort, Brugse Poort, Ledeberg, Gentbrugge,
  // Mariakerke and Sint-Denijs-Westrem.
  retail: { 1: 35, 13: 6, 14: 5, 23: 6, 4: 5, 18: 4, 16: 4, 24: 4, 8: 3, 2: 3, 22: 3 },
  // Venues, museums and the library in and around the centre and Citadelpark (22), community arts in the belt.
  culture: { 1: 30, 6: 6, 22: 6, 3: 4, 13: 4, 4: 4, 7: 4, 2: 3 },
  // Cleaning firms, builders, training centres and buurtwerk: spread over the city, a bit more in the belt.
  neighbourhood: {
    1: 6,
    2: 4,
    3: 2,
    4: 5,
    5: 2,
    6: 2,
    7: 4,
    8: 3,
    9: 2,
    10: 2,
    11: 2,
    12: 3,
    13: 4,
    14: 4,
    15: 2,
    16: 3,
    17: 2,
    18: 4,
    19: 2,
    20: 4,
    21: 2,
    22: 3,
    23: 2,
    24: 3,
    25: 2,
  },
  // Market gardens, nurseries and garden firms on the green edge of the city.
  outskirts: { 25: 12, 12: 10, 23: 8, 19: 8, 24: 6, 8: 6, 11: 6, 14: 3, 16: 3 },
};

export function wijkByNumber(number: number): Wijk {
  const wijk = GHENT_WIJKEN[number - 1];
  if (!wijk || wijk.number !== number) throw new Error(`No wijk ${number}`);
  return wijk;
}

/** Every wijk with its weight for the profile, unlisted wijken at 1. */
export function siteWeightsFor(profile: SiteProfile): [number, number][] {
  return GHENT_WIJKEN.map(({ number }) => [number, SITE_WEIGHTS[profile][number] ?? 1]);
}
