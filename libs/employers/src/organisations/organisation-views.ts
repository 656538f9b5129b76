import { SectorTable } from '../domain/sector-tables';
import { OrganisationRole } from '@werkpunt/identity';
import { SiteView } from '../sites/site-views';

export interface SectorView {
  code: string;
  /** Dutch name when the code is in the Ghent list, otherwise null. */
  nameNl: string | null;
}

/** What anybody may see: the organisation's public face, no person's data. */
export interface EmployerProfileView {
  id: string;
  /** The trading name when there is one, else the legal name. */
  name: string;
  legalName: string;
  /** Formatted 0123.456.749; public in the KBO anyway. */
  enterpriseNumber: string;
  sector: SectorView;
  socialEconomy: boolean;
  sectorTables: SectorTable[];
  website: string | null;
  sites: SiteView[];
}

/** The full record, for its owner, recruiters and admins. */
export interface OrganisationView extends EmployerProfileView {
  tradingName: string | null;
  email: string | null;
  phone: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MyOrganisationView {
  role: OrganisationRole;
  organisation: OrganisationView;
}
