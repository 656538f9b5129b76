import { Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@werkpunt/geo';
import { AuditModule, ConsentModule, IdentityModule, PoliciesModule } from '@werkpunt/identity';
import { JobseekersModule } from '@werkpunt/jobseekers';
import { Observability } from '@werkpunt/platform';
import { TaxonomyModule } from '@werkpunt/taxonomy';
import { Gauge } from 'prom-client';
import { PROFILE_INDEX_DEFINITION } from './indexes/profile-index';
import { ProfileDocuments } from './indexes/profile-documents';
import { VACANCY_INDEX_DEFINITION } from './indexes/vacancy-index';
import { VacancyDocuments } from './indexes/vacancy-documents';
import { CandidatesService } from './matches/candidates.service';
import {
  ClientMatchesController,
  MyMatchesController,
  RankingsController,
  VacancyCandidatesController,
  VacancySearchController,
} from './matches/matches.controller';
import { MatchWeightsProvider } from './matches/match-weights';
import { OccupationTension } from './matches/occupation-tension';
import { SeekerFile } from './matches/seeker-file';
import { SeekerMatchesService } from './matches/seeker-matches.service';
import { SimilarOccupationsService } from './matches/similar-occupations.service';
import { LabelLookup } from './matches/skill-labels';
import { VacancySearchService } from './matches/vacancy-search.service';
import { WijkMap } from './matches/wijk-map';
import { RankingRecord } from './ranking/ranking-record.entity';
import { RankingRecorder } from './ranking/ranking-recorder';
import { RankingsService } from './ranking/rankings.service';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';
import { searchEngineProvider } from './search-engine.provider';
import { IndexLag, IndexLagProbe } from './sync/index-lag';
import { IndexSources } from './sync/index-sources';
import { SearchErasureStep } from './sync/search-erasure-step';
import { SearchSyncCursor, SearchSyncFailure } from './sync/search-sync-state.entity';
import { SearchDocumentRow } from './engines/search-document.entity';
import { SearchWordRow } from './engines/search-word.entity';
import { SearchIndexRow } from './engines/search-index.entity';

export const SEARCH_ENTITIES = [
  RankingRecord,
  SearchSyncCursor,
  SearchSyncFailure,
  SearchDocumentRow,
  SearchIndexRow,
  SearchWordRow,
];

/**
 * Search and matching: the engine (PostgreSQL or Meilisearch behind one port), the documents built from the
 * records, the matching endpoints and the record of every ranking served. The worker adds the sync.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(SEARCH_ENTITIES),
    IdentityModule,
    PoliciesModule,
    AuditModule,
    ConsentModule,
    JobseekersModule,
    TaxonomyModule,
    GeoModule,
  ],
  controllers: [
    MyMatchesController,
    ClientMatchesController,
    VacancyCandidatesController,
    VacancySearchController,
    RankingsController,
  ],
  providers: [
    searchEngineProvider,
    VacancyDocuments,
    ProfileDocuments,
    IndexSources,
    IndexLagProbe,
    WijkMap,
    LabelLookup,
    MatchWeightsProvider,
    RankingRecorder,
    SeekerFile,
    SeekerMatchesService,
    CandidatesService,
    VacancySearchService,
    OccupationTension,
    SimilarOccupationsService,
    RankingsService,
    SearchErasureStep,
  ],
  exports: [SEARCH_ENGINE, IndexSources, IndexLagProbe, VacancyDocuments, ProfileDocuments],
})
export class SearchModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchModule.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly lag: IndexLagProbe,
    private readonly observability: Observability,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.exposeLag();
    try {
      await this.engine.ensureIndex(VACANCY_INDEX_DEFINITION);
      await this.engine.ensureIndex(PROFILE_INDEX_DEFINITION);
    } catch (error) {
      // The API still serves everything but search; readiness says the engine is down.
      this.logger.error({ err: error }, 'could not set up the search indexes');
    }
  }

  private exposeLag(): void {
    this.observability.addReadinessProbe('searchIndex', async () => ({
      engine: this.engine.kind,
      ...(await this.lag.measure()),
    }));
    // prom-client collects the gauges of one scrape concurrently: they share the measurement in flight.
    let inFlight: Promise<IndexLag> | null = null;
    const measure = () => {
      inFlight ??= this.lag.measure().finally(() => {
        inFlight = null;
      });
      return inFlight;
    };
    const gauge = (name: string, help: string, read: (lag: IndexLag) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.observability.metrics],
        async collect() {
          this.set(read(await measure()));
        },
      });
    gauge('werkpunt_search_index_lag_seconds', 'Age of the oldest outbox event not yet indexed', (l) => l.lagSeconds);
    gauge('werkpunt_search_outbox_pending', 'Outbox events not yet indexed', (l) => l.pendingEvents);
    gauge('werkpunt_search_failed_documents', 'Documents parked for a retry', (l) => l.failedDocuments);
  }
}
