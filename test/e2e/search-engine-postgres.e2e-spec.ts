import { DataSource } from 'typeorm';
import { loadConfig } from '../../libs/platform/src/config/app-config';
import { tagHash } from '../../libs/search/src/engines/filter-tags';
import { PostgresSearchEngine } from '../../libs/search/src/engines/postgres-search-engine';
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
