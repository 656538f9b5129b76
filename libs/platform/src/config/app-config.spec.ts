import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on its embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.search.engine).toBe('postgres');
    expect(config.database.url).toMatch(/^postgres:\/\//);
    expect(config.redis.url).toMatch(/^redis:\/\//);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEARCH_ENGINE: 'solr', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'SEARCH_ENGINE', 'LOG_LEVEL']) expect(message).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('requires MEILI_HOST when the Meilisearch engine is chosen', () => {
    expect(() => loadConfig({ SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_HOST: is required/);
    expect(loadConfig({ SEARCH_ENGINE: 'meilisearch', MEILI_HOST: 'http://127.0.0.1:7700' }).search).toEqual({
      engine: 'meilisearch',
      meiliHost: 'http://127.0.0.1:7700',
      meiliApiKey: undefined,
      matchWeights: {},
    });
  });

  it('treats an empty value as not set', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('parses booleans and numbers', () => {
    const config = loadConfig({ BULL_BOARD_ENABLED: 'false', WORKER_CONCURRENCY: '8', PORT: '8080' });
    expect(config.bullBoardEnabled).toBe(false);
    expect(config.worker.concurrency).toBe(8);
    expect(config.port).toBe(8080);
  });

  it('refuses the built-in JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set/);
    const secret = 'a-production-secret-of-at-least-32-characters';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).auth.jwtSecret).toBe(secret);
  });

  it('keeps refresh cookies Secure unless turned off', () => {
    expect(loadConfig({}).auth.cookieSecure).toBe(true);
    expect(loadConfig({ COOKIE_SECURE: 'false' }).auth.cookieSecure).toBe(false);
  });

  it('warns inactive accounts after 18 months and erases them after 24 unless configured, erasing only after warning', () => {
    expect(loadConfig({}).inactivity).toEqual({ warnAfterMonths: 18, eraseAfterMonths: 24 });
    expect(loadConfig({ INACTIVITY_WARN_MONTHS: '6', INACTIVITY_ERASE_MONTHS: '12' }).inactivity).toEqual({
      warnAfterMonths: 6,
      eraseAfterMonths: 12,
    });
    expect(() => loadConfig({ INACTIVITY_WARN_MONTHS: '24', INACTIVITY_ERASE_MONTHS: '24' })).toThrow(
      /INACTIVITY_ERASE_MONTHS: must be more than INACTIVITY_WARN_MONTHS/,
    );
  });
});
