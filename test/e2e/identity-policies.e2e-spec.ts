// The route table, generated from the application's own controllers:
// 1. every route declares @Public() or @Policy(): a route that declares neither fails this test (and
//    answers 403 at runtime, checked below);
// 2. every route that takes an id has an entry in ID_ROUTE_ACCESS saying who may call it, and is called
//    as each persona: should-deny cells must answer 401/403/404 without any of the other tenant's data.
// A new id route without an entry fails the "has an entry" test; add one when you add the route.
import { Controller, Get, INestApplication } from '@nestjs/common';
import { DeclaredRoute, listDeclaredRoutes, OrganisationRole, Role } from '@werkpunt/identity';
import { Referral } from '@werkpunt/mediation';
import { RankingKind, RankingRecord } from '@werkpunt/search';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createOrganisation, createSite, createVacancy, EmployerAccount } from '../utils/employer-fixtures';
import { createAccount, createPolicyWorld, Persona, PERSONAS, PolicyWorld } from '../utils/policy-personas';
import { createPolicyTestApp, InMemoryClientDirectory } from '../utils/policy-test-app';
import { SmtpCapture } from '../utils/smtp-capture';
import { testConfig } from '../utils/test-app';

interface IdRouteAccess {
  /** Personas that get a 2xx answer; everyone else must be refused. */
  allowed: readonly Persona[];
  /** Values for the route's parameters; "owner" is the job seeker the records belong to. */
  params: (world: PolicyWorld, fixtures: Fixtures) => Record<string, string>;
  body?: (world: PolicyWorld) => object;
}

interface Fixtures {
  occupationId: string;
  /** Accounts admin routes act on, so the personas themselves stay as they are. */
  adminTargetJobSeeker: string;
  adminTargetMediator: string;
  /** A recruiter (not the owner) of the owner-recruiter's organisation, to be removed. */
  colleagueRecruiter: string;
  /** Accounts the erasure routes erase, so the personas themselves stay as they are. */
  adminErasureTarget: string;
  clientToErase: string;
  /** Sites of the recruiter's organisation: one to change, one to remove. */
  siteToEdit: string;
  siteToRemove: string;
  /** A referral of the owner, proposed by the mediator, to move on. */
  referral: string;
  /** Vacancies of the recruiter's organisation, one per route that moves or changes one. */
  vacancies: VacancyFixtures;
  applications: ApplicationFixtures;
  /** A ranking of vacancies for the owner, asked for by the mediator. */
  ranking: { id: string };
}

interface VacancyFixtures {
  published: string;
  draft: string;
  toPause: string;
  toFill: string;
  toClose: string;
  /** Published, for the applications routes: one to apply and be proposed to, one for the proposals route. */
  forApplications: string;
  otherForApplications: string;
  forProposals: string;
  /** Published, for the owner's application whose contact details the recruiter may read. */
  forContact: string;
}

/** Applications to the recruiter's organisation: the owner's (to withdraw, to accept) and another's (to move, reject). */
interface ApplicationFixtures {
  toWithdraw: string;
  toAccept: string;
  toMove: string;
  toReject: string;
  /** The owner applied and shares contact details with the recruiter's organisation. */
  withContact: string;
}

const EVERYONE = PERSONAS;
const CLIENT_ROUTE = (world: PolicyWorld) => ({ accountId: world.people.owner.id });
const ON_BEHALF = { visible: true, clientPresent: true };
/** A minimal valid job-seeker profile (schoonmaker gebouwen, wijk Rabot). */
const PROFILE = {
  desiredOccupations: [{ occupationId: '303a1e34-cb16-4054-b323-81e5eec17397', experienceMonths: 0 }],
  skillIds: [],
  education: { level: 'low', recognition: 'not_needed' },
  dutchLevel: 'A2',
  otherLanguages: [],
  drivingLicences: [],
  mobility: { transportModes: ['bike'], maxCommuteMinutes: 20 },
  workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 38, shifts: ['day'] },
  homeWijkId: 7,
  eligibility: { livingWageClient: false, inArtikel60: false },
  availability: 'active',
};

