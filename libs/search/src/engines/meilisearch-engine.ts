import {
  EnqueuedTaskPromise,
  Index,
  MeiliSearch,
  MeiliSearchApiError,
  MeiliSearchRequestError,
  MeiliSearchRequestTimeOutError,
  MeiliSearchTaskTimeOutError,
  SearchParams,
  Task,
} from 'meilisearch';
import {
  FieldSort,
  IndexDefinition,
  InvalidSearchQueryError,
  SearchDocument,
  SearchEngine,
  SearchEngineUnavailableError,
  SearchHit,
  SearchQuery,
  SearchResult,
} from '../search-engine';
import { haversineMeters } from './geo-box';
import {
  assertGeoUsable,
  assertSortable,
  assertFilterable,
  assertValidDefinition,
  pageOf,
} from './index-definition-rules';
import { fromMeiliDocument, MeiliDocument, toMeiliDocument } from './meili-documents';
import { meiliFilterString } from './meili-filter';
import { DEFAULT_RANKING_RULES, meiliSettings } from './meili-settings';

/** Documents per addDocuments / deleteDocuments call, and ids per page when listing. */
const BATCH = 10_000;
/** Settings changes re-index the whole index: allow them minutes, not the client's default 5 s. */
const TASK_TIMEOUT_MS = 10 * 60_000;

export type MeilisearchEngineOptions = { host: string; apiKey?: string } | { client: MeiliSearch };

/** Meilisearch behind the port; settings come from the same IndexDefinition as the PostgreSQL engine's. */
export class MeilisearchEngine implements SearchEngine {
  readonly kind = 'meilisearch';
  private readonly client: MeiliSearch;
  private readonly definitions = new Map<string, IndexDefinition>();

  constructor(options: MeilisearchEngineOptions) {
    this.client =
      'client' in options ? options.client : new MeiliSearch({ host: options.host, apiKey: options.apiKey });
  }

  async ensureIndex(definition: IndexDefinition): Promise<void> {
    assertValidDefinition(definition);
    await this.awaitTask(() => this.client.createIndex(definition.name, { primaryKey: 'id' }), {
      tolerate: 'index_already_exists',
    });
    await this.awaitTask(() => this.index(definition.name).updateSettings(meiliSettings(definition)));
    this.definitions.set(definition.name, definition);
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const definition = await this.definition(index);
    const stored = documents.map((d) => toMeiliDocument(definition, d));
    for (let start = 0; start < stored.length; start += BATCH) {
      const batch = stored.slice(start, start + BATCH);
      await this.awaitTask(() => this.index(index).addDocuments(batch, { primaryKey: 'id' }));
    }
  }

