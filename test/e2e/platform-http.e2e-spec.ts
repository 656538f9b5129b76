import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from '../utils/test-app';

describe('platform HTTP surface', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await createTestApp()));
  afterAll(() => app.close());

  it('answers liveness without touching dependencies', async () => {
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3 document with the v1 routes, their examples and the health checks', async () => {
    const res = await request(app.getHttpServer()).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/health',
        '/health/ready',
        '/api/v1/neighbourhoods',
        '/api/v1/neighbourhoods/{id}',
        '/api/v1/neighbourhoods/locate',
        '/api/v1/occupations',
      ]),
    );
    expect(JSON.stringify(res.body.components?.schemas ?? {})).toContain('example');
  });

  it('serves Swagger UI', async () => {
    const res = await request(app.getHttpServer()).get('/api/docs/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger-ui');
  });

  it('mounts the queue dashboard listing the platform queues', async () => {
    const page = await request(app.getHttpServer()).get('/admin/queues');
    expect(page.status).toBe(200);
    const queues = await request(app.getHttpServer()).get('/admin/queues/api/queues');
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name)).toContain('maintenance');
  });

  it('does not reveal the framework', async () => {
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