/** Who may call each route that takes an id. Keys are `${METHOD} ${path}` as listDeclaredRoutes gives them. */
const ID_ROUTE_ACCESS: Record<string, IdRouteAccess> = {
  // Public reference data.
  'GET /api/v1/neighbourhoods/:id': { allowed: EVERYONE, params: () => ({ id: '18' }) },
  'GET /api/v1/occupations/:id': { allowed: EVERYONE, params: (_w, f) => ({ id: f.occupationId }) },
  'GET /api/v1/werkpunten/:id': { allowed: EVERYONE, params: () => ({ id: WERKPUNT_IDS.rabot }) },

  // Admins manage accounts.
  'POST /api/v1/admin/accounts/:id/deactivate': {
    allowed: ['admin'],
    params: (_w, f) => ({ id: f.adminTargetJobSeeker }),
  },
  'POST /api/v1/admin/accounts/:id/reactivate': {
    allowed: ['admin'],
    params: (_w, f) => ({ id: f.adminTargetJobSeeker }),
  },
  'PUT /api/v1/admin/accounts/:id/role': {
    allowed: ['admin'],
    params: (_w, f) => ({ id: f.adminTargetJobSeeker }),
    body: () => ({ role: Role.JobSeeker }),
  },
  'POST /api/v1/admin/accounts/:id/erase': {
    allowed: ['admin'],
    params: (_w, f) => ({ id: f.adminErasureTarget }),
    body: () => ({ reason: 'duplicate-account' }),
  },
  // Erasing a client's account: mediators of the client's own Werkpunt, with the client present.
  'POST /api/v1/clients/:accountId/erase': {
    allowed: ['mediator'],
    params: (_w, f) => ({ accountId: f.clientToErase }),
    body: () => ({ clientPresent: true }),
  },
  'PUT /api/v1/admin/accounts/:id/werkpunten': {
    allowed: ['admin'],
    params: (_w, f) => ({ id: f.adminTargetMediator }),
    body: (w) => ({ werkpuntIds: [w.otherWerkpunt] }),
  },

  // An organisation's owner invites and removes its recruiters.
  'POST /api/v1/organisations/:organisationId/invitations': {
    allowed: ['recruiter'],
    params: (w) => ({ organisationId: w.organisation }),
    body: () => ({ email: `invitee-${Date.now()}@example.test` }),
  },
  'GET /api/v1/organisations/:organisationId/recruiters': {
    allowed: ['recruiter'],
    params: (w) => ({ organisationId: w.organisation }),
  },
  'DELETE /api/v1/organisations/:organisationId/recruiters/:accountId': {
    allowed: ['recruiter'],
    params: (w, f) => ({ organisationId: w.organisation, accountId: f.colleagueRecruiter }),
  },

  // A client's consents: the person, mediators of the client's Werkpunt, and admins (reads are audited).
  'GET /api/v1/clients/:accountId/consents': { allowed: ['owner', 'mediator', 'admin'], params: CLIENT_ROUTE },
  'GET /api/v1/clients/:accountId/consents/history': {
    allowed: ['owner', 'mediator', 'admin'],
    params: CLIENT_ROUTE,
  },
  // Who looked at a client's file: the person, mediators of the client's Werkpunt, and admins (audited).
  'GET /api/v1/clients/:accountId/file-access-log': {
    allowed: ['owner', 'mediator', 'admin'],
    params: CLIENT_ROUTE,
  },
  // Changes on the client's behalf: mediators of the client's Werkpunt only.
  'PUT /api/v1/clients/:accountId/consents/employer-visibility': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ON_BEHALF,
  },
  'PUT /api/v1/clients/:accountId/consents/contact-sharing/:organisationId': {
    allowed: ['mediator'],
    params: (w) => ({ accountId: w.people.owner.id, organisationId: w.organisation }),
    body: () => ({ shared: true, clientPresent: true }),
  },
  'PUT /api/v1/clients/:accountId/consents/werkpunt-access/:werkpuntId': {
    allowed: ['mediator'],
    params: (w) => ({ accountId: w.people.owner.id, werkpuntId: w.otherWerkpunt }),
    body: () => ({ granted: false, clientPresent: true }),
  },

  // A client's profile: the person, mediators of the client's Werkpunt, admins (reads are audited); changes
  // on the client's behalf by those mediators only, with the client present.
  'GET /api/v1/clients/:accountId/profile': { allowed: ['owner', 'mediator', 'admin'], params: CLIENT_ROUTE },
  'PUT /api/v1/clients/:accountId/profile': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ({ ...PROFILE, clientPresent: true }),
  },
  'PATCH /api/v1/clients/:accountId/profile': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ({ dutchLevel: 'B1', clientPresent: true }),
  },
  // The anonymised candidate: recruiters of any organisation, as the owner chose to be visible; admins.
  'GET /api/v1/candidates/:accountId': { allowed: ['recruiter', 'otherRecruiter', 'admin'], params: CLIENT_ROUTE },

  // A new claim code: only a mediator of the client's Werkpunt (the owner has not claimed an account).
  'POST /api/v1/clients/:accountId/claim-code': { allowed: ['mediator'], params: CLIENT_ROUTE },

  // Matching: a client's matches like their file; candidates for the vacancy's organisation and mediators;
  // a recorded ranking for its subject, the subject's mediators and whoever asked; overrides by mediators.
  'GET /api/v1/clients/:accountId/matches': { allowed: ['owner', 'mediator', 'admin'], params: CLIENT_ROUTE },
  'GET /api/v1/clients/:accountId/similar-occupations': {
    allowed: ['owner', 'mediator', 'admin'],
    params: CLIENT_ROUTE,
  },
  'GET /api/v1/vacancies/:vacancyId/candidates': {
    allowed: ['recruiter', 'mediator', 'otherMediator', 'admin'],
    params: (_w, f) => ({ vacancyId: f.vacancies.published }),
  },
  'GET /api/v1/rankings/:rankingId': {
    allowed: ['owner', 'mediator', 'admin'],
    params: (_w, f) => ({ rankingId: f.ranking.id }),
  },
  'PUT /api/v1/rankings/:rankingId/override': {
    allowed: ['mediator', 'admin'],
    params: (_w, f) => ({ rankingId: f.ranking.id }),
    body: () => ({ order: [fixtureRankedVacancy], reason: 'The client knows this employer from a work placement.' }),
  },

  // "Me" routes act on the caller's own consents: any job seeker, nobody else.
  'PUT /api/v1/me/consents/contact-sharing/:organisationId': {
    allowed: ['owner', 'otherJobSeeker'],
    params: (w) => ({ organisationId: w.organisation }),
    body: () => ({ shared: true }),
  },
  // Employers: public profiles; the owner (the "recruiter" persona owns its organisation) and admins change
  // them; the organisation's recruiters and admins manage its sites.
  'GET /api/v1/employers/:id': { allowed: EVERYONE, params: (w) => ({ id: w.organisation }) },
  'PATCH /api/v1/employers/:id': {
    allowed: ['recruiter', 'admin'],
    params: (w) => ({ id: w.organisation }),
    body: () => ({ website: 'https://www.example.test' }),
  },
  'POST /api/v1/employers/:id/sites': {
    allowed: ['recruiter', 'admin'],
    params: (w) => ({ id: w.organisation }),
    body: () => ({ name: 'Atelier', streetAddress: 'Voorbeeldstraat 1', postcode: '9000' }),
  },
  'PATCH /api/v1/employers/:id/sites/:siteId': {
    allowed: ['recruiter', 'admin'],
    params: (w, f) => ({ id: w.organisation, siteId: f.siteToEdit }),
    body: () => ({ name: 'Atelier Muide' }),
  },
  // Admins may remove sites too (employers e2e); here the recruiter, the first allowed caller, removes it.
  'DELETE /api/v1/employers/:id/sites/:siteId': {
    allowed: ['recruiter'],
    params: (w, f) => ({ id: w.organisation, siteId: f.siteToRemove }),
  },

  // Caseloads (mediation): a Werkpunt's list for its mediators and admins; a client's caseload entry, notes,
  // ladder and referrals for mediators of the client's Werkpunt (admins read all but notes); changes by those
  // mediators only. The owner sees these records in their data export, not here.
  'GET /api/v1/werkpunten/:id/caseload': { allowed: ['mediator', 'admin'], params: (w) => ({ id: w.werkpunt }) },
  'GET /api/v1/clients/:accountId/caseload': { allowed: ['mediator', 'admin'], params: CLIENT_ROUTE },
  'POST /api/v1/clients/:accountId/caseload/transfer': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ({ werkpuntId: WERKPUNT_IDS.ledeberg, reason: 'Moved to Ledeberg' }),
  },
  'GET /api/v1/clients/:accountId/notes': { allowed: ['mediator'], params: CLIENT_ROUTE },
  'POST /api/v1/clients/:accountId/notes': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ({ text: 'Came by to talk about kitchen jobs.' }),
  },
  'PUT /api/v1/clients/:accountId/ladder-step': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ({ step: 'work_activation', reason: 'Starts a work-experience place' }),
  },
  'GET /api/v1/clients/:accountId/ladder-history': { allowed: ['mediator', 'admin'], params: CLIENT_ROUTE },
  'GET /api/v1/clients/:accountId/referrals': { allowed: ['mediator', 'admin'], params: CLIENT_ROUTE },
  'POST /api/v1/clients/:accountId/referrals': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ({ partner: 'de_stap', purpose: 'Study advice' }),
  },
  'PATCH /api/v1/clients/:accountId/referrals/:referralId': {
    allowed: ['mediator'],
    params: (w, f) => ({ accountId: w.people.owner.id, referralId: f.referral }),
    body: () => ({ status: 'sent' }),
  },

  'PUT /api/v1/me/consents/werkpunt-access/:werkpuntId': {
    allowed: ['owner', 'otherJobSeeker'],
    params: (w) => ({ werkpuntId: w.werkpunt }),
    body: () => ({ granted: true }),
  },
  // Vacancies: published ones are public; the organisation's recruiters and admins change and move them. A
  // repeated step is a retry (200, no change), so both allowed callers succeed one after the other.
  'GET /api/v1/vacancies/:id': { allowed: EVERYONE, params: (_w, f) => ({ id: f.vacancies.published }) },
  'GET /api/v1/vacancies/:id/jsonld': { allowed: EVERYONE, params: (_w, f) => ({ id: f.vacancies.published }) },
  'PATCH /api/v1/vacancies/:id': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.vacancies.published }),
    body: () => ({ positions: 2 }),
  },
  'POST /api/v1/vacancies/:id/publish': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.vacancies.draft }),
  },
  'POST /api/v1/vacancies/:id/pause': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.vacancies.toPause }),
  },
  'POST /api/v1/vacancies/:id/fill': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.vacancies.toFill }),
  },
  'POST /api/v1/vacancies/:id/close': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.vacancies.toClose }),
    body: () => ({ reason: 'Niet meer nodig' }),
  },
  // Applications: the job seeker withdraws or accepts their own; the organisation's recruiters (and admins) move
  // and reject; a repeated step is a retry (200). Mediators of the client's Werkpunt propose and follow.
  'POST /api/v1/applications/:id/withdraw': {
    allowed: ['owner'],
    params: (_w, f) => ({ id: f.applications.toWithdraw }),
  },
  'POST /api/v1/applications/:id/accept': {
    allowed: ['owner'],
    params: (_w, f) => ({ id: f.applications.toAccept }),
  },
  'POST /api/v1/applications/:id/status': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.applications.toMove }),
    body: () => ({ status: 'screening' }),
  },
  'POST /api/v1/applications/:id/reject': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.applications.toReject }),
    body: () => ({ reason: 'position_filled' }),
  },
  'POST /api/v1/vacancies/:id/invitations': {
    allowed: ['recruiter'],
    params: (_w, f) => ({ id: f.vacancies.published }),
    body: (w) => ({ candidateId: w.people.owner.id }),
  },
  // A vacancy's status steps: its organisation, admins, and any mediator (not of a draft); job seekers 403.
  'GET /api/v1/vacancies/:id/status-history': {
    allowed: ['recruiter', 'mediator', 'otherMediator', 'admin'],
    params: (_w, f) => ({ id: f.vacancies.published }),
  },
  'GET /api/v1/vacancies/:id/applications': {
    allowed: ['recruiter', 'admin'],
    params: (_w, f) => ({ id: f.vacancies.forApplications }),
  },
  'POST /api/v1/clients/:accountId/proposals': {
    allowed: ['mediator'],
    params: CLIENT_ROUTE,
    body: () => ({ vacancyId: fixtureVacancyForProposals }),
  },
  // Contact details: the employer once the person applied or accepted and shares them; the person; their mediator.
  'GET /api/v1/applications/:id/contact': {
    allowed: ['owner', 'mediator', 'recruiter', 'admin'],
    params: (_w, f) => ({ id: f.applications.withContact }),
  },
  // The client may read their own applications here too (as under /me/applications).
  'GET /api/v1/clients/:accountId/applications': { allowed: ['owner', 'mediator', 'admin'], params: CLIENT_ROUTE },
};

