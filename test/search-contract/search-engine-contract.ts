import {
  InvalidSearchQueryError,
  type Filter,
  type SearchEngine,
  type SearchQuery,
} from '../../libs/search/src/search-engine';
import {
  ANTWERPEN,
  CONTRACT_INDEX,
  KORENMARKT,
  LEDEBERG,
  RABOT,
  contractDocuments,
  contractIndex,
  haversineMeters,
} from './contract-fixtures';

export { CONTRACT_INDEX } from './contract-fixtures';

export interface ContractEngine {
  engine: SearchEngine;
  cleanup(): Promise<void>;
}

/**
 * The behaviour every SearchEngine adapter must share, run against a fresh index (CONTRACT_INDEX). Orders
 * are only asserted where the query, the sorts or the tie-breakers decide them: the engines break the
 * remaining ties differently (PostgreSQL by id, Meilisearch by its internal document order).
 */
export function describeSearchEngineContract(name: string, makeEngine: () => Promise<ContractEngine>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let subject: ContractEngine;
    let engine: SearchEngine;
    const index = CONTRACT_INDEX;
    const search = (query: SearchQuery) => engine.search(index, query);
    const ids = async (query: SearchQuery) => (await search({ limit: 100, ...query })).hits.map((h) => h.id);
    const idSet = async (query: SearchQuery) => (await ids(query)).sort();
    const filtered = (...filters: Filter[]) => idSet({ filters });

    beforeAll(async () => {
      subject = await makeEngine();
      engine = subject.engine;
      await engine.ensureIndex(contractIndex);
    });

    afterAll(async () => {
      await subject?.cleanup();
    });

    beforeEach(async () => {
      await engine.deleteAllExcept(index, []);
      await engine.upsert(index, contractDocuments);
    });

    describe('index and documents', () => {
      it('ensureIndex is idempotent and keeps the documents', async () => {
        await engine.ensureIndex(contractIndex);
        await engine.ensureIndex(contractIndex);
        expect(await engine.count(index)).toBe(5);
        expect(await idSet({})).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
      });

      it('upsert stores a document that get returns with its version, fields and location', async () => {
        const hit = await engine.get(index, 'v1');
        expect(hit).toEqual({
          id: 'v1',
          version: 1,
          fields: contractDocuments[0].fields,
          geo: RABOT,
          distanceMeters: null,
        });
        expect((await engine.get(index, 'v4'))?.geo).toBeNull();
        expect(await engine.get(index, 'nope')).toBeNull();
      });

      it('a higher version replaces the document', async () => {
        const v1 = contractDocuments[0];
        await engine.upsert(index, [{ ...v1, version: 7, fields: { ...v1.fields, title: 'Zorgkundige', hours: 30 } }]);
        const hit = await engine.get(index, 'v1');
        expect(hit).toMatchObject({ version: 7, fields: { title: 'Zorgkundige', hours: 30 } });
        expect(await ids({ text: 'zorgkundige' })).toContain('v1');
      });

      it('a lower version never overwrites a newer one (PostgreSQL only)', async () => {
        // Meilisearch has no conditional write: it relies on the single, ordered outbox sync instead, so the
        // guarantee is only the PostgreSQL engine's (ON CONFLICT ... WHERE version <=).
        if (engine.kind !== 'postgres') return;
        const v2 = contractDocuments[1];
        await engine.upsert(index, [{ ...v2, version: 5, fields: { ...v2.fields, hours: 25 } }]);
        await engine.upsert(index, [{ ...v2, version: 3, fields: { ...v2.fields, hours: 99 } }]);
        expect(await engine.get(index, 'v2')).toMatchObject({ version: 5, fields: { hours: 25 } });
      });

      it('delete removes documents and ignores unknown ids', async () => {
        await engine.delete(index, ['v1', 'v3', 'unknown']);
        expect(await engine.get(index, 'v1')).toBeNull();
        expect(await engine.count(index)).toBe(3);
        await engine.delete(index, []);
        expect(await engine.count(index)).toBe(3);
      });

      it('deleteAllExcept keeps only the given ids and says how many it removed', async () => {
        expect(await engine.deleteAllExcept(index, ['v2', 'v5', 'never-indexed'])).toBe(3);
        expect(await idSet({})).toEqual(['v2', 'v5']);
      });

      it('count is the number of documents in the index', async () => {
        expect(await engine.count(index)).toBe(5);
      });

      it('reports itself healthy', async () => {
        expect(await engine.isHealthy()).toBe(true);
      });
    });

    describe('free text', () => {
      it('finds a document by a word of its title, best match first', async () => {
        const found = await ids({ text: 'magazijnier' });
        expect(found[0]).toBe('v4');
      });

      it('matches Dutch word forms and ignores accents', async () => {
        expect(await ids({ text: 'verpleegkundigen' })).toContain('v1');
        expect(await ids({ text: 'cafe' })).toContain('v3');
        expect(await ids({ text: 'Café' })).toContain('v3');
      });

      it('tolerates typos', async () => {
        expect(await ids({ text: 'schoonmakr' })).toContain('v2');
        expect(await ids({ text: 'boekhoudr' })).toContain('v5');
      });

      it('expands synonyms: "kuisvrouw" finds a document that only says "schoonmaker"', async () => {
        expect(await ids({ text: 'kuisvrouw' })).toContain('v2');
        expect(await ids({ text: 'poetshulp' })).toContain('v2');
      });

      it('an empty text returns every document that passes the filters', async () => {
        expect(await idSet({ text: '', filters: [{ field: 'remote', op: 'eq', value: false }] })).toEqual([
          'v1',
          'v2',
          'v3',
        ]);
        expect((await search({ text: '   ' })).total).toBe(5);
      });

      it('combines text with filters', async () => {
        const result = await search({
          text: 'magazijnier',
          filters: [{ field: 'status', op: 'eq', value: 'published' }],
        });
        expect(result.hits.map((h) => h.id)).not.toContain('v4');
      });
    });

    describe('filters', () => {
      it('eq on a scalar, a boolean and a number', async () => {
        expect(await filtered({ field: 'status', op: 'eq', value: 'published' })).toEqual(['v1', 'v2', 'v3']);
        expect(await filtered({ field: 'remote', op: 'eq', value: true })).toEqual(['v4', 'v5']);
        expect(await filtered({ field: 'hours', op: 'eq', value: 38 })).toEqual(['v1']);
      });

      it('eq on an array field means "contains"', async () => {
        expect(await filtered({ field: 'skills', op: 'eq', value: 'nederlands' })).toEqual(['v1', 'v3', 'v5']);
      });

      it('in on scalar and array fields', async () => {
        expect(await filtered({ field: 'status', op: 'in', values: ['draft', 'closed'] })).toEqual(['v4', 'v5']);
        expect(await filtered({ field: 'skills', op: 'in', values: ['koken', 'excel'] })).toEqual(['v3', 'v5']);
        expect(await filtered({ field: 'hours', op: 'in', values: [19, 40] })).toEqual(['v4', 'v5']);
      });

      it('range on numbers, inclusive, each bound optional', async () => {
        expect(await filtered({ field: 'hours', op: 'range', gte: 20, lte: 38 })).toEqual(['v1', 'v2', 'v3']);
        expect(await filtered({ field: 'hours', op: 'range', gte: 38 })).toEqual(['v1', 'v4']);
        expect(await filtered({ field: 'hours', op: 'range', lte: 19 })).toEqual(['v5']);
      });

      it('range on ISO dates', async () => {
        expect(await filtered({ field: 'publishedAt', op: 'range', gte: '2026-01-15T00:00:00.000Z' })).toEqual([
          'v2',
          'v3',
          'v5',
        ]);
        expect(
          await filtered({
            field: 'publishedAt',
            op: 'range',
            gte: '2026-01-01T00:00:00.000Z',
            lte: '2026-01-31T23:59:59.999Z',
          }),
        ).toEqual(['v1', 'v3']);
      });

      it('empty: null, missing or an empty array', async () => {
        expect(await filtered({ field: 'closingDate', op: 'empty' })).toEqual(['v2', 'v4', 'v5']);
        expect(await filtered({ field: 'skills', op: 'empty' })).toEqual(['v4']);
      });

      it('not, including around a range on a missing field', async () => {
        expect(await filtered({ op: 'not', filter: { field: 'status', op: 'eq', value: 'published' } })).toEqual([
          'v4',
          'v5',
        ]);
        expect(await filtered({ op: 'not', filter: { field: 'closingDate', op: 'empty' } })).toEqual(['v1', 'v3']);
        // A document without the field is not in the range, so it is in its negation.
        expect(await filtered({ op: 'not', filter: { field: 'closingDate', op: 'range', gte: '2026-03-15' } })).toEqual(
          ['v1', 'v2', 'v4', 'v5'],
        );
      });

      it('or, and the top-level list as AND', async () => {
        const remoteOrLong: Filter = {
          op: 'or',
          filters: [
            { field: 'remote', op: 'eq', value: true },
            { field: 'hours', op: 'range', gte: 38 },
          ],
        };
        expect(await filtered(remoteOrLong)).toEqual(['v1', 'v4', 'v5']);
        expect(await filtered(remoteOrLong, { field: 'skills', op: 'eq', value: 'nederlands' })).toEqual(['v1', 'v5']);
      });

      it('rejects filters, sorts and facets on undeclared fields', async () => {
        await expect(search({ filters: [{ field: 'title', op: 'eq', value: 'Kok' }] })).rejects.toBeInstanceOf(
          InvalidSearchQueryError,
        );
        await expect(
          search({ filters: [{ op: 'not', filter: { field: 'description', op: 'empty' } }] }),
        ).rejects.toBeInstanceOf(InvalidSearchQueryError);
        await expect(search({ sort: [{ field: 'title', direction: 'asc' }] })).rejects.toBeInstanceOf(
          InvalidSearchQueryError,
        );
        await expect(search({ facets: ['title'] })).rejects.toBeInstanceOf(InvalidSearchQueryError);
      });
    });

    describe('geo', () => {
      it('a radius includes documents inside it and excludes those outside or without a location', async () => {
        const ledebergMeters = haversineMeters(RABOT, LEDEBERG);
        expect(ledebergMeters).toBeGreaterThan(3000);
        expect(ledebergMeters).toBeLessThan(4000);
        expect(await idSet({ geo: { point: RABOT, radiusMeters: 3000 } })).toEqual(['v1', 'v3']);
        expect(await idSet({ geo: { point: RABOT, radiusMeters: 4000 } })).toEqual(['v1', 'v2', 'v3']);
      });

      it('sorts nearest first with distances close to the great-circle distance', async () => {
        const result = await search({ geo: { point: RABOT }, sort: [{ geoDistance: 'asc' }], limit: 10 });
        const located = result.hits.filter((h) => h.geo !== null);
        expect(located.map((h) => h.id)).toEqual(['v1', 'v3', 'v2', 'v5']);
        expect(result.hits.map((h) => h.id).slice(0, 4)).toEqual(['v1', 'v3', 'v2', 'v5']);
        const expected: Record<string, number> = {
          v3: haversineMeters(RABOT, KORENMARKT),
          v2: haversineMeters(RABOT, LEDEBERG),
          v5: haversineMeters(RABOT, ANTWERPEN),
        };
        expect(located[0].distanceMeters).toBeLessThan(5);
        for (const hit of located.slice(1)) {
          expect(Math.abs(hit.distanceMeters! - expected[hit.id]) / expected[hit.id]).toBeLessThan(0.05);
        }
        expect(result.hits.find((h) => h.id === 'v4')?.distanceMeters ?? null).toBeNull();
      });

      it('without a count (countTotal false) gives the same nearest-first page, filters and radius included', async () => {
        const nearest: SearchQuery = { geo: { point: RABOT }, sort: [{ geoDistance: 'asc' }], limit: 10 };
        const located = (hits: { id: string; geo: unknown }[]) => hits.filter((h) => h.geo !== null).map((h) => h.id);
        const counted = await search(nearest);
        const uncounted = await search({ ...nearest, countTotal: false });
        expect(located(uncounted.hits)).toEqual(located(counted.hits));
        expect(uncounted.total === null || uncounted.total === counted.total).toBe(true);
        for (const hit of uncounted.hits.filter((h) => h.geo !== null)) {
          const same = counted.hits.find((h) => h.id === hit.id)!;
          expect(Math.abs(hit.distanceMeters! - same.distanceMeters!)).toBeLessThan(1);
        }
        const narrowed: SearchQuery = {
          ...nearest,
          geo: { point: RABOT, radiusMeters: 4000 },
          filters: [{ op: 'not', filter: { field: 'skills', op: 'in', values: ['koken', 'zorg'] } }],
        };
        expect(located((await search({ ...narrowed, countTotal: false })).hits)).toEqual(
          located((await search(narrowed)).hits),
        );
      });

      it('combines a radius with filters and text', async () => {
        const result = await search({
          text: 'kok',
          filters: [{ field: 'skills', op: 'eq', value: 'nederlands' }],
          geo: { point: RABOT, radiusMeters: 2000 },
        });
        expect(result.hits.map((h) => h.id)).toEqual(['v3']);
        expect(result.hits[0].distanceMeters).toBeGreaterThan(500);
      });
    });

    describe('facets, totals and paging', () => {
      it('counts facet values over all matches, per array element, not just the page', async () => {
        const result = await search({
          filters: [{ field: 'status', op: 'eq', value: 'published' }],
          facets: ['skills', 'status', 'remote'],
          limit: 1,
        });
        expect(result.hits).toHaveLength(1);
        expect(result.total).toBe(3);
        expect(result.facets.skills).toEqual({ zorg: 1, nederlands: 2, schoonmaak: 1, koken: 1 });
        expect(result.facets.status).toEqual({ published: 3 });
        expect(result.facets.remote).toEqual({ false: 3 });
      });

      it('total counts every match while limit and offset page through them', async () => {
        const byHours: SearchQuery = { sort: [{ field: 'hours', direction: 'asc' }] };
        const page = await search({ ...byHours, limit: 2, offset: 2 });
        expect(page.total).toBe(5);
        expect(page.hits.map((h) => h.id)).toEqual(['v3', 'v1']);
        const last = await search({ ...byHours, limit: 2, offset: 4 });
        expect(last.hits.map((h) => h.id)).toEqual(['v4']);
        const beyond = await search({ ...byHours, limit: 2, offset: 10 });
        expect(beyond).toMatchObject({ total: 5, hits: [] });
        expect((await search({ limit: 3, offset: 1, ...byHours })).hits.map((h) => h.id)).toEqual(['v2', 'v3', 'v1']);
      });

      it('sorts by a field ascending and descending', async () => {
        expect(await ids({ sort: [{ field: 'hours', direction: 'asc' }] })).toEqual(['v5', 'v2', 'v3', 'v1', 'v4']);
        expect(await ids({ sort: [{ field: 'publishedAt', direction: 'desc' }] })).toEqual([
          'v5',
          'v2',
          'v3',
          'v1',
          'v4',
        ]);
      });

      it('breaks ties with the index tie-breakers', async () => {
        // No text and no sort: the tie-breaker (priority desc) alone decides.
        expect(await ids({ filters: [{ field: 'status', op: 'eq', value: 'published' }] })).toEqual(['v3', 'v2', 'v1']);
      });
    });
  });
}
