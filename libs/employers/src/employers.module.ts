import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@werkpunt/geo';
import { IdentityModule, OrganisationMembership, PoliciesModule } from '@werkpunt/identity';
import { EmployerRegistrationService } from './organisations/employer-registration.service';
import { EmployersController } from './organisations/employers.controller';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationsService } from './organisations/organisations.service';
import { OrganisationSite } from './sites/organisation-site.entity';
import { SiteLocator } from './sites/site-locator';
import { SiteReader } from './sites/site-reader';
import { SitesController } from './sites/sites.controller';
import { SitesService } from './sites/sites.service';

export const EMPLOYERS_ENTITIES = [Organisation, OrganisationSite];

/**
 * Employer organisations (KBO number, NACE sector, social economy, sector tables) and their sites with
 * their wijk. Imports identity for accounts and policies; identity knows organisations by id only, so
 * there is no cycle. Reads organisation_memberships (identity's table, exported entity) to tell owners.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...EMPLOYERS_ENTITIES, OrganisationMembership]),
    IdentityModule,
    PoliciesModule,
    GeoModule,
  ],
  controllers: [EmployersController, SitesController],
  providers: [OrganisationsService, EmployerRegistrationService, SitesService, SiteReader, SiteLocator],
  exports: [OrganisationsService],
})
export class EmployersModule {}
