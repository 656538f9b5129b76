import request from 'supertest';
import { eventually } from '../utils/eventually';
import {
  BUILT_API,
  BUILT_WORKER,
  freePort,
  RunningProcess,
  startBuilt,
  STOPPED_CLEANLY,
  testRunEnv,
} from '../utils/processes';
import { TcpProxy } from '../utils/tcp-proxy';
import { testConfig } from '../utils/test-app';

// The built processes as an operator runs them: configuration at boot, logs, shutdown.
describe('api and worker processes', () => {
  const config = testConfig();
  const env = testRunEnv('info');

  it('refuses to start with bad configuration, naming every variable at fault', async () => {
    const api = startBuilt(BUILT_API, {
      ...env,
      PORT: 'eighty',
      DATABASE_URL: 'mysql://db/werkpunt',
      SEARCH_ENGINE: 'solr',
    });
    expect(await api.exited).toBe(78);
    const message = api.stderr();
    for (const name of ['PORT', 'DATABASE_URL', 'SEARCH_ENGINE']) expect(message).toContain(name);
    expect(message).toContain('.env.example');
  });

  describe('api', () => {
    const pgProxy = TcpProxy.forUrl(config.database.url, 5432);
    let api: RunningProcess;
    let base: string;

    beforeAll(async () => {
      await pgProxy.start();
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      api = startBuilt(BUILT_API, {
        ...env,
        PORT: String(port),
        DATABASE_URL: pgProxy.rewrite(config.database.url),
        SHUTDOWN_TIMEOUT_MS: '10000',
      });
      await eventually(async () => expect((await request(base).get('/health')).status).toBe(200), 20_000);
    });
    afterAll(async () => {
      api.child.kill('SIGKILL');
      await pgProxy.stop();
    });

    it('writes JSON log lines that carry the request id', async () => {
      const res = await request(base).get('/api/v1/neighbourhoods/18').set('X-Request-Id', 'e2e-log-line-0001');
      expect(res.status).toBe(200);
      expect(res.headers['x-request-id']).toBe('e2e-log-line-0001');
      const lines = await eventually(async () => {
        const found = api
          .stdout()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as { req?: { id?: string }; msg?: string });
        expect(found.some((line) => line.req?.id === 'e2e-log-line-0001')).toBe(true);
        return found;
      });
      const completed = lines.find((line) => line.req?.id === 'e2e-log-line-0001');
      expect(completed?.msg).toBe('request completed');
    });

    it('finishes in-flight requests when told to stop, then exits cleanly', async () => {
      pgProxy.latencyMs = 700; // every round trip to PostgreSQL now takes a while
      // .then() sends the request now; it is awaited after SIGTERM.
      const pending: Promise<request.Response> = request(base)
        .get('/api/v1/neighbourhoods')
        .then((res) => res);
      await new Promise((resolve) => setTimeout(resolve, 300));
      api.child.kill('SIGTERM');

      const res = await pending;
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(25);
      expect(STOPPED_CLEANLY).toContain(await api.exited);
      await expect(request(base).get('/health')).rejects.toThrow(/ECONNREFUSED/);
    });
  });

  it('stops the worker cleanly on SIGTERM', async () => {
    const worker = startBuilt(BUILT_WORKER, env);
    await eventually(async () => expect(worker.stdout()).toContain('Werkpunt worker started'), 20_000);
    worker.child.kill('SIGTERM');
    expect(STOPPED_CLEANLY).toContain(await worker.exited);
  });
});
