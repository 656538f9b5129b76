// Employers: registration (organisation and owner in one transaction), the KBO number, profiles, who may
// change what, sites located in their wijk, and the cursor-paged list.
import { INestApplication } from '@nestjs/common';
import { enterpriseNumberFromBase, formatEnterpriseNumber, normaliseEnterpriseNumber } from '@werkpunt/employers';
import { NeighbourhoodsService } from '@werkpunt/geo';
import { OrganisationRole, Role } from '@werkpunt/identity';
import { PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { login, TEST_PASSWORD } from '../utils/auth-session';
import { createAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

/** A valid KBO number no other test run is likely to have registered (ten million to choose from). */
const freshEnterpriseNumber = () => enterpriseNumberFromBase(randomInt(0, 20_000_000));

const RABOT_POINT = { lat: 51.0641, lon: 3.7108 };
const RABOT_WIJK = 7;

interface Registered {
  organisationId: string;
  ownerEmail: string;
  ownerAuth: Record<string, string>;
  enterpriseNumber: string;
}

describe('employers', () => {
  let app: INestApplication;
  let http: ReturnType<INestApplication['getHttpServer']>;
  let admin: Record<string, string>;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  const registrationBody = (overrides: { email?: string; enterpriseNumber?: string; legalName?: string } = {}) => ({
    account: {
      email: overrides.email ?? `owner-${randomUUID().slice(0, 8)}@schoonmaak.example`,
      password: TEST_PASSWORD,
      displayName: 'Lieve Verhaegen',
    },
    organisation: {
      legalName: overrides.legalName ?? 'Schoonmaak Verhaegen bv',
      enterpriseNumber: overrides.enterpriseNumber ?? freshEnterpriseNumber(),
      naceCode: '81.21',
      sectorTables: ['dienstencheques'],
    },
  });

  async function register(overrides: Parameters<typeof registrationBody>[0] = {}): Promise<Registered> {
    const body = registrationBody(overrides);
    const res = await request(http).post('/api/v1/employers/register').send(body);
    expect(res.status).toBe(201);
    const session = await login(app, body.account.email);
    return {
      organisationId: res.body.organisation.id as string,
      ownerEmail: body.account.email,
      ownerAuth: bearer(session.accessToken),
      enterpriseNumber: body.organisation.enterpriseNumber,
    };
  }

  const recruiterOf = async (organisation: string, organisationRole = OrganisationRole.Recruiter) =>
    bearer(
      (await createAccount(app, { label: 'recruiter', role: Role.Recruiter, organisation, organisationRole })).token,
    );

  beforeAll(async () => {
    app = await createTestApp();
    http = app.getHttpServer();
    admin = bearer((await createAccount(app, { label: 'admin', role: Role.Admin })).token);
  });
  afterAll(() => app?.close());

  describe('registration', () => {
    it('creates the organisation with its KBO number and the owner’s account together', async () => {
      const body = registrationBody({ enterpriseNumber: ` ${freshEnterpriseNumber().replace(/\./g, ' ')} ` });
      const res = await request(http).post('/api/v1/employers/register').send(body);
      expect(res.status).toBe(201);
      expect(res.headers['cache-control']).toBe('no-store');
      const digits = normaliseEnterpriseNumber(body.organisation.enterpriseNumber);
      expect(res.body.organisation).toMatchObject({
        legalName: 'Schoonmaak Verhaegen bv',
        enterpriseNumber: formatEnterpriseNumber(digits),
        sector: { code: '81.21', nameNl: 'Algemene reiniging van gebouwen' },
        sectorTables: ['dienstencheques'],
        socialEconomy: false,
        sites: [],
      });
      const organisationId = res.body.organisation.id as string;
      expect(res.body.account.organisations).toEqual([{ organisationId, role: 'owner' }]);

      const [row] = await app
        .get(DataSource)
        .query<{ enterprise_number: string }[]>('SELECT enterprise_number FROM organisations WHERE id = $1', [
          organisationId,
        ]);
      expect(row.enterprise_number).toBe(digits);

      const owner = await login(app, body.account.email);
      const mine = await request(http).get('/api/v1/employers/me').set(bearer(owner.accessToken));
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual([
        expect.objectContaining({ role: 'owner', organisation: expect.objectContaining({ id: organisationId }) }),
      ]);
    });

    it('refuses an invalid KBO number with 400 naming the field (RegisterEmployerDto)', async () => {
      const body = registrationBody({ enterpriseNumber: '0123.456.748' });
      const res = await request(http).post('/api/v1/employers/register').send(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.body.errors).toEqual([
        { field: 'organisation.enterpriseNumber', messages: [expect.stringContaining('enterprise number')] },
      ]);
      const accounts = await app.get(DataSource).query('SELECT 1 FROM accounts WHERE email = $1', [body.account.email]);
      expect(accounts).toHaveLength(0);
    });

    it('refuses a KBO number registered already with 409, and leaves no account behind', async () => {
      const first = await register();
      const body = registrationBody({ enterpriseNumber: formatEnterpriseNumber(first.enterpriseNumber) });
      const res = await request(http).post('/api/v1/employers/register').send(body);
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('enterprise number');
      const accounts = await app.get(DataSource).query('SELECT 1 FROM accounts WHERE email = $1', [body.account.email]);
      expect(accounts).toHaveLength(0);
    });
  });

  describe('profile and changes', () => {
    it('shows anybody the public profile without any person’s data', async () => {
      const employer = await register();
      const res = await request(http).get(`/api/v1/employers/${employer.organisationId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: employer.organisationId, name: 'Schoonmaak Verhaegen bv' });
      expect(res.text).not.toContain(employer.ownerEmail);
      expect(res.text).not.toContain('Lieve Verhaegen');
      expect(res.body).not.toHaveProperty('email');
      const missing = await request(http).get(`/api/v1/employers/${randomUUID()}`);
      expect(missing.status).toBe(404);
    });

    it('lets the owner and admins change the details; recruiters read (403), other tenants get 404', async () => {
      const employer = await register();
      const path = `/api/v1/employers/${employer.organisationId}`;

      const byOwner = await request(http).patch(path).set(employer.ownerAuth).send({
        tradingName: 'Verhaegen Schoonmaak',
        enterpriseNumber: employer.enterpriseNumber,
        phone: '+32 9 123 45 67',
      });
      expect(byOwner.status).toBe(200);
      expect(byOwner.body).toMatchObject({ name: 'Verhaegen Schoonmaak', phone: '+32 9 123 45 67' });

      const byAdmin = await request(http).patch(path).set(admin).send({ socialEconomy: true, tradingName: null });
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body).toMatchObject({ socialEconomy: true, tradingName: null, name: 'Schoonmaak Verhaegen bv' });

      const colleague = await recruiterOf(employer.organisationId);
      expect((await request(http).patch(path).set(colleague).send({ website: null })).status).toBe(403);

      const other = await register();
      const outsider = await request(http).patch(path).set(other.ownerAuth).send({ website: null });
      const nobody = await request(http).patch(`/api/v1/employers/${randomUUID()}`).set(other.ownerAuth).send({});
      expect(outsider.status).toBe(404);
      expect(nobody.status).toBe(404);
      expect(outsider.body.detail).toBe(nobody.body.detail);
    });

    it('refuses an invalid change with 400 naming the field (UpdateOrganisationDto)', async () => {
      const employer = await register();
      const res = await request(http)
        .patch(`/api/v1/employers/${employer.organisationId}`)
        .set(employer.ownerAuth)
        .send({ naceCode: '40.11' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'naceCode', messages: [expect.stringContaining('NACE')] }]);

      const cleared = await request(http)
        .patch(`/api/v1/employers/${employer.organisationId}`)
        .set(employer.ownerAuth)
        .send({ legalName: null });
      expect(cleared.status).toBe(400);
      expect(cleared.body.errors).toEqual([{ field: 'legalName', messages: ['legalName cannot be null'] }]);
    });

    it('answers 409 when a change takes another organisation’s KBO number', async () => {
      const [mine, theirs] = [await register(), await register()];
      const res = await request(http)
        .patch(`/api/v1/employers/${mine.organisationId}`)
        .set(mine.ownerAuth)
        .send({ enterpriseNumber: theirs.enterpriseNumber });
      expect(res.status).toBe(409);
    });
  });

  describe('sites', () => {
    let employer: Registered;
    const sitesPath = () => `/api/v1/employers/${employer.organisationId}/sites`;

    beforeAll(async () => {
      employer = await register();
    });

    it('locates a site by its point, inside the wijk’s outline', async () => {
      const res = await request(http)
        .post(sitesPath())
        .set(employer.ownerAuth)
        .send({ name: 'Winkel Rabot', streetAddress: 'Wondelgemstraat 12', postcode: '9000', ...RABOT_POINT });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        location: RABOT_POINT,
        neighbourhood: { id: RABOT_WIJK, name: 'Rabot - Blaisantvest' },
        locatedBy: 'point',
      });
      const profile = await request(http).get(`/api/v1/employers/${employer.organisationId}`);
      expect(profile.body.sites).toEqual([
        expect.objectContaining({ id: res.body.id, neighbourhood: res.body.neighbourhood }),
      ]);
    });

    it('locates a site without coordinates by its postcode: the wijk the postcode covers most', async () => {
      const expected = (await app.get(NeighbourhoodsService).locateByPostcode('9040'))?.neighbourhoods[0];
      const recruiter = await recruiterOf(employer.organisationId);
      const res = await request(http)
        .post(sitesPath())
        .set(recruiter)
        .send({ name: 'Depot', streetAddress: 'Antwerpsesteenweg 100', postcode: '9040' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        location: null,
        neighbourhood: { id: expected?.id, name: expected?.name },
        locatedBy: 'postcode',
      });

      // Moving it to a point locates it again.
      const moved = await request(http)
        .patch(`${sitesPath()}/${res.body.id}`)
        .set(recruiter)
        .send({ postcode: '9000', ...RABOT_POINT });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ neighbourhood: { id: RABOT_WIJK }, locatedBy: 'point' });
    });

    it('allows a site outside Ghent, without a wijk', async () => {
      const res = await request(http)
        .post(sitesPath())
        .set(employer.ownerAuth)
        .send({ name: 'Kantoor Brussel', streetAddress: 'Wetstraat 1', postcode: '1000', lat: 50.8466, lon: 4.3528 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ neighbourhood: null, locatedBy: 'outside_ghent' });
    });

    it('refuses invalid sites with 400 naming the field (CreateSiteDto, UpdateSiteDto)', async () => {
      const created = await request(http)
        .post(sitesPath())
        .set(employer.ownerAuth)
        .send({ name: 'Winkel', streetAddress: 'Dorp 1', postcode: '900' });
      expect(created.status).toBe(400);
      expect(created.body.errors).toEqual([{ field: 'postcode', messages: [expect.stringContaining('postcode')] }]);

      const halfPoint = await request(http)
        .post(sitesPath())
        .set(employer.ownerAuth)
        .send({ name: 'Winkel', streetAddress: 'Dorp 1', postcode: '9000', lat: 51.05 });
      expect(halfPoint.status).toBe(400);
      expect(halfPoint.body.errors).toEqual([{ field: 'lon', messages: [expect.stringContaining('together')] }]);

      const site = await request(http)
        .post(sitesPath())
        .set(employer.ownerAuth)
        .send({ name: 'Winkel', streetAddress: 'Dorp 1', postcode: '9000' });
      const updated = await request(http)
        .patch(`${sitesPath()}/${site.body.id}`)
        .set(employer.ownerAuth)
        .send({ lat: 123, lon: 3.7 });
      expect(updated.status).toBe(400);
      expect(updated.body.errors).toEqual([{ field: 'lat', messages: [expect.stringContaining('latitude')] }]);
    });

    it('lets admins remove a site; other organisations get 404', async () => {
      const site = await request(http)
        .post(sitesPath())
        .set(employer.ownerAuth)
        .send({ name: 'Tijdelijk', streetAddress: 'Dorp 2', postcode: '9000' });
      const other = await register();
      const foreign = await request(http).delete(`${sitesPath()}/${site.body.id}`).set(other.ownerAuth);
      expect(foreign.status).toBe(404);
      expect((await request(http).delete(`${sitesPath()}/${site.body.id}`).set(admin)).status).toBe(204);
      expect((await request(http).delete(`${sitesPath()}/${site.body.id}`).set(admin)).status).toBe(404);
    });
  });

  describe('list', () => {
    it('returns every matching employer exactly once across pages, by name and then id', async () => {
      const run = randomUUID().slice(0, 8);
      // Two with the same name: the id breaks the tie, so neither is skipped or repeated at a page border.
      const names = ['Delta', 'Alfa', 'Echo', 'Bravo', 'Bravo', 'Charlie', 'Foxtrot'].map((n) => `${n} ${run} bv`);
      const created: { id: string; name: string }[] = [];
      for (const legalName of names)
        created.push({ id: (await register({ legalName })).organisationId, name: legalName });

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: request.Response = await request(http)
          .get('/api/v1/employers')
          .query({ q: run, limit: 3, ...(cursor ? { cursor } : {}) });
        expect(res.status).toBe(200);
        seen.push(...(res.body.items as { id: string }[]).map((item) => item.id));
        cursor = res.body.nextCursor as string | null;
        pages++;
      } while (cursor && pages < 10);

      const expected = [...created]
        .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
        .map((employer) => employer.id);
      expect(pages).toBe(3);
      expect(seen).toEqual(expected);
    });

    it('filters by sector and by wijk', async () => {
      const run = randomUUID().slice(0, 8);
      const inRabot = await register({ legalName: `Rabot ${run} bv` });
      await request(http)
        .post(`/api/v1/employers/${inRabot.organisationId}/sites`)
        .set(inRabot.ownerAuth)
        .send({ name: 'Winkel', streetAddress: 'Wondelgemstraat 12', postcode: '9000', ...RABOT_POINT })
        .expect(201);
      await register({ legalName: `Elders ${run} bv` });

      const byWijk = await request(http).get('/api/v1/employers').query({ q: run, wijk: RABOT_WIJK });
      expect(byWijk.body.items.map((item: { id: string }) => item.id)).toEqual([inRabot.organisationId]);
      const bySector = await request(http).get('/api/v1/employers').query({ q: run, sector: '81' });
      expect(bySector.body.items).toHaveLength(2);
      const otherSector = await request(http).get('/api/v1/employers').query({ q: run, sector: '86.10' });
      expect(otherSector.body.items).toHaveLength(0);
    });

    it('refuses a bad query with 400 naming the field (EmployerListQueryDto), and a foreign cursor', async () => {
      const res = await request(http).get('/api/v1/employers').query({ limit: 0 });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'limit', messages: [expect.any(String)] }]);
      const cursor = await request(http).get('/api/v1/employers').query({ cursor: 'bm9wZQ' });
      expect(cursor.status).toBe(400);
    });

    it('lists the NACE sectors for pick lists', async () => {
      const res = await request(http).get('/api/v1/employers/sectors');
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.arrayContaining([{ code: '81.21', nameNl: 'Algemene reiniging van gebouwen' }]));
    });
  });
});
