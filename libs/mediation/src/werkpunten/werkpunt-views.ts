import { OpeningHours } from './opening-hours';
import { WerkpuntStatus } from './werkpunt.entity';

/** What the service hands to other contexts and the API: plain data, never entities. */
export interface WerkpuntRef {
  id: string;
  name: string;
}

export interface WerkpuntView extends WerkpuntRef {
  host: string | null;
  status: WerkpuntStatus;
  streetAddress: string | null;
  postcode: string;
  /** The wijk it serves and stands in (the geo context's wijknr and name). */
  neighbourhood: { id: number; name: string };
  /** WGS84; null while the location is not decided. */
  location: { lat: number; lon: number } | null;
  openingHours: OpeningHours;
  /** Computed at request time on the wall clocks of Ghent; always false for a planned Werkpunt. */
  openNow: boolean;
  phone: string | null;
  email: string | null;
  notes: string | null;
}
