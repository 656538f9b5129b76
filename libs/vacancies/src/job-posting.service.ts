import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Organisation, OrganisationSite } from '@werkpunt/employers';
import { APP_CONFIG, AppConfig } from '@werkpunt/platform';
import { TaxonomyService } from '@werkpunt/taxonomy';
import { DataSource } from 'typeorm';
import { jobPostingJsonLd } from './domain/job-posting';
import { VacancyStatus } from './domain/vacancy-vocabulary';
import { VACANCY_NOT_FOUND } from './vacancy-store';
import { Vacancy } from './vacancy.entity';

/** schema.org JobPosting of a published vacancy, for search engines; nothing for any other status. */
@Injectable()
export class JobPostingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forVacancy(id: string): Promise<Record<string, unknown>> {
    const vacancy = await this.dataSource.manager.findOneBy(Vacancy, { id, status: VacancyStatus.Published });
    if (!vacancy?.publishedAt || !vacancy.closingDate) throw new NotFoundException(VACANCY_NOT_FOUND);
    const [organisation, site, occupation] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(Organisation, { id: vacancy.organisationId }),
      this.dataSource.manager.findOneByOrFail(OrganisationSite, { id: vacancy.siteId }),
      this.taxonomy.findOccupation(vacancy.occupationId),
    ]);
    return jobPostingJsonLd({
      id: vacancy.id,
      title: vacancy.title,
      description: vacancy.description,
      publishedAt: vacancy.publishedAt,
      closingDate: vacancy.closingDate,
      contractType: vacancy.contractType,
      hoursPerWeekMax: vacancy.hoursPerWeekMax,
      iscoCode: vacancy.iscoCode,
      occupationLabel: occupation?.label ?? '',
      positions: vacancy.positions,
      remoteSharePercent: vacancy.remoteSharePercent,
      organisation: { name: organisation.tradingName ?? organisation.legalName, website: organisation.website },
      site: { streetAddress: site.streetAddress, postcode: site.postcode },
      url: `${this.config.publicUrl.replace(/\/$/, '')}/api/v1/vacancies/${vacancy.id}`,
    });
  }
}
