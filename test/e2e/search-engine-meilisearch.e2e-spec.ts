import { MeiliSearch } from 'meilisearch';
import { MeilisearchEngine } from '../../libs/search/src/engines/meilisearch-engine';
import { CONTRACT_INDEX, describeSearchEngineContract } from '../search-contract/search-engine-contract';

const host = process.env.MEILI_HOST;

if (host) {
  describeSearchEngineContract('Meilisearch', async () => {
    const client = new MeiliSearch({ host, apiKey: process.env.MEILI_API_KEY });
    return {
      engine: new MeilisearchEngine({ client }),
      cleanup: async () => {
        await client.deleteIndexIfExists(CONTRACT_INDEX);
      },
    };
  });
} else {
  const reason = 'Meilisearch contract suite SKIPPED: MEILI_HOST is not set (no Meilisearch server on this machine)';
  process.stdout.write(`\n${reason}\n`);
  describe.skip(reason, () => {
    it.skip(reason, () => undefined);
  });
}
