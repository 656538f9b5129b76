import { INestApplication } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import request from 'supertest';
import { eventually } from '../utils/eventually';
import { TcpProxy } from '../utils/tcp-proxy';
import { createTestApp, testConfig } from '../utils/test-app';

describe('when PostgreSQL or Redis go away', () => {
  const base = testConfig();
  const pgProxy = TcpProxy.forUrl(base.database.url, 5432);
  const redisProxy = TcpProxy.forUrl(base.redis.url, 6379);
  let app: INestApplication;

  beforeAll(async () => {
    await pgProxy.start();
    await redisProxy.start();
    app = await createTestApp({
      database: { ...base.database, url: pgProxy.rewrite(base.database.url) },
      redis: { ...base.redis, url: redisProxy.rewrite(base.redis.url) },
    });
  });
  afterAll(async () => {
    await pgProxy.start();
    await redisProxy.start();
    await app?.close();
    await pgProxy.stop();
    await redisProxy.stop();
  });

  const get = (path: string) => request(app.getHttpServer()).get(path);

  it('is ready while everything is up', async () => {
    const res = await get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.details).toMatchObject({
      postgres: { status: 'up' },
      redis: { status: 'up' },
      search: { status: 'up', engine: 'postgres' },
    });
  });

  it('answers 503 problem+json while PostgreSQL is down and serves again once it is back', async () => {
    expect((await get('/api/v1/neighbourhoods')).status).toBe(200);

    await pgProxy.stop();
    const down = await get('/api/v1/neighbourhoods');
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(down.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(down.headers['retry-after']).toBeDefined();
    expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|at .*\.js/);

    const ready = await get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(ready.body.checks.postgres.status).toBe('down');
    expect((await get('/health')).status).toBe(200);

    await pgProxy.start();
    await eventually(async () => expect((await get('/api/v1/neighbourhoods')).status).toBe(200));
    await eventually(async () => expect((await get('/health/ready')).status).toBe(200));
  });

  it('reports Redis down in readiness and recovers when it is back', async () => {
    await redisProxy.stop();
    const ready = await eventually(async () => {
      const res = await get('/health/ready');
      expect(res.status).toBe(503);
      return res;
    });
    expect(ready.body.checks.redis.status).toBe('down');

    await redisProxy.start();
    await eventually(async () => {
      const res = await get('/health/ready');
      expect(res.body.checks ?? res.body.details).toMatchObject({ redis: { status: 'up' } });
      expect(res.status).toBe(200);
    });
  });
});