  async delete(index: string, ids: string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      await this.awaitTask(() => this.index(index).deleteDocuments(batch));
    }
  }

  async deleteAllExcept(index: string, keepIds: string[]): Promise<number> {
    const keep = new Set(keepIds);
    const doomed: string[] = [];
    for (let offset = 0; ; offset += BATCH) {
      const page = await this.call(() =>
        this.index(index).getDocuments<{ id: string }>({ fields: ['id'], limit: BATCH, offset }),
      );
      for (const { id } of page.results) if (!keep.has(String(id))) doomed.push(String(id));
      if (page.results.length < BATCH) break;
    }
    await this.delete(index, doomed);
    return doomed.length;
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    const definition = await this.definition(index);
    const request = meiliSearchRequest(definition, query);
    const response = await this.call(() => this.index(index).search(query.text?.trim() ?? '', request.params));
    const point = query.geo?.point;
    const hits = response.hits.slice(request.skip).map((stored) => {
      const hit = fromMeiliDocument(stored);
      const reported = typeof stored._geoDistance === 'number' ? stored._geoDistance : undefined;
      // Meilisearch reports _geoDistance only when sorting by _geoPoint; otherwise it is computed here.
      hit.distanceMeters = point && hit.geo ? (reported ?? haversineMeters(point, hit.geo)) : null;
      return hit;
    });
    const facets: SearchResult['facets'] = {};
    for (const field of request.params.facets ?? []) {
      const counts = response.facetDistribution?.[field] ?? {};
      facets[field] = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    }
    return { hits, total: response.totalHits ?? 0, facets };
  }

  async get(index: string, id: string): Promise<SearchHit | null> {
    try {
      const stored = await this.call(() => this.index(index).getDocument<MeiliDocument>(id));
      return fromMeiliDocument(stored);
    } catch (error) {
      if (apiErrorCode(error) === 'document_not_found') return null;
      throw error;
    }
  }

  async count(index: string): Promise<number> {
    const stats = await this.call(() => this.index(index).getStats());
    return stats.numberOfDocuments;
  }

  async isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  private index(name: string): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(name);
  }

  /**
   * The definition given to ensureIndex, or one rebuilt from the server's settings when another process
   * ensured the index (enough to validate filters, sorts and facets; synonyms live on the server anyway).
   */
  private async definition(name: string): Promise<IndexDefinition> {
    const known = this.definitions.get(name);
    if (known) return known;
    const settings = await this.call(() => this.index(name).getSettings());
    const own = (field: string) => !field.startsWith('_');
    const filterable = (settings.filterableAttributes ?? []).filter((f): f is string => typeof f === 'string');
    const tieBreakers = (settings.rankingRules ?? [])
      .filter((rule) => !DEFAULT_RANKING_RULES.includes(rule))
      .map((rule): FieldSort => {
        const [field, direction] = rule.split(':');
        return { field, direction: direction === 'desc' ? 'desc' : 'asc' };
      });
    const definition: IndexDefinition = {
      name,
      searchableFields: (settings.searchableAttributes ?? []).filter((f) => f !== '*'),
      filterableFields: filterable.filter(own),
      sortableFields: (settings.sortableAttributes ?? []).filter(own),
      geo: filterable.includes('_geo'),
      synonyms: [],
      tieBreakers,
    };
    this.definitions.set(name, definition);
    return definition;
  }

  /** Enqueues and awaits a task; a failed task (other than `tolerate`) means the engine refused the write. */
  private async awaitTask(enqueue: () => EnqueuedTaskPromise, options: { tolerate?: string } = {}): Promise<Task> {
    const task = await this.call(() => enqueue().waitTask({ timeout: TASK_TIMEOUT_MS }));
    if (task.status !== 'succeeded' && task.error?.code !== options.tolerate) {
      throw new SearchEngineUnavailableError(
        `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error message'}`,
      );
    }
    return task;
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (isUnavailable(error)) {
        throw new SearchEngineUnavailableError(`Meilisearch is unavailable: ${(error as Error).message}`, {
          cause: error,
        });
      }
      if (apiErrorCode(error)?.startsWith('invalid_search')) {
        throw new InvalidSearchQueryError(`Meilisearch rejected the query: ${(error as Error).message}`);
      }
      throw error;
    }
  }
}

/** The search parameters for a query, and how many leading hits to drop (offset not on a page boundary). */
export function meiliSearchRequest(
  definition: IndexDefinition,
  query: SearchQuery,
): { params: SearchParams & { page: number; hitsPerPage: number }; skip: number } {
  const { limit, offset } = pageOf(query);
  assertGeoUsable(definition, query);
  const sort = (query.sort ?? []).map((s) => {
    if ('geoDistance' in s) return `_geoPoint(${query.geo!.point.lat}, ${query.geo!.point.lng}):asc`;
    assertSortable(definition, s.field);
    return `${s.field}:${s.direction}`;
  });
  const facets = [...new Set(query.facets ?? [])];
  facets.forEach((f) => assertFilterable(definition, f));
  // page / hitsPerPage makes totalHits (and the facet counts) exhaustive; estimatedTotalHits is not.
  // An offset that is not a multiple of the limit reads one larger first page and drops the head.
  const aligned = limit === 0 || offset % limit === 0;
  const hitsPerPage = aligned ? limit : offset + limit;
  const page = aligned && limit > 0 ? offset / limit + 1 : 1;
  const params: SearchParams & { page: number; hitsPerPage: number } = {
    page,
    hitsPerPage,
    // Every query word must match (the PostgreSQL engine ANDs words too), not Meilisearch's "last" default.
    matchingStrategy: 'all',
    attributesToRetrieve: ['*'],
  };
  const filter = meiliFilterString(definition, query.filters, query.geo);
  if (filter) params.filter = filter;
  if (sort.length > 0) params.sort = sort;
  if (facets.length > 0) params.facets = facets;
  return { params, skip: aligned ? 0 : offset };
}

function apiErrorCode(error: unknown): string | undefined {
  return error instanceof MeiliSearchApiError ? error.cause?.code : undefined;
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof MeiliSearchRequestError || error instanceof MeiliSearchRequestTimeOutError) return true;
  if (error instanceof MeiliSearchTaskTimeOutError) return true;
  return error instanceof MeiliSearchApiError && error.response.status >= 500;
}
