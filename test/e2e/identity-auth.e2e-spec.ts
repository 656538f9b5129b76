import { INestApplication } from '@nestjs/common';
import { enterpriseNumberFromBase } from '@werkpunt/employers';
import { Role } from '@werkpunt/identity';
import { Clock, PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { cookiePair, createAccount, login, setCookies, TEST_PASSWORD } from '../utils/auth-session';
import { eventually } from '../utils/eventually';
import { SmtpCapture } from '../utils/smtp-capture';
import { createTestApp, testConfig } from '../utils/test-app';

/** Nothing secret may ever leave the API: no hashes, no stack traces. */
function expectNoSecrets(response: request.Response): void {
  const text = JSON.stringify(response.body) + response.text;
  expect(text).not.toMatch(/\$argon2/);
  expect(text).not.toMatch(/passwordHash|password_hash/);
  expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
}

describe('identity: accounts and authentication', () => {
  const smtp = new SmtpCapture();
  let app: INestApplication;
  let http: ReturnType<INestApplication['getHttpServer']>;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    const base = testConfig();
    // Own throttle namespace and a generous per-address limit: this file logs in many times from 127.0.0.1.
    app = await createTestApp({
      smtpUrl,
      redis: { ...base.redis, queuePrefix: `${base.redis.queuePrefix}_auth` },
      auth: { ...base.auth, loginLimitPerIp: 1000 },
    });
    http = app.getHttpServer();
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });
  afterEach(() => jest.restoreAllMocks());

  const newEmail = () => `seeker-${randomUUID().slice(0, 8)}@example.test`;

  async function registerJobSeeker(email = newEmail()) {
    const response = await request(http)
      .post('/api/v1/accounts/job-seekers')
      .send({ email, password: TEST_PASSWORD, displayName: 'Amina El Amrani', preferredLanguage: 'nl' });
    expect(response.status).toBe(201);
    return { email, id: (response.body as { id: string }).id, response };
  }

  it('registers a job seeker, logs in and shows the own account on /me', async () => {
    const email = newEmail();
    const { response: registered } = await registerJobSeeker(email.toUpperCase());
    expect(registered.body).toMatchObject({ email, role: 'job_seeker', status: 'active', hasPassword: true });
    expect(registered.headers['cache-control']).toBe('no-store');
    expectNoSecrets(registered);

    const loginResponse = await request(http).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    expect(loginResponse.status).toBe(200);
    expect(loginResponse.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 });
    expect(loginResponse.headers['cache-control']).toBe('no-store');
    const refresh = setCookies(loginResponse).find((c) => c.startsWith('wp_refresh='));
    expect(refresh).toMatch(/HttpOnly/i);
    expect(refresh).toMatch(/Secure/i);
    expect(refresh).toMatch(/SameSite=Strict/i);
    expect(refresh).toMatch(/Path=\/api\/v1\/auth/);
    // Only admins get the dashboard cookie.
    expect(setCookies(loginResponse).some((c) => c.startsWith('wp_admin='))).toBe(false);

    const me = await request(http).get('/api/v1/me').auth(loginResponse.body.accessToken, { type: 'bearer' });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, displayName: 'Amina El Amrani', role: 'job_seeker' });
    expect(me.headers['cache-control']).toBe('no-store');
    expectNoSecrets(me);
  });

  it('refuses a duplicate e-mail address in any case with 409', async () => {
    const { email } = await registerJobSeeker();
    const again = await request(http)
      .post('/api/v1/accounts/job-seekers')
      .send({ email: email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Someone else' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
  });

  it('refuses short and common passwords with 400 naming the field', async () => {
    for (const password of ['kort', 'qwerty123456', 'password2024!']) {
      const response = await request(http)
        .post('/api/v1/accounts/job-seekers')
        .send({ email: newEmail(), password, displayName: 'Test' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'password', messages: [expect.any(String)] }]);
    }
  });

  it('answers a wrong password and an unknown address alike, with 401 problem+json', async () => {
    const { email } = await registerJobSeeker();
    const wrong = await request(http).post('/api/v1/auth/login').send({ email, password: 'not the right one' });
    const unknown = await request(http)
      .post('/api/v1/auth/login')
      .send({ email: newEmail(), password: 'not the right one' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expectNoSecrets(response);
    }
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('answers 401 problem+json without a token, with a forged token, and on unknown routes still 404', async () => {
    const none = await request(http).get('/api/v1/me');
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const forged = await request(http).get('/api/v1/me').auth('eyJhbGciOiJIUzI1NiJ9.e30.x', { type: 'bearer' });
    expect(forged.status).toBe(401);
    expect((await request(http).get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('keeps the public routes public', async () => {
    for (const path of ['/health', '/api/v1/neighbourhoods', '/api/v1/isco-groups', '/api/v1/language-levels']) {
      const response = await request(http).get(path);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).not.toBe('no-store');
    }
  });

  it('rotates the refresh token and ends the whole session when an old one is reused', async () => {
    const { email } = await registerJobSeeker();
    const session = await login(app, email);

    const first = await request(http).post('/api/v1/auth/refresh').set('Cookie', session.refreshCookie);
    expect(first.status).toBe(200);
    const secondCookie = cookiePair(setCookies(first), 'wp_refresh');
    expect(secondCookie).not.toBe(session.refreshCookie);

    const second = await request(http).post('/api/v1/auth/refresh').set('Cookie', secondCookie);
    expect(second.status).toBe(200);
    const thirdCookie = cookiePair(setCookies(second), 'wp_refresh');
    const liveAccessToken = second.body.accessToken as string;
    expect((await request(http).get('/api/v1/me').auth(liveAccessToken, { type: 'bearer' })).status).toBe(200);

    // A thief replays the first token: 401, and the family is revoked...
    const reuse = await request(http).post('/api/v1/auth/refresh').set('Cookie', session.refreshCookie);
    expect(reuse.status).toBe(401);
    expect(reuse.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    // ...so the newest refresh token and the access tokens of that session stop working too.
    expect((await request(http).post('/api/v1/auth/refresh').set('Cookie', thirdCookie)).status).toBe(401);
    expect((await request(http).get('/api/v1/me').auth(liveAccessToken, { type: 'bearer' })).status).toBe(401);

    // Another login of the same person is a different family and keeps working.
    const other = await login(app, email);
    expect((await request(http).get('/api/v1/me').auth(other.accessToken, { type: 'bearer' })).status).toBe(200);
  });

  it('refuses a refresh without a cookie', async () => {
    expect((await request(http).post('/api/v1/auth/refresh')).status).toBe(401);
  });

  it('logs out: the refresh token and the access token of that session stop working', async () => {
    const { email } = await registerJobSeeker();
    const session = await login(app, email);
    const logout = await request(http)
      .post('/api/v1/auth/logout')
      .set('Cookie', session.refreshCookie)
      .auth(session.accessToken, { type: 'bearer' });
    expect(logout.status).toBe(204);
    expect(setCookies(logout).find((c) => c.startsWith('wp_refresh='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await request(http).post('/api/v1/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
    expect((await request(http).get('/api/v1/me').auth(session.accessToken, { type: 'bearer' })).status).toBe(401);
  });

  describe('password reset', () => {
    const tokenIn = (text: string) => /(?:Code|code): (\S+)/.exec(text)?.[1] ?? '';

    it('answers 202 whether or not the address has an account, and mails only real accounts', async () => {
      const unknown = newEmail();
      const response = await request(http).post('/api/v1/auth/password-reset/request').send({ email: unknown });
      expect(response.status).toBe(202);
      const { email } = await registerJobSeeker();
      expect((await request(http).post('/api/v1/auth/password-reset/request').send({ email })).status).toBe(202);
      await eventually(async () => expect(smtp.mailsTo(email)).toHaveLength(1));
      expect(smtp.mailsTo(unknown)).toHaveLength(0);
    });

    it('sets a new password once with the mailed token and ends every session', async () => {
      const { email } = await registerJobSeeker();
      const session = await login(app, email);
      await request(http).post('/api/v1/auth/password-reset/request').send({ email }).expect(202);
      const mail = await eventually(async () => {
        const [received] = smtp.mailsTo(email);
        expect(received).toBeDefined();
        return received;
      });
      expect(mail.subject).toBe('Kies een nieuw wachtwoord voor Werkpunt');
      const token = tokenIn(mail.text);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const newPassword = 'een nieuwe fiets voor de wijk';
      const reset = await request(http).post('/api/v1/auth/password-reset').send({ token, password: newPassword });
      expect(reset.status).toBe(204);

      // Sessions from before the reset are over, access and refresh alike.
      expect((await request(http).get('/api/v1/me').auth(session.accessToken, { type: 'bearer' })).status).toBe(401);
      expect((await request(http).post('/api/v1/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
      // The old password no longer works, the new one does; the token works only once.
      expect((await request(http).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD })).status).toBe(
        401,
      );
      await login(app, email, newPassword);
      const again = await request(http)
        .post('/api/v1/auth/password-reset')
        .send({ token, password: 'nog een ander wachtwoord' });
      expect(again.status).toBe(400);
      expect(again.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('refuses the token after 30 minutes', async () => {
      const { email } = await registerJobSeeker();
      await request(http).post('/api/v1/auth/password-reset/request').send({ email }).expect(202);
      const token = tokenIn((await eventually(async () => smtp.mailsTo(email)[0] ?? Promise.reject())).text);

      const clock = app.get(Clock);
      const in31Minutes = new Date(Date.now() + 31 * 60 * 1000);
      jest.spyOn(clock, 'now').mockReturnValue(in31Minutes);
      const late = await request(http)
        .post('/api/v1/auth/password-reset')
        .send({ token, password: 'te laat voor een nieuw wachtwoord' });
      expect(late.status).toBe(400);

      // 29 minutes is still in time.
      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 29 * 60 * 1000));
      const inTime = await request(http)
        .post('/api/v1/auth/password-reset')
        .send({ token, password: 'net op tijd voor een nieuw wachtwoord' });
      expect(inTime.status).toBe(204);
    });
  });

  describe('mediators, clients and admins', () => {
    let admin: { accessToken: string };
    let mediator: { accessToken: string };
    const werkpuntRabot = randomUUID();

    beforeAll(async () => {
      const adminAccount = await createAccount(app, Role.Admin);
      admin = await login(app, adminAccount.email);
      const mediatorAccount = await createAccount(app, Role.Mediator, { werkpuntIds: [werkpuntRabot] });
      mediator = await login(app, mediatorAccount.email);
    });

    it("puts a mediator's new client in the mediator's Werkpunt, whose mediators alone may act for them", async () => {
      const created = await request(http)
        .post('/api/v1/clients')
        .auth(mediator.accessToken, { type: 'bearer' })
        .send({ displayName: 'Fatma Yilmaz' });
      expect(created.status).toBe(201);
      expect(created.body.account.homeWerkpuntId).toBe(werkpuntRabot);
      const clientId = created.body.account.id as string;

      const colleague = await login(
        app,
        (await createAccount(app, Role.Mediator, { werkpuntIds: [werkpuntRabot] })).email,
      );
      const elsewhere = await login(
        app,
        (await createAccount(app, Role.Mediator, { werkpuntIds: [randomUUID()] })).email,
      );
      const consentsAs = (session: { accessToken: string }) =>
        request(http).get(`/api/v1/clients/${clientId}/consents`).auth(session.accessToken, { type: 'bearer' });
      expect((await consentsAs(colleague)).status).toBe(200);
      const refused = await consentsAs(elsewhere);
      expect(refused.status).toBe(404);
      // Only the problem itself: nothing of the client's file comes back.
      expect(Object.keys(refused.body).sort()).toEqual(['detail', 'instance', 'requestId', 'status', 'title', 'type']);
    });

    it("refuses a client in a Werkpunt that is not the mediator's, naming the field", async () => {
      const res = await request(http)
        .post('/api/v1/clients')
        .auth(mediator.accessToken, { type: 'bearer' })
        .send({ displayName: 'Fatma Yilmaz', werkpuntId: randomUUID() });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'werkpuntId', messages: [expect.stringContaining('Werkpunten you work at')] },
      ]);
    });

    it('lets a mediator create a client without e-mail, who claims the account with the printed code', async () => {
      const created = await request(http)
        .post('/api/v1/clients')
        .auth(mediator.accessToken, { type: 'bearer' })
        .send({ displayName: 'Yusuf Demir', preferredLanguage: 'nl' });
      expect(created.status).toBe(201);
      expect(created.headers['cache-control']).toBe('no-store');
      expect(created.body.account).toMatchObject({ email: null, phone: null, hasPassword: false, role: 'job_seeker' });
      expect(created.body.account.username).toMatch(/^yusuf-demir-\d{4}$/);
      const code = created.body.claimCode as string;
      expect(code).toMatch(/^[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}$/);
      expectNoSecrets(created);

      const wrong = await request(http)
        .post('/api/v1/clients/claim')
        .send({ code: 'ABCDE-FGHJK', password: 'appels en peren op de markt' });
      expect(wrong.status).toBe(400);

      const email = newEmail();
      const claimed = await request(http)
        .post('/api/v1/clients/claim')
        .send({ code: code.toLowerCase().replace('-', ' '), password: 'appels en peren op de markt', email });
      expect(claimed.status).toBe(200);
      expect(claimed.body).toMatchObject({ id: created.body.account.id, email, hasPassword: true });

      const me = await login(app, email, 'appels en peren op de markt');
      const own = await request(http).get('/api/v1/me').auth(me.accessToken, { type: 'bearer' });
      expect(own.body.displayName).toBe('Yusuf Demir');

      // The code works once.
      const again = await request(http)
        .post('/api/v1/clients/claim')
        .send({ code, password: 'nog een keer proberen aub' });
      expect(again.status).toBe(400);
    });

    it('lets a client claim without e-mail and log in with the login name from the paper', async () => {
      const created = await request(http)
        .post('/api/v1/clients')
        .auth(mediator.accessToken, { type: 'bearer' })
        .send({ displayName: 'Tomáš Horváth', preferredLanguage: 'en' });
      expect(created.status).toBe(201);
      const { username } = created.body.account as { username: string };
      expect(username).toMatch(/^tomas-horvath-\d{4}$/);

      const password = 'een fiets voor de markt van zondag';
      const claimed = await request(http)
        .post('/api/v1/clients/claim')
        .send({ code: created.body.claimCode, password });
      expect(claimed.status).toBe(200);
      expect(claimed.body).toMatchObject({ email: null, username, hasPassword: true });

      const loggedIn = await request(http)
        .post('/api/v1/auth/login')
        .send({ username: username.toUpperCase(), password });
      expect(loggedIn.status).toBe(200);
      const me = await request(http).get('/api/v1/me').auth(loggedIn.body.accessToken, { type: 'bearer' });
      expect(me.body).toMatchObject({ username, displayName: 'Tomáš Horváth', preferredLanguage: 'en' });

      const neither = await request(http).post('/api/v1/auth/login').send({ password });
      expect(neither.status).toBe(400);
      expect(neither.body.errors[0].field).toBe('email');
    });

    it('lets only mediators create client accounts', async () => {
      const { email } = await registerJobSeeker();
      const seeker = await login(app, email);
      const response = await request(http)
        .post('/api/v1/clients')
        .auth(seeker.accessToken, { type: 'bearer' })
        .send({ displayName: 'Iemand' });
      expect(response.status).toBe(403);
    });

    it('refuses a deactivated account on its very next request, even with a valid access token', async () => {
      const { email, id } = await registerJobSeeker();
      const seeker = await login(app, email);
      expect((await request(http).get('/api/v1/me').auth(seeker.accessToken, { type: 'bearer' })).status).toBe(200);

      const deactivated = await request(http)
        .post(`/api/v1/admin/accounts/${id}/deactivate`)
        .auth(admin.accessToken, { type: 'bearer' });
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.status).toBe('deactivated');

      expect((await request(http).get('/api/v1/me').auth(seeker.accessToken, { type: 'bearer' })).status).toBe(401);
      expect((await request(http).post('/api/v1/auth/refresh').set('Cookie', seeker.refreshCookie)).status).toBe(401);
      const relogin = await request(http).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
      expect(relogin.status).toBe(401);
      expect(relogin.body.detail).toMatch(/deactivated/);
    });

    it('applies a role change on the very next request', async () => {
      const { email, id } = await registerJobSeeker();
      const user = await login(app, email);
      const asMediator = () =>
        request(http).post('/api/v1/clients').auth(user.accessToken, { type: 'bearer' }).send({ displayName: 'X' });
      expect((await asMediator()).status).toBe(403);

      const changed = await request(http)
        .put(`/api/v1/admin/accounts/${id}/role`)
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ role: 'mediator' });
      expect(changed.status).toBe(200);
      const placed = await request(http)
        .put(`/api/v1/admin/accounts/${id}/werkpunten`)
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ werkpuntIds: [werkpuntRabot] });
      expect(placed.status).toBe(200);

      // Same access token, new role.
      expect((await asMediator()).status).toBe(201);
      const me = await request(http).get('/api/v1/me').auth(user.accessToken, { type: 'bearer' });
      expect(me.body.role).toBe('mediator');
    });

    it('lets admins create mediators, who choose a password through the mailed link', async () => {
      const email = `mediator-${randomUUID().slice(0, 8)}@stad.gent`;
      const created = await request(http)
        .post('/api/v1/admin/mediators')
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ email, displayName: 'Jonas Verhaeghe', werkpuntIds: [werkpuntRabot] });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ role: 'mediator', werkpuntIds: [werkpuntRabot], hasPassword: false });

      const [mail] = await eventually(async () => {
        const mails = smtp.mailsTo(email);
        expect(mails).toHaveLength(1);
        return mails;
      });
      const token = /Code: (\S+)/.exec(mail.text)?.[1];
      await request(http)
        .post('/api/v1/auth/password-reset')
        .send({ token, password: 'werkpunt rabot op dinsdag' })
        .expect(204);
      const session = await login(app, email, 'werkpunt rabot op dinsdag');
      const me = await request(http).get('/api/v1/me').auth(session.accessToken, { type: 'bearer' });
      expect(me.body.werkpuntIds).toEqual([werkpuntRabot]);

      // Non-admins may not.
      const denied = await request(http)
        .post('/api/v1/admin/mediators')
        .auth(mediator.accessToken, { type: 'bearer' })
        .send({ email: newEmail(), displayName: 'X', werkpuntIds: [] });
      expect(denied.status).toBe(403);
    });
  });

  describe('employers', () => {
    it('registers an owner, who invites a recruiter by e-mail and removes them again', async () => {
      const ownerEmail = `owner-${randomUUID().slice(0, 8)}@bakkerij.example`;
      // Registration is the employers context's route: it creates the organisation row with the account.
      const registered = await request(http)
        .post('/api/v1/employers/register')
        .send({
          account: { email: ownerEmail, password: TEST_PASSWORD, displayName: 'Els Bakker' },
          organisation: {
            legalName: 'Bakkerij Bakker bv',
            enterpriseNumber: enterpriseNumberFromBase(Number.parseInt(randomUUID().slice(0, 6), 16) % 10_000_000),
            naceCode: '10.71',
          },
        });
      expect(registered.status).toBe(201);
      const organisationId = registered.body.organisation.id as string;
      expect(registered.body.account.organisations).toEqual([{ organisationId, role: 'owner' }]);
      const owner = await login(app, ownerEmail);

      const recruiterEmail = `recruiter-${randomUUID().slice(0, 8)}@bakkerij.example`;
      const invited = await request(http)
        .post(`/api/v1/organisations/${organisationId}/invitations`)
        .auth(owner.accessToken, { type: 'bearer' })
        .send({ email: recruiterEmail });
      expect(invited.status).toBe(201);
      const [mail] = await eventually(async () => {
        const mails = smtp.mailsTo(recruiterEmail);
        expect(mails).toHaveLength(1);
        return mails;
      });
      const token = /Code: (\S+)/.exec(mail.text)?.[1];

      const accepted = await request(http)
        .post('/api/v1/invitations/accept')
        .send({ token, displayName: 'Sofie De Wilde', password: 'brood bakken voor de hele wijk' });
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({
        email: recruiterEmail,
        role: 'recruiter',
        organisations: [{ organisationId, role: 'recruiter' }],
      });
      const reused = await request(http)
        .post('/api/v1/invitations/accept')
        .send({ token, displayName: 'Iemand Anders', password: 'brood bakken voor de hele wijk' });
      expect(reused.status).toBe(400);

      const recruiter = await login(app, recruiterEmail, 'brood bakken voor de hele wijk');
      const listed = await request(http)
        .get(`/api/v1/organisations/${organisationId}/recruiters`)
        .auth(owner.accessToken, { type: 'bearer' });
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual([
        expect.objectContaining({ displayName: 'Els Bakker', email: ownerEmail, role: 'owner' }),
        expect.objectContaining({ accountId: accepted.body.id, email: recruiterEmail, role: 'recruiter' }),
      ]);
      const listedByRecruiter = await request(http)
        .get(`/api/v1/organisations/${organisationId}/recruiters`)
        .auth(recruiter.accessToken, { type: 'bearer' });
      expect(listedByRecruiter.status).toBe(404);
      // A recruiter is not the owner: to them the organisation's invitations do not exist.
      const notOwner = await request(http)
        .post(`/api/v1/organisations/${organisationId}/invitations`)
        .auth(recruiter.accessToken, { type: 'bearer' })
        .send({ email: newEmail() });
      expect(notOwner.status).toBe(404);

      const removed = await request(http)
        .delete(`/api/v1/organisations/${organisationId}/recruiters/${accepted.body.id}`)
        .auth(owner.accessToken, { type: 'bearer' });
      expect(removed.status).toBe(204);
      const me = await request(http).get('/api/v1/me').auth(recruiter.accessToken, { type: 'bearer' });
      expect(me.body.organisations).toEqual([]);
      const afterRemoval = await request(http)
        .get(`/api/v1/organisations/${organisationId}/recruiters`)
        .auth(owner.accessToken, { type: 'bearer' });
      expect(afterRemoval.body.map((r: { role: string }) => r.role)).toEqual(['owner']);
    });
  });

  describe('queue dashboard', () => {
    it('is a 404 to anonymous people and non-admins, and opens for admins by header or cookie', async () => {
      const anonymous = await request(http).get('/admin/queues');
      expect(anonymous.status).toBe(404);
      expect(anonymous.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);

      const { email } = await registerJobSeeker();
      const seeker = await login(app, email);
      expect((await request(http).get('/admin/queues').auth(seeker.accessToken, { type: 'bearer' })).status).toBe(404);

      const adminAccount = await createAccount(app, Role.Admin);
      const admin = await login(app, adminAccount.email);
      const adminCookie = admin.cookies.find((c) => c.startsWith('wp_admin='));
      expect(adminCookie).toMatch(/HttpOnly/i);
      expect(adminCookie).toMatch(/Path=\/admin\/queues/);
      expect((await request(http).get('/admin/queues').auth(admin.accessToken, { type: 'bearer' })).status).toBe(200);
      const byCookie = await request(http)
        .get('/admin/queues/api/queues')
        .set('Cookie', cookiePair(admin.cookies, 'wp_admin'));
      expect(byCookie.status).toBe(200);
    });
  });

  it('documents the identity routes and how to authorise in OpenAPI', async () => {
    const document = await request(http).get('/api/openapi.json');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/me', '/api/v1/clients/claim']),
    );
    expect(document.body.components.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      wp_refresh: { type: 'apiKey', in: 'cookie' },
    });
  });

  it('stores no password in the clear', async () => {
    const { id } = await registerJobSeeker();
    const [row] = await app
      .get(DataSource)
      .query<{ password_hash: string }[]>('SELECT password_hash FROM accounts WHERE id = $1', [id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
