const ESCO_OCCUPATION_URI_BASE = 'http://data.europa.eu/esco/occupation/';

/** Our occupation ids are the UUIDs of ESCO's URIs, so the URI can always be rebuilt. */
export function escoOccupationUri(occupationId: string): string {
  return `${ESCO_OCCUPATION_URI_BASE}${occupationId}`;
}
