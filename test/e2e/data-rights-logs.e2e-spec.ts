// Personal data never reaches the logs: the built API, at debug level, serves registration, logins and a
// password reset, and its log output holds none of the e-mail address, password, name or phone.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { eventually } from '../utils/eventually';
import { BUILT_API, freePort, RunningProcess, startBuilt } from '../utils/processes';
import { testConfig } from '../utils/test-app';

describe('logs of the built api', () => {
  const config = testConfig();
  let api: RunningProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = startBuilt(BUILT_API, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: config.database.url,
      REDIS_URL: config.redis.url,
      QUEUE_PREFIX: config.redis.queuePrefix,
      // No mail server: the reset mail fails, and that failure is logged too.
      SMTP_URL: 'smtp://127.0.0.1:9',
      LOG_LEVEL: 'debug',
    });
    await eventually(async () => expect((await request(base).get('/health')).status).toBe(200), 20_000);
  });
  afterAll(() => {
    api?.child.kill('SIGKILL');
  });

  it('holds none of the e-mail, password, name or phone sent in registration and login', async () => {
    const run = randomUUID().slice(0, 8);
    const email = `logcheck-${run}@example.test`;
    const password = `zonnebloem ${run} fietspad`;
    const displayName = `Logcheck Persoon ${run}`;
    const phone = '+32 470 55 66 77';
    await request(base).post('/api/v1/accounts/job-seekers').send({ email, password, displayName, phone }).expect(201);
    // A refused registration (weak password) and a wrong login: error paths log too.
    const tooShort = `k${run}`;
    await request(base)
      .post('/api/v1/accounts/job-seekers')
      .send({ email, password: tooShort, displayName })
      .expect(400);
    await request(base)
      .post('/api/v1/auth/login')
      .send({ email, password: `${password}x` })
      .expect(401);
    await request(base).post('/api/v1/auth/login').send({ email, password }).expect(200);
    await request(base).post('/api/v1/auth/password-reset/request').send({ email });

    const logs = await eventually(async () => {
      const out = api.stdout() + api.stderr();
      expect(out).toContain('/api/v1/auth/login');
      return out;
    });
    for (const value of [email, password, displayName, phone, `${password}x`, tooShort]) {
      expect({ value, found: logs.includes(value) }).toEqual({ value, found: false });
    }
  });
});
