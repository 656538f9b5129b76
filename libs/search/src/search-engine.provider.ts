import { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { MeilisearchEngine } from './engines/meilisearch-engine';
import { PostgresSearchEngine } from './engines/postgres-search-engine';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';

/** SEARCH_ENGINE=postgres (the embedded default) or meilisearch (MEILI_HOST). */
export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, getDataSourceToken()],
  useFactory: (config: AppConfig, dataSource: DataSource): SearchEngine =>
    config.search.engine === 'meilisearch'
      ? new MeilisearchEngine({ host: config.search.meiliHost!, apiKey: config.search.meiliApiKey })
      : new PostgresSearchEngine(dataSource),
};
