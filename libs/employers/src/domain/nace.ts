// NACE-BEL 2008 activity codes: a class "81.21" (division, group, class) or a Belgian subclass "81.210".
// Only real divisions are accepted, so a typo such as "40.11" (no division 40 in NACE Rev. 2) is caught.

const DIVISIONS = new Set([
  ...range(1, 3),
  ...range(5, 33),
  ...range(35, 39),
  ...range(41, 43),
  ...range(45, 47),
  ...range(49, 53),
  ...range(55, 56),
  ...range(58, 66),
  68,
  ...range(69, 75),
  ...range(77, 82),
  ...range(84, 88),
  ...range(90, 99),
]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const NACE_INPUT = /^(\d{2})\.?(\d{2,3})$/;

/** "8121" and "81.21" are the same class; returns the dotted form, or null when it is not a NACE code. */
export function normaliseNaceCode(input: string): string | null {
  const match = NACE_INPUT.exec(input.trim());
  if (!match || !DIVISIONS.has(Number(match[1]))) return null;
  return `${match[1]}.${match[2]}`;
}

export function isValidNaceCode(input: string): boolean {
  return normaliseNaceCode(input) !== null;
}

export interface NaceSector {
  code: string;
  /** The NACE-BEL title in Dutch, shortened where the official one is long. */
  nameNl: string;
}

/**
 * The classes that matter most for Ghent's Werkpunten (the sectors of the policy note's vacancies and of
 * the sector tables), for pick lists; any valid NACE-BEL code is accepted, not only these.
 */
export const GHENT_NACE_SECTORS: readonly NaceSector[] = [
  { code: '10.71', nameNl: 'Vervaardiging van brood en vers banketbakkerswerk' },
  { code: '20.14', nameNl: 'Vervaardiging van andere organische basischemicaliën' },
  { code: '24.10', nameNl: 'Vervaardiging van ijzer en staal' },
  { code: '28.29', nameNl: 'Vervaardiging van overige machines voor algemeen gebruik' },
  { code: '29.10', nameNl: 'Vervaardiging van motorvoertuigen' },
  { code: '33.12', nameNl: 'Reparatie van machines' },
  { code: '41.20', nameNl: 'Bouw van residentiële en niet-residentiële gebouwen' },
  { code: '43.12', nameNl: 'Bouwrijp maken van terreinen' },
  { code: '43.21', nameNl: 'Elektrotechnische installatiewerken' },
  { code: '43.22', nameNl: 'Loodgieterswerk, verwarming en klimaatregeling' },
  { code: '43.32', nameNl: 'Schrijnwerk' },
  { code: '43.34', nameNl: 'Schilderen en glaszetten' },
  { code: '46.46', nameNl: 'Groothandel in farmaceutische producten' },
  { code: '46.69', nameNl: 'Groothandel in overige machines en werktuigen' },
  { code: '46.90', nameNl: 'Niet-gespecialiseerde groothandel' },
  { code: '47.11', nameNl: 'Supermarkten en buurtwinkels (voeding overheerst)' },
  { code: '47.19', nameNl: 'Overige detailhandel in niet-gespecialiseerde winkels' },
  { code: '47.52', nameNl: 'Detailhandel in ijzerwaren, verf en glas' },
  { code: '47.71', nameNl: 'Detailhandel in kleding' },
  { code: '49.41', nameNl: 'Goederenvervoer over de weg' },
  { code: '52.10', nameNl: 'Opslag' },
  { code: '52.24', nameNl: 'Vrachtbehandeling (o.a. in de haven)' },
  { code: '55.10', nameNl: 'Hotels' },
  { code: '56.10', nameNl: 'Restaurants en eetgelegenheden' },
  { code: '62.01', nameNl: 'Ontwerpen en programmeren van software' },
  { code: '62.02', nameNl: 'Computerconsultancy' },
  { code: '63.11', nameNl: 'Gegevensverwerking en webhosting' },
  { code: '64.19', nameNl: 'Banken' },
  { code: '65.12', nameNl: 'Schadeverzekeringen' },
  { code: '66.22', nameNl: 'Verzekeringsagenten en -makelaars' },
  { code: '69.20', nameNl: 'Accountants, boekhouders en belastingconsulenten' },
  { code: '70.10', nameNl: 'Hoofdkantoren' },
  { code: '70.22', nameNl: 'Advies inzake bedrijfsbeheer' },
  { code: '73.11', nameNl: 'Reclamebureaus' },
  { code: '78.20', nameNl: 'Uitzendbureaus' },
  { code: '81.21', nameNl: 'Algemene reiniging van gebouwen' },
  { code: '81.22', nameNl: 'Gespecialiseerde en industriële reiniging' },
  { code: '81.29', nameNl: 'Overige reinigingsactiviteiten' },
  { code: '81.30', nameNl: 'Aanleg en onderhoud van tuinen en groen' },
  { code: '82.11', nameNl: 'Administratieve diensten' },
  { code: '86.10', nameNl: 'Ziekenhuizen' },
  { code: '86.21', nameNl: 'Huisartsenpraktijken' },
  { code: '86.22', nameNl: 'Praktijken van specialisten' },
  { code: '87.10', nameNl: 'Woonzorgcentra en verpleeghuizen' },
  { code: '88.10', nameNl: 'Thuiszorg en dienstverlening voor ouderen en personen met een handicap' },
  { code: '88.91', nameNl: 'Kinderopvang' },
  { code: '88.99', nameNl: 'Overige maatschappelijke dienstverlening zonder huisvesting' },
];
