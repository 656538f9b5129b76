import { formatEnterpriseNumber } from '../domain/enterprise-number';
import { GHENT_NACE_SECTORS } from '../domain/nace';
import { OrganisationSite } from '../sites/organisation-site.entity';
import { SiteView } from '../sites/site-views';
import { Organisation } from './organisation.entity';
import { EmployerProfileView, OrganisationView, SectorView } from './organisation-views';

const NACE_NAMES = new Map(GHENT_NACE_SECTORS.map((sector) => [sector.code, sector.nameNl]));

/** A subclass "81.210" is named after its class "81.21" when only the class is in the list. */
export function sectorOf(naceCode: string): SectorView {
  return { code: naceCode, nameNl: NACE_NAMES.get(naceCode) ?? NACE_NAMES.get(naceCode.slice(0, 5)) ?? null };
}

export function toSiteView(site: OrganisationSite): SiteView {
  return {
    id: site.id,
    name: site.name,
    streetAddress: site.streetAddress,
    postcode: site.postcode,
    location: site.lat !== null && site.lon !== null ? { lat: site.lat, lon: site.lon } : null,
    neighbourhood:
      site.neighbourhoodId === null ? null : { id: site.neighbourhoodId, name: site.neighbourhood?.name ?? '' },
    locatedBy: site.locatedBy,
  };
}

/** Sites by name, then id, so the answer is the same every time. */
function sortedSites(sites: readonly OrganisationSite[] | undefined): SiteView[] {
  return [...(sites ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id))
    .map(toSiteView);
}

export function toProfileView(organisation: Organisation): EmployerProfileView {
  return {
    id: organisation.id,
    name: organisation.tradingName ?? organisation.legalName,
    legalName: organisation.legalName,
    enterpriseNumber: formatEnterpriseNumber(organisation.enterpriseNumber),
    sector: sectorOf(organisation.naceCode),
    socialEconomy: organisation.socialEconomy,
    sectorTables: organisation.sectorTables,
    website: organisation.website,
    sites: sortedSites(organisation.sites),
  };
}

export function toOrganisationView(organisation: Organisation): OrganisationView {
  return {
    ...toProfileView(organisation),
    tradingName: organisation.tradingName,
    email: organisation.email,
    phone: organisation.phone,
    createdAt: organisation.createdAt,
    updatedAt: organisation.updatedAt,
  };
}
