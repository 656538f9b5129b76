import { DataSource } from 'typeorm';
import { loadConfig } from '../../libs/platform/src/config/app-config';
import { tagHash } from '../../libs/search/src/engines/filter-tags';
import { PostgresSearchEngine } from '../../libs/search/src/engines/postgres-search-engine';
import { contractDocuments, contractIndex } from '../search-contract/contract-fixtures';
import { CONTRACT_INDEX, describeSearchEngineContract } from '../search-contract/search-engine-contract';

// The run's fresh database already has every migration (scripts/test.sh), so search_documents exists.
// Only a DataSource is needed, not the whole API module.
describeSearchEngineContract('PostgreSQL', async () => {
  const dataSource = await new DataSource({
    type: 'postgres',
    url: loadConfig().database.url,
    extra: { max: 4 },
  }).initialize();
  return {
    engine: new PostgresSearchEngine(dataSource),
    cleanup: async () => {
      await dataSource.query(`DELETE FROM search_documents WHERE index_name = $1`, [CONTRACT_INDEX]);
      await dataSource.query(`DELETE FROM search_indexes WHERE name = $1`, [CONTRACT_INDEX]);
      await dataSource.query(`DELETE FROM search_words WHERE index_name = $1`, [CONTRACT_INDEX]);
      await dataSource.destroy();
    },
  };
});

describe('PostgreSQL search engine: filter tags', () => {
  it('hashes a tag in SQL exactly as the engine hashes a query’s tags', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: loadConfig().database.url }).initialize();
    try {
      const tags = ['programme=artikel_60', 'neighbourhoodName=Sint-Amandsberg', 'x=Caissière 🧹', 'a', 'b', ''];
      const rows = await dataSource.query<{ hash: string }[]>(
        `SELECT public.search_tag_hash(t)::text AS hash FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`,
        [tags],
      );
      expect(rows.map((row) => row.hash)).toEqual(tags.map(tagHash));
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('PostgreSQL search engine: spelling', () => {
  const index = `${CONTRACT_INDEX}_spelling`;
  let dataSource: DataSource;
  let engine: PostgresSearchEngine;
  const ids = async (text: string) => (await engine.search(index, { text })).hits.map((hit) => hit.id).sort();

  beforeAll(async () => {
    dataSource = await new DataSource({ type: 'postgres', url: loadConfig().database.url }).initialize();
    engine = new PostgresSearchEngine(dataSource);
    await engine.ensureIndex({ ...contractIndex, name: index });
    await engine.upsert(index, contractDocuments);
  });
  afterAll(async () => {
    await dataSource.query(`DELETE FROM search_documents WHERE index_name = $1`, [index]);
    await dataSource.query(`DELETE FROM search_indexes WHERE name = $1`, [index]);
    await dataSource.query(`DELETE FROM search_words WHERE index_name = $1`, [index]);
    await dataSource.destroy();
  });

  it('keeps the words of what it indexes, lower case and without accents, and the synonyms', async () => {
    const words = await dataSource.query<{ word: string }[]>(
      `SELECT word FROM search_words WHERE index_name = $1 ORDER BY word`,
      [index],
    );
    expect(words.map((row) => row.word)).toEqual(
      expect.arrayContaining(['verpleegkundige', 'ziekenhuis', 'schoonmaker', 'kuisvrouw', 'poetshulp', 'cafe']),
    );
    expect(words.map((row) => row.word)).not.toContain('Café');
  });

  it('corrects a misspelt word to the closest word of the index, synonyms included', async () => {
    const cleaner = await ids('schoonmaker');
    expect(cleaner.length).toBeGreaterThan(0);
    expect(await ids('schoonmaakr')).toEqual(cleaner);
    expect(await ids('kuisvrouww')).toEqual(cleaner);
    expect(await ids('verplegkundige')).toEqual(await ids('verpleegkundige'));
  });

  it('finds nothing rather than something unrelated when no word of the index is close', async () => {
    expect(await ids('xylofoonstemmer')).toEqual([]);
  });
});
