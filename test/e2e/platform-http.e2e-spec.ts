import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Role } from '@werkpunt/identity';
import { createAccount, login } from '../utils/auth-session';
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

  it('mounts the queue dashboard for admins, listing the platform queues', async () => {
    const admin = await createAccount(app, Role.Admin);
    const { accessToken } = await login(app, admin.email);
    const page = await request(app.getHttpServer()).get('/admin/queues').auth(accessToken, { type: 'bearer' });
    expect(page.status).toBe(200);
    const queues = await request(app.getHttpServer())
      .get('/admin/queues/api/queues')
      .auth(accessToken, { type: 'bearer' });
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name)).toContain('maintenance');
  });

  it('hides the queue dashboard from everyone else (404, as if it did not exist)', async () => {
    expect((await request(app.getHttpServer()).get('/admin/queues')).status).toBe(404);
  });

  it('does not reveal the framework', async () => {
    const res = await request(app.getHttpServer()).get('/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
