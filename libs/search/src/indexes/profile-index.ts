import { IndexDefinition } from '../search-engine';

export const PROFILE_INDEX = 'job_seeker_profiles';

/**
 * Anonymised job-seeker profiles for candidate search: only people who are looking (availability active)
 * AND agreed to be visible to employers. No name, contact, address, date of birth, diploma country, welfare
 * status or disability: those never leave PostgreSQL. The location is the centre of the home wijk.
 */
export const PROFILE_INDEX_DEFINITION: IndexDefinition = {
  name: PROFILE_INDEX,
  searchableFields: ['occupationLabels', 'skillNames'],
  filterableFields: [
    'occupationIds',
    'occupationIscoCodes',
    'occupationIscoSubMajors',
    'skillIds',
    'educationLevel',
    'dutchRank',
    'drivingLicences',
    'homeNeighbourhoodId',
    'eligibleProgrammes',
    'shifts',
    'hoursMin',
    'hoursMax',
    'commuteRadiusKm',
  ],
  sortableFields: ['updatedAt'],
  geo: true,
  synonyms: [],
  // Among people equally near (everyone in a wijk shares its centre), the order is by id: stable, says
  // nothing about the person, and lets the nearest-first walk pick the candidate pool from the index alone.
  tieBreakers: [],
};
