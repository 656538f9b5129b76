import type { MeiliSearch } from 'meilisearch';
import { IndexDefinition, InvalidSearchQueryError, SearchEngineUnavailableError } from '../search-engine';
import { fromMeiliDocument, toMeiliDocument } from './meili-documents';
import { MeilisearchEngine, meiliSearchRequest } from './meilisearch-engine';

const index: IndexDefinition = {
  name: 'vacancies',
  searchableFields: ['title'],
  filterableFields: ['status', 'publishedAt'],
  sortableFields: ['publishedAt'],
  geo: true,
  synonyms: [],
  tieBreakers: [],
};

describe('meiliSearchRequest', () => {
  it('pages with page / hitsPerPage so totalHits is exhaustive', () => {
    expect(meiliSearchRequest(index, { limit: 20, offset: 40 })).toMatchObject({
      params: { page: 3, hitsPerPage: 20 },
      skip: 0,
    });
    expect(meiliSearchRequest(index, {})).toMatchObject({ params: { page: 1, hitsPerPage: 20 }, skip: 0 });
  });

  it('reads a larger first page when the offset is not a multiple of the limit', () => {
    expect(meiliSearchRequest(index, { limit: 3, offset: 1 })).toMatchObject({
      params: { page: 1, hitsPerPage: 4 },
      skip: 1,
    });
  });

  it('counts only with limit 0', () => {
    expect(meiliSearchRequest(index, { limit: 0, offset: 0 }).params).toMatchObject({ page: 1, hitsPerPage: 0 });
  });

  it('translates sorts, geo distance and facets', () => {
    const { params } = meiliSearchRequest(index, {
      geo: { point: { lat: 51.06, lng: 3.71 }, radiusMeters: 1000 },
      sort: [{ geoDistance: 'asc' }, { field: 'publishedAt', direction: 'desc' }],
      facets: ['status'],
      filters: [{ field: 'status', op: 'eq', value: 'published' }],
    });
    expect(params.sort).toEqual(['_geoPoint(51.06, 3.71):asc', 'publishedAt:desc']);
    expect(params.filter).toBe('(status = "published") AND (_geoRadius(51.06, 3.71, 1000))');
    expect(params.facets).toEqual(['status']);
  });

  it('rejects undeclared sorts and facets, limits over 1000 and distance sorts without a point', () => {
    expect(() => meiliSearchRequest(index, { sort: [{ field: 'title', direction: 'asc' }] })).toThrow(
      InvalidSearchQueryError,
    );
    expect(() => meiliSearchRequest(index, { facets: ['title'] })).toThrow(InvalidSearchQueryError);
    expect(() => meiliSearchRequest(index, { limit: 1001 })).toThrow(InvalidSearchQueryError);
    expect(() => meiliSearchRequest(index, { sort: [{ geoDistance: 'asc' }] })).toThrow(InvalidSearchQueryError);
  });
});

describe('Meilisearch documents', () => {
  it('adds _version, _geo and the date shadow, and strips them again', () => {
    const stored = toMeiliDocument(index, {
      id: 'v1',
      version: 4,
      fields: { title: 'Kok', status: 'published', publishedAt: '2026-01-10T09:00:00.000Z' },
      geo: { lat: 51.06, lng: 3.71 },
    });
    expect(stored).toEqual({
      id: 'v1',
      _version: 4,
      title: 'Kok',
      status: 'published',
      publishedAt: '2026-01-10T09:00:00.000Z',
      _ts_publishedAt: Date.UTC(2026, 0, 10, 9),
      _geo: { lat: 51.06, lng: 3.71 },
    });
    expect(fromMeiliDocument({ ...stored, _geoDistance: 12 }, 12)).toEqual({
      id: 'v1',
      version: 4,
      fields: { title: 'Kok', status: 'published', publishedAt: '2026-01-10T09:00:00.000Z' },
      geo: { lat: 51.06, lng: 3.71 },
      distanceMeters: 12,
    });
    expect(toMeiliDocument(index, { id: 'v2', version: 1, fields: {}, geo: null })).not.toHaveProperty('_geo');
  });
});

describe('MeilisearchEngine tasks', () => {
  type Outcome = { status: string; error: { code: string; message: string } | null };
  /** A client whose index creation and settings tasks end as given. */
  function clientWith(create: Outcome, settings: Outcome) {
    const task = (outcome: Outcome) => () => {
      const promise = Promise.resolve({ taskUid: 1 }) as Promise<unknown> & { waitTask: () => Promise<unknown> };
      promise.waitTask = async () => ({ uid: 1, type: 'task', ...outcome });
      return promise;
    };
    return { createIndex: task(create), index: () => ({ updateSettings: task(settings) }) } as unknown as MeiliSearch;
  }
  const exists: Outcome = { status: 'failed', error: { code: 'index_already_exists', message: 'exists' } };
  const ok: Outcome = { status: 'succeeded', error: null };

  it('ensureIndex accepts an existing index and awaits the settings task', async () => {
    const engine = new MeilisearchEngine({
      client: clientWith(exists, ok),
    });
    await expect(engine.ensureIndex(index)).resolves.toBeUndefined();
  });

  it('a failed task throws SearchEngineUnavailableError with the task error', async () => {
    const engine = new MeilisearchEngine({
      client: clientWith(ok, {
        status: 'failed',
        error: { code: 'invalid_settings_ranking_rules', message: 'bad rule' },
      }),
    });
    await expect(engine.ensureIndex(index)).rejects.toThrow(SearchEngineUnavailableError);
    await expect(engine.ensureIndex(index)).rejects.toThrow(/bad rule/);
  });
});
