// The employers context's public surface: other contexts, the apps and the seeds import only from here.
export { EmployersModule, EMPLOYERS_ENTITIES } from './employers.module';
export { OrganisationsService } from './organisations/organisations.service';
export { Organisation } from './organisations/organisation.entity';
export { OrganisationSite, SiteLocatedBy } from './sites/organisation-site.entity';
export type { EmployerProfileView, OrganisationView, MyOrganisationView } from './organisations/organisation-views';
export type { SiteView } from './sites/site-views';
export { CreateOrganisationDto } from './organisations/dto/organisation-input.dto';
export { SectorTable, SECTOR_TABLES } from './domain/sector-tables';
export {
  enterpriseNumberFromBase,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normaliseEnterpriseNumber,
} from './domain/enterprise-number';
export { GHENT_NACE_SECTORS, isValidNaceCode, normaliseNaceCode } from './domain/nace';
export type { NaceSector } from './domain/nace';
export { SiteLocator } from './sites/site-locator';