/** A route nobody declared a policy for, mounted only in this test. */
@Controller('api/v1/test-undeclared')
class UndeclaredController {
  @Get()
  leak() {
    return { secret: 'should never be served' };
  }
}

describe('route table: policies on every route, and the id routes as every role and tenant', () => {
  let app: INestApplication;
  let world: PolicyWorld;
  let fixtures: Fixtures;
  let routes: DeclaredRoute[];
  /** Strings only the owner's tenant may see: the owner's identity and their consent choices. */
  let foreignData: string[];
  const clients = new InMemoryClientDirectory();
  // Invitations send mail: a local SMTP server takes it.
  const smtp = new SmtpCapture();

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    // One pooled connection: a route that held a transaction's connection while asking for another would wait
    // for itself and answer 503 here, the way a busy API starves itself when ten such requests arrive at once.
    const onePooledConnection = { ...testConfig().database, poolSize: 1 };
    app = await createPolicyTestApp(clients, {
      extraControllers: [UndeclaredController],
      config: { smtpUrl, database: onePooledConnection },
    });
    world = await createPolicyWorld(app);
    clients.register(world.people.owner.id, world.werkpunt);
    clients.register(world.people.otherJobSeeker.id, world.otherWerkpunt);
    const [occupation] = await app.get(DataSource).query<{ id: string }[]>('SELECT id FROM occupations LIMIT 1');
    // The policy world's organisations as rows, so the employers' routes find them.
    for (const id of [world.organisation, world.otherOrganisation])
      await createOrganisation(app, { id, naceCode: '81.21' });
    const employer = { organisationId: world.organisation, recruiter: world.people.recruiter };
    fixtures = {
      occupationId: occupation.id,
      adminTargetJobSeeker: (await createAccount(app, { label: 'target', role: Role.JobSeeker })).id,
      adminTargetMediator: (
        await createAccount(app, { label: 'targetMediator', role: Role.Mediator, werkpunt: world.werkpunt })
      ).id,
      colleagueRecruiter: (
        await createAccount(app, {
          label: 'colleague',
          role: Role.Recruiter,
          organisation: world.organisation,
          organisationRole: OrganisationRole.Recruiter,
        })
      ).id,
      adminErasureTarget: (await createAccount(app, { label: 'erasureTarget', role: Role.JobSeeker })).id,
      clientToErase: (await createAccount(app, { label: 'clientToErase', role: Role.JobSeeker })).id,
      siteToEdit: await createSite(app, employer),
      siteToRemove: await createSite(app, employer),
      referral: await createReferral(app, world.people.owner.id),
      vacancies: await createVacancies(app, employer, occupation.id),
      applications: { toWithdraw: '', toAccept: '', toMove: '', toReject: '', withContact: '' },
      ranking: await createRanking(app, world),
    };
    fixtures.applications = await createApplications(app, world, fixtures.vacancies);
    fixtureVacancyForProposals = fixtures.vacancies.forProposals;
    clients.register(fixtures.clientToErase, world.werkpunt);
    routes = listDeclaredRoutes(app).filter((route) => route.controller !== UndeclaredController.name);

    // Give the owner's file something recognisable that outsiders must never see.
    const marker = '7e57da7a-0000-4000-8000-000000000001';
    const owner = world.auth('owner');
    const server = app.getHttpServer();
    await request(server)
      .put(`/api/v1/me/consents/werkpunt-access/${marker}`)
      .set(owner)
      .send({ granted: true })
      .expect(200);
    await request(server).put('/api/v1/me/consents/employer-visibility').set(owner).send({ visible: true }).expect(200);
    await request(server).put('/api/v1/me/profile').set(owner).send(PROFILE).expect(200);
    foreignData = [marker, world.people.owner.email, world.people.owner.displayName];
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('finds the application’s routes', () => {
    expect(routes.map((r) => r.key)).toEqual(
      expect.arrayContaining(['GET /health', 'GET /api/v1/neighbourhoods/:id', 'GET /api/v1/me/consents']),
    );
  });

  it('has a @Public() or @Policy() declaration on every route', () => {
    const undeclared = routes
      .filter((route) => !route.isPublic && !route.policy)
      .map((r) => `${r.key} (${r.controller}.${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('answers 403 on a route without a declaration, even to an admin', async () => {
    // The generator sees it, so the declaration test above would fail if it were part of the application.
    expect(listDeclaredRoutes(app).find((r) => r.controller === UndeclaredController.name)).toMatchObject({
      key: 'GET /api/v1/test-undeclared',
      isPublic: false,
      policy: null,
    });
    const res = await request(app.getHttpServer()).get('/api/v1/test-undeclared').set(world.auth('admin'));
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('should never be served');
  });

  it('has an access entry for every route that takes an id', () => {
    const missing = routes.filter((r) => r.params.length > 0 && !ID_ROUTE_ACCESS[r.key]).map((r) => r.key);
    expect(missing).toEqual([]);
  });

  it('has no access entry for a route that no longer exists', () => {
    const keys = new Set(routes.map((r) => r.key));
    expect(Object.keys(ID_ROUTE_ACCESS).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('answers every id route as each role and tenant: allowed cells 2xx, every other cell refused without foreign data', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.params.length > 0)) {
      const access = ID_ROUTE_ACCESS[route.key];
      if (!access) continue; // reported by the test above
      const params = access.params(world, fixtures);
      const path = route.path.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name]));
      for (const persona of PERSONAS) {
        const call = request(app.getHttpServer())
          [route.method.toLowerCase() as 'get' | 'put' | 'post' | 'delete' | 'patch'](path)
          .set(persona === 'anonymous' ? {} : world.auth(persona));
        const res = await (access.body ? call.send(access.body(world)) : call);
        const allowed = access.allowed.includes(persona);
        const cell = `${route.key} as ${persona}: ${res.status}`;
        if (allowed && (res.status < 200 || res.status >= 300))
          failures.push(`${cell}, expected 2xx (${res.text.slice(0, 200)})`);
        if (!allowed) {
          if (![401, 403, 404].includes(res.status)) failures.push(`${cell}, expected 401/403/404`);
          const leaked = foreignData.filter((value) => res.text.includes(value));
          if (leaked.length > 0) failures.push(`${cell} leaked ${leaked.join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 404 to a mediator of another Werkpunt exactly as for a client that does not exist', async () => {
    const server = app.getHttpServer();
    const asOther = world.auth('otherMediator');
    const foreign = await request(server).get(`/api/v1/clients/${world.people.owner.id}/consents`).set(asOther);
    const missing = await request(server)
      .get('/api/v1/clients/00000000-0000-4000-8000-000000000000/consents')
      .set(asOther);
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(foreign.body.detail).toBe(missing.body.detail);
  });
});

/** The vacancy the proposals route proposes the owner for (bodies see the world only). */
let fixtureVacancyForProposals = '';

/** Applications through the routes: the owner applies and is proposed; the other job seeker applies twice. */
async function createApplications(
  app: INestApplication,
  world: PolicyWorld,
  vacancies: VacancyFixtures,
): Promise<ApplicationFixtures> {
  const server = app.getHttpServer();
  const post = async (path: string, persona: Persona, body: object) =>
    (await request(server).post(path).set(world.auth(persona)).send(body).expect(201)).body.id as string;
  const apply = (persona: Persona, vacancyId: string) => post('/api/v1/applications', persona, { vacancyId });
  const withContact = async () => {
    const id = await apply('owner', vacancies.forContact);
    await request(server)
      .put(`/api/v1/me/consents/contact-sharing/${world.organisation}`)
      .set(world.auth('owner'))
      .send({ shared: true })
      .expect(200);
    return id;
  };
  return {
    toWithdraw: await apply('owner', vacancies.forApplications),
    toMove: await apply('otherJobSeeker', vacancies.forApplications),
    toReject: await apply('otherJobSeeker', vacancies.otherForApplications),
    toAccept: await post(`/api/v1/clients/${world.people.owner.id}/proposals`, 'mediator', {
      vacancyId: vacancies.otherForApplications,
    }),
    withContact: await withContact(),
  };
}

/** The one result of the fixture ranking (any id: rankings keep ids, not vacancies). */
const fixtureRankedVacancy = '7e57da7a-0000-4000-8000-0000000000aa';

/** A recorded ranking of vacancies for the owner, asked for by their mediator, written directly. */
async function createRanking(app: INestApplication, world: PolicyWorld): Promise<{ id: string }> {
  const result = await app
    .get(DataSource)
    .getRepository(RankingRecord)
    .insert({
      kind: RankingKind.VacanciesForSeeker,
      requestedBy: world.people.mediator.id,
      requesterRole: Role.Mediator,
      subjectAccountId: world.people.owner.id,
      subjectVacancyId: null,
      inputs: {},
      weights: {},
      results: [{ id: fixtureRankedVacancy, version: 1, score: 50 }],
    } as Partial<RankingRecord> as object);
  return { id: (result.identifiers[0] as { id: string }).id };
}

/** A referral of the client, written directly so the route table can move it on. */
async function createReferral(app: INestApplication, clientAccountId: string): Promise<string> {
  const now = new Date();
  const result = await app.get(DataSource).getRepository(Referral).insert({
    clientAccountId,
    partner: 'vdab',
    partnerName: null,
    purpose: 'Orientation',
    status: 'proposed',
    outcome: null,
    createdByAccountId: clientAccountId,
    createdAt: now,
    sentAt: null,
    answeredAt: null,
    closedAt: null,
    updatedAt: now,
  });
  return (result.identifiers[0] as { id: string }).id;
}

/** Vacancies of the recruiter's organisation at a site of its own: one draft, the others published. */
async function createVacancies(
  app: INestApplication,
  employer: EmployerAccount,
  occupationId: string,
): Promise<VacancyFixtures> {
  const at = { recruiter: employer.recruiter, siteId: await createSite(app, employer) };
  const create = (publish: boolean) =>
    createVacancy(app, at, {
      publish,
      title: 'Verkoper',
      description: 'Een vacature om te zien wie haar mag lezen, wijzigen, publiceren en afsluiten.',
      occupationId,
    });
  return {
    published: await create(true),
    draft: await create(false),
    toPause: await create(true),
    toFill: await create(true),
    toClose: await create(true),
    forApplications: await create(true),
    otherForApplications: await create(true),
    forProposals: await create(true),
    forContact: await create(true),
  };
}
