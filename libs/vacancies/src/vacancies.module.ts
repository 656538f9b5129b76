import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation, OrganisationSite } from '@werkpunt/employers';
import { PoliciesModule } from '@werkpunt/identity';
import { OutboxModule } from '@werkpunt/platform';
import { TaxonomyModule } from '@werkpunt/taxonomy';
import { VacancyHistoryController } from './history/vacancy-history.controller';
import { VacancyHistoryService } from './history/vacancy-history.service';
import { VacancyImportService } from './import/vacancy-import.service';
import { JobPostingService } from './job-posting.service';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';
import { VacancyListing } from './vacancy-listing';
import { VacancyReferences } from './vacancy-references';
import { VacancyStatusChange } from './vacancy-status-change.entity';
import { VacancyStore } from './vacancy-store';
import { Vacancy } from './vacancy.entity';

export const VACANCIES_ENTITIES = [Vacancy, VacancyStatusChange];

/**
 * Vacancies and internship offers of employer organisations: lifecycle with history, shortage flag,
 * JSON-LD, bulk import, an outbox event with every change. Reads organisations and their sites (employers'
 * exported entities) for the site's wijk and the JSON-LD; identity knows vacancies only as policy subjects.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...VACANCIES_ENTITIES, Organisation, OrganisationSite]),
    PoliciesModule,
    TaxonomyModule,
    OutboxModule,
  ],
  controllers: [VacanciesController, VacancyHistoryController],
  providers: [
    VacanciesService,
    VacancyStore,
    VacancyReferences,
    VacancyListing,
    VacancyImportService,
    JobPostingService,
    VacancyHistoryService,
  ],
  exports: [VacancyStore],
})
export class VacanciesModule {}
