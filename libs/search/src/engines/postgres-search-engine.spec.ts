import type { DataSource } from 'typeorm';
import { InvalidSearchQueryError, SearchEngineUnavailableError } from '../search-engine';
import { PostgresSearchEngine } from './postgres-search-engine';

function dataSourceFailingWith(error: unknown): DataSource {
  return { query: () => Promise.reject(error) } as unknown as DataSource;
}

describe('PostgresSearchEngine errors', () => {
  it('turns a connection failure into SearchEngineUnavailableError', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const engine = new PostgresSearchEngine(dataSourceFailingWith(refused));
    await expect(engine.count('vacancies')).rejects.toBeInstanceOf(SearchEngineUnavailableError);
    await expect(engine.isHealthy()).resolves.toBe(false);
  });

  it('passes other database errors through', async () => {
    const syntax = Object.assign(new Error('syntax error'), { code: '42601' });
    const engine = new PostgresSearchEngine(dataSourceFailingWith(syntax));
    await expect(engine.count('vacancies')).rejects.toThrow('syntax error');
  });

  it('refuses an index it does not know', async () => {
    const engine = new PostgresSearchEngine({ query: async () => [] } as unknown as DataSource);
    await expect(engine.search('nope', {})).rejects.toBeInstanceOf(InvalidSearchQueryError);
  });
});
