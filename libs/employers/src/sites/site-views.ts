import { SiteLocatedBy } from './organisation-site.entity';

export interface SiteNeighbourhoodView {
  id: number;
  name: string;
}

export interface SiteView {
  id: string;
  name: string;
  streetAddress: string;
  postcode: string;
  location: { lat: number; lon: number } | null;
  /** Null for a site outside Ghent. */
  neighbourhood: SiteNeighbourhoodView | null;
  locatedBy: SiteLocatedBy;
}
