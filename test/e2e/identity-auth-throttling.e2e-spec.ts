import { INestApplication } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TEST_PASSWORD } from '../utils/auth-session';
import { createTestApp, testConfig } from '../utils/test-app';

/** Login throttling is kept in Redis, so it holds across API replicas: two instances share the count. */
describe('identity: login throttling', () => {
  let first: INestApplication;
  let second: INestApplication;

  beforeAll(async () => {
    const base = testConfig();
    // A namespace of this file's own, so attempts elsewhere in the run do not count here.
    const overrides = { redis: { ...base.redis, queuePrefix: `${base.redis.queuePrefix}_throttle_${Date.now()}` } };
    [first, second] = await Promise.all([createTestApp(overrides), createTestApp(overrides)]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  async function registerOn(app: INestApplication): Promise<string> {
    const email = `throttled-${randomUUID().slice(0, 8)}@example.test`;
    await request(app.getHttpServer())
      .post('/api/v1/accounts/job-seekers')
      .send({ email, password: TEST_PASSWORD, displayName: 'Throttled Person' })
      .expect(201);
    return email;
  }

  const wrongLogin = (app: INestApplication, email: string) =>
    request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password: 'wrong password, again' });

  it('answers 429 problem+json with Retry-After within 20 wrong passwords for one account', async () => {
    const email = await registerOn(first);
    const statuses: number[] = [];
    let throttled: request.Response | undefined;
    for (let i = 0; i < 20; i++) {
      const response = await wrongLogin(first, email);
      statuses.push(response.status);
      if (response.status === 429) throttled ??= response;
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect(throttled?.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(Number(throttled?.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(throttled?.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(throttled?.body).toMatchObject({ status: 429, type: expect.stringMatching(/too-many-requests$/) });

    // Even the right password waits now: the limit is on attempts, not on failures only.
    const right = await request(first.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email, password: TEST_PASSWORD });
    expect(right.status).toBe(429);
  });

  it('counts attempts spread over two API instances together', async () => {
    const email = await registerOn(first);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await wrongLogin(i % 2 === 0 ? first : second, email)).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    // Both instances refuse once the shared limit is reached.
    expect((await wrongLogin(first, email)).status).toBe(429);
    expect((await wrongLogin(second, email)).status).toBe(429);
  });

  it('limits attempts from one address across accounts', async () => {
    const base = testConfig();
    const strict = await createTestApp({
      redis: { ...base.redis, queuePrefix: `${base.redis.queuePrefix}_throttle_ip_${Date.now()}` },
      auth: { ...base.auth, loginLimitPerIp: 5 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await wrongLogin(strict, `nobody-${i}@example.test`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await strict.close();
    }
  });

  it('does not let one throttled account block another', async () => {
    const email = await registerOn(second);
    expect((await wrongLogin(second, email)).status).toBe(401);
  });
});
