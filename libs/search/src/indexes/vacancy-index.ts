import { IndexDefinition } from '../search-engine';

export const VACANCY_INDEX = 'vacancies';

/**
 * Published vacancies and internship offers. Only what a visitor may see is in here; drafts, paused and
 * closed vacancies are removed from the index, so every hit is open for applications.
 */
export const VACANCY_INDEX_DEFINITION: IndexDefinition = {
  name: VACANCY_INDEX,
  searchableFields: ['title', 'occupationLabel', 'skillNames', 'organisationName', 'neighbourhoodName', 'description'],
  filterableFields: [
    'kind',
    'occupationId',
    'iscoCode',
    'iscoMinor',
    'iscoSubMajor',
    'iscoMajor',
    'shortage',
    'programme',
    'neighbourhoodId',
    'hoursMin',
    'hoursMax',
    'hoursBand',
    'drivingLicences',
    'dutchRank',
    'shifts',
    'contractType',
    'organisationId',
    'minimumEducation',
    'socialEconomy',
    'publishedAt',
    'closingDate',
  ],
  sortableFields: ['publishedAt', 'closingDate', 'hoursMax'],
  geo: true,
  // Flemish everyday words next to the ESCO titles: people search the way they speak.
  synonyms: [
    ['kuisvrouw', 'kuisman', 'poetsvrouw', 'poetshulp', 'poetser', 'schoonmaker', 'schoonmaakster', 'schoonmaak'],
    ['verpleegster', 'verpleger', 'verpleegkundige'],
    ['kok', 'keukenhulp', 'keukenmedewerker'],
    ['heftruck', 'vorkheftruck', 'clark'],
    ['magazijnier', 'magazijnmedewerker', 'orderpicker'],
    ['chauffeur', 'vrachtwagenchauffeur', 'bestuurder'],
    ['kassier', 'kassierster', 'caissière'],
    ['lasser', 'lassen'],
  ],
  tieBreakers: [{ field: 'publishedAt', direction: 'desc' }],
};

/** Week-hour bands for the facet: part-time and full-time as people say it. */
export function hoursBandOf(hoursMax: number): string {
  if (hoursMax < 20) return 'lt20';
  if (hoursMax < 30) return '20-29';
  if (hoursMax < 35) return '30-34';
  return '35plus';
}

export const HOURS_BANDS = ['lt20', '20-29', '30-34', '35plus'] as const;
