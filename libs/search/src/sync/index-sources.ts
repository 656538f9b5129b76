import { Injectable } from '@nestjs/common';
import { OutboxAggregateType } from '@werkpunt/platform';
import { EntityManager } from 'typeorm';
import { PROFILE_INDEX } from '../indexes/profile-index';
import { ProfileDocuments } from '../indexes/profile-documents';
import { VACANCY_INDEX } from '../indexes/vacancy-index';
import { VacancyDocuments } from '../indexes/vacancy-documents';
import { SearchDocument } from '../search-engine';

export interface IndexSource {
  index: string;
  build(
    ids: string[],
    version: (id: string) => number,
    manager?: EntityManager,
  ): Promise<Map<string, SearchDocument | null>>;
}

/** Which index follows which kind of outbox record. */
@Injectable()
export class IndexSources {
  private readonly byAggregate: Record<OutboxAggregateType, IndexSource>;

  constructor(vacancies: VacancyDocuments, profiles: ProfileDocuments) {
    this.byAggregate = {
      [OutboxAggregateType.Vacancy]: { index: VACANCY_INDEX, build: (...a) => vacancies.build(...a) },
      [OutboxAggregateType.JobSeekerProfile]: { index: PROFILE_INDEX, build: (...a) => profiles.build(...a) },
    };
  }

  for(type: OutboxAggregateType): IndexSource {
    return this.byAggregate[type];
  }
}
