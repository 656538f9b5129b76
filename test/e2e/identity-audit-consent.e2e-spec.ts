// The audit log (append-only, written with every read of someone else's file, "who looked at my file",
// admin search) and consent (the person's choices, a mediator's changes with the client present).
import { INestApplication } from '@nestjs/common';
import {
  Account,
  Actor,
  actorOf,
  AuditedReader,
  AuditPurpose,
  ConsentService,
  JobSeekerRefs,
  PolicyService,
  Role,
} from '@werkpunt/identity';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createAccount, createPolicyWorld, PolicyWorld } from '../utils/policy-personas';
import { createPolicyTestApp, InMemoryClientDirectory } from '../utils/policy-test-app';

describe('audit log and consent', () => {
  let app: INestApplication;
  let world: PolicyWorld;
  let dataSource: DataSource;
  const clients = new InMemoryClientDirectory();
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createPolicyTestApp(clients);
    world = await createPolicyWorld(app);
    dataSource = app.get(DataSource);
    clients.register(world.people.owner.id, world.werkpunt);
  });
  afterAll(() => app?.close());

  const ownerId = () => world.people.owner.id;
  const fileAccessLog = async () => {
    const res = await http().get('/api/v1/me/file-access-log').set(world.auth('owner')).expect(200);
    return res;
  };

  describe('consent chosen by the job seeker', () => {
    it('starts with everything off (privacy by default) and answers with Cache-Control: no-store', async () => {
      const res = await http().get('/api/v1/me/consents').set(world.auth('otherJobSeeker')).expect(200);
      expect(res.body).toEqual({ visibleToEmployers: false, contactSharedWith: [], werkpuntAccess: [] });
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('changes each choice at any time and records each change with time and source', async () => {
      const me = world.auth('otherJobSeeker');
      const id = world.people.otherJobSeeker.id;
      await http().put('/api/v1/me/consents/employer-visibility').set(me).send({ visible: true }).expect(200);
      await http()
        .put(`/api/v1/me/consents/contact-sharing/${world.organisation}`)
        .set(me)
        .send({ shared: true })
        .expect(200);
      const granted = await http()
        .put(`/api/v1/me/consents/werkpunt-access/${world.otherWerkpunt}`)
        .set(me)
        .send({ granted: true })
        .expect(200);
      expect(granted.body).toMatchObject({
        visibleToEmployers: true,
        contactSharedWith: [{ organisationId: world.organisation }],
        werkpuntAccess: [{ werkpuntId: world.otherWerkpunt }],
      });
      // Asking again for what already holds changes nothing and records nothing.
      await http().put('/api/v1/me/consents/employer-visibility').set(me).send({ visible: true }).expect(200);
      await http()
        .put(`/api/v1/me/consents/contact-sharing/${world.organisation}`)
        .set(me)
        .send({ shared: false })
        .expect(200);

      const history = await http().get('/api/v1/me/consents/history').set(me).expect(200);
      expect(history.body.items.map((c: { kind: string; granted: boolean }) => [c.kind, c.granted])).toEqual([
        ['contact_sharing', false],
        ['werkpunt_access', true],
        ['contact_sharing', true],
        ['employer_visibility', true],
      ]);
      for (const change of history.body.items) {
        expect(change).toMatchObject({ source: 'self', mediatorAccountId: null, clientPresent: null });
        expect(Date.parse(change.occurredAt)).not.toBeNaN();
      }

      const consents = app.get(ConsentService);
      expect(await consents.isVisibleToEmployers(id)).toBe(true);
      expect(await consents.mayShareContactWith(id, world.organisation)).toBe(false);
      expect(await consents.werkpuntsWithAccess(id)).toEqual([world.otherWerkpunt]);
      expect(await consents.isVisibleToEmployers(ownerId())).toBe(false);
    });

    it('pages the history with a cursor', async () => {
      const me = world.auth('otherJobSeeker');
      const first = await http().get('/api/v1/me/consents/history?limit=3').set(me).expect(200);
      expect(first.body.items).toHaveLength(3);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await http()
        .get(`/api/v1/me/consents/history?limit=3&cursor=${first.body.nextCursor}`)
        .set(me)
        .expect(200);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      await http().get('/api/v1/me/consents/history?cursor=not-a-cursor').set(me).expect(400);
    });

    it('refuses consents to accounts that are not job seekers', async () => {
      await http().get('/api/v1/me/consents').set(world.auth('recruiter')).expect(403);
      await http().get('/api/v1/me/consents').set(world.auth('admin')).expect(403);
    });
  });

  describe('consent opens the file to the policy layer', () => {
    it('lets mediators of another Werkpunt see the file, and an employer the contact details, only after consent', async () => {
      const refs = app.get(JobSeekerRefs);
      const policies = app.get(PolicyService);
      const actorFor = async (id: string) =>
        actorOf(
          await dataSource.getRepository(Account).findOneOrFail({
            where: { id },
            relations: { werkpuntMemberships: true, organisationMemberships: true },
          }),
        );
      const client = await createAccount(app, { label: 'sharing', role: Role.JobSeeker });
      clients.register(client.id, world.werkpunt);
      const otherMediator = await actorFor(world.people.otherMediator.id);
      const recruiter = await actorFor(world.people.recruiter.id);
      const me = { Authorization: `Bearer ${client.token}` };

      expect(policies.can(otherMediator, 'read', (await refs.file(client.id))!)).toBe(false);
      expect(policies.can(recruiter, 'read', (await refs.contactDetails(client.id))!)).toBe(false);

      await http()
        .put(`/api/v1/me/consents/werkpunt-access/${world.otherWerkpunt}`)
        .set(me)
        .send({ granted: true })
        .expect(200);
      await http()
        .put(`/api/v1/me/consents/contact-sharing/${world.organisation}`)
        .set(me)
        .send({ shared: true })
        .expect(200);
      expect(policies.can(otherMediator, 'read', (await refs.file(client.id))!)).toBe(true);
      expect(policies.can(recruiter, 'read', (await refs.contactDetails(client.id))!)).toBe(true);

      await http()
        .put(`/api/v1/me/consents/werkpunt-access/${world.otherWerkpunt}`)
        .set(me)
        .send({ granted: false })
        .expect(200);
      expect(policies.can(otherMediator, 'read', (await refs.file(client.id))!)).toBe(false);
      expect(await refs.file('00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });

  describe('consent changed by a mediator on the client’s behalf', () => {
    it('requires the confirmation that the client is present', async () => {
      const res = await http()
        .put(`/api/v1/clients/${ownerId()}/consents/employer-visibility`)
        .set(world.auth('mediator'))
        .send({ visible: true });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'clientPresent' })]);
      await http()
        .put(`/api/v1/clients/${ownerId()}/consents/employer-visibility`)
        .set(world.auth('mediator'))
        .send({ visible: true, clientPresent: false })
        .expect(400);
    });

    it('records the change with the mediator named, and it shows in the client’s file-access log', async () => {
      const res = await http()
        .put(`/api/v1/clients/${ownerId()}/consents/contact-sharing/${world.organisation}`)
        .set(world.auth('mediator'))
        .send({ shared: true, clientPresent: true })
        .expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.contactSharedWith).toEqual([expect.objectContaining({ organisationId: world.organisation })]);

      const history = await http().get('/api/v1/me/consents/history').set(world.auth('owner')).expect(200);
      expect(history.body.items[0]).toMatchObject({
        kind: 'contact_sharing',
        targetId: world.organisation,
        granted: true,
        source: 'mediator_on_behalf',
        mediatorAccountId: world.people.mediator.id,
        clientPresent: true,
      });
      const log = await fileAccessLog();
      expect(log.body.items[0]).toMatchObject({
        actorRole: Role.Mediator,
        werkpuntIds: [world.werkpunt],
        action: 'update',
        purpose: 'consent',
        recordType: 'Consent',
      });
    });
  });

  describe('who looked at my file', () => {
    it('shows a mediator’s and an admin’s read with role, Werkpunt and purpose, never the person who read', async () => {
      await http().get(`/api/v1/clients/${ownerId()}/consents`).set(world.auth('mediator')).expect(200);
      await http().get(`/api/v1/clients/${ownerId()}/consents`).set(world.auth('admin')).expect(200);

      const log = await fileAccessLog();
      expect(log.headers['cache-control']).toBe('no-store');
      expect(log.body.items.slice(0, 2)).toEqual([
        expect.objectContaining({ actorRole: Role.Admin, action: 'read', purpose: 'admin-support', werkpuntIds: [] }),
        expect.objectContaining({
          actorRole: Role.Mediator,
          action: 'read',
          purpose: 'consent',
          werkpuntIds: [world.werkpunt],
        }),
      ]);
      for (const person of [world.people.mediator, world.people.admin]) {
        expect(log.text).not.toContain(person.id);
        expect(log.text).not.toContain(person.displayName);
        expect(log.text).not.toContain(person.email);
      }
    });

    it('shows an employer’s read through a match with the organisation and purpose', async () => {
      // Matches arrive with the records issue; their reads go through the same AuditedReader.
      const recruiter: Actor = {
        userId: world.people.recruiter.id,
        role: Role.Recruiter,
        organisationIds: [world.organisation],
        werkpuntIds: [],
      };
      const record = { jobSeekerAccountId: ownerId(), recordType: 'AnonymisedMatch', recordId: ownerId() };
      await app
        .get(AuditedReader)
        .read({ actor: recruiter, record, purpose: AuditPurpose.Matching }, async () => 'profile');
      const log = await fileAccessLog();
      expect(log.body.items[0]).toEqual({
        occurredAt: expect.any(String),
        actorRole: Role.Recruiter,
        organisationIds: [world.organisation],
        werkpuntIds: [],
        action: 'read',
        purpose: 'matching',
        recordType: 'AnonymisedMatch',
      });
    });

    it('does not log the person’s own reads', async () => {
      const before = (await fileAccessLog()).body.items.length;
      await http().get('/api/v1/me/consents').set(world.auth('owner')).expect(200);
      expect((await fileAccessLog()).body.items.length).toBe(before);
    });

    it('is the person’s own: other roles cannot read it, and other job seekers see only theirs', async () => {
      await http().get('/api/v1/me/file-access-log').set(world.auth('mediator')).expect(403);
      await http().get('/api/v1/me/file-access-log').set(world.auth('recruiter')).expect(403);
      await http().get('/api/v1/me/file-access-log').expect(401);
      const other = await http().get('/api/v1/me/file-access-log').set(world.auth('otherJobSeeker')).expect(200);
      expect(other.body.items).toEqual([]);
    });
  });

  describe('audited reads', () => {
    const record = () => ({ jobSeekerAccountId: ownerId(), recordType: 'JobSeekerFile', recordId: ownerId() });

    it('fails the read, and returns no data, when the audit row cannot be written', async () => {
      const reader = app.get(AuditedReader);
      // A role the audit table's CHECK refuses: the insert fails inside the read's transaction.
      const broken: Actor = {
        userId: world.people.mediator.id,
        role: 'intruder' as Role,
        organisationIds: [],
        werkpuntIds: [],
      };
      const loader = jest.fn(async () => ({ secret: 'file contents' }));
      await expect(
        reader.read({ actor: broken, record: record(), purpose: AuditPurpose.Caseload }, loader),
      ).rejects.toThrow(/CHK_audit_log_actor_role/);
      expect(loader).toHaveBeenCalled();
    });

    it('writes one row for someone else’s read and none for the person’s own', async () => {
      const reader = app.get(AuditedReader);
      const count = async () =>
        Number(
          (
            await dataSource.query('SELECT count(*) AS n FROM audit_log WHERE subject_job_seeker_account_id = $1', [
              ownerId(),
            ])
          )[0].n,
        );
      const before = await count();
      const mediator: Actor = {
        userId: world.people.mediator.id,
        role: Role.Mediator,
        organisationIds: [],
        werkpuntIds: [world.werkpunt],
      };
      const owner: Actor = { userId: ownerId(), role: Role.JobSeeker, organisationIds: [], werkpuntIds: [] };
      await reader.read({ actor: mediator, record: record(), purpose: AuditPurpose.Caseload }, async () => 'file');
      await reader.read({ actor: owner, record: record(), purpose: AuditPurpose.Caseload }, async () => 'file');
      await reader.read({ actor: mediator, record: record(), purpose: AuditPurpose.Caseload }, async () => null);
      expect(await count()).toBe(before + 1);
    });
  });

  describe('append-only', () => {
    it.each([
      ['UPDATE', `UPDATE audit_log SET purpose = 'matching'`],
      ['DELETE', 'DELETE FROM audit_log'],
      ['TRUNCATE', 'TRUNCATE audit_log'],
      ['UPDATE history', 'UPDATE consent_changes SET granted = NOT granted'],
      ['DELETE history', 'DELETE FROM consent_changes'],
    ])('refuses %s through the application’s own connection', async (_name, sql) => {
      const before = await dataSource.query('SELECT count(*) AS n FROM audit_log');
      await expect(dataSource.query(sql)).rejects.toThrow(/append-only/);
      expect(await dataSource.query('SELECT count(*) AS n FROM audit_log')).toEqual(before);
    });
  });

  describe('admin search', () => {
    it('finds rows by subject, actor, action and period, newest first, paged by cursor', async () => {
      const admin = world.auth('admin');
      const bySubject = await http()
        .get(`/api/v1/admin/audit-log?subjectAccountId=${ownerId()}&limit=2`)
        .set(admin)
        .expect(200);
      expect(bySubject.headers['cache-control']).toBe('no-store');
      expect(bySubject.body.items).toHaveLength(2);
      expect(bySubject.body.nextCursor).toEqual(expect.any(String));
      const ids = bySubject.body.items.map((row: { id: string }) => Number(row.id));
      expect(ids[0]).toBeGreaterThan(ids[1]);
      const next = await http()
        .get(`/api/v1/admin/audit-log?subjectAccountId=${ownerId()}&limit=2&cursor=${bySubject.body.nextCursor}`)
        .set(admin)
        .expect(200);
      expect(Number(next.body.items[0].id)).toBeLessThan(ids[1]);

      const byActor = await http()
        .get(`/api/v1/admin/audit-log?actorAccountId=${world.people.mediator.id}&action=update`)
        .set(admin)
        .expect(200);
      expect(byActor.body.items).toEqual([
        expect.objectContaining({
          actorAccountId: world.people.mediator.id,
          subjectJobSeekerAccountId: ownerId(),
          action: 'update',
          recordType: 'Consent',
          requestId: expect.any(String),
        }),
      ]);

      const future = await http()
        .get(`/api/v1/admin/audit-log?subjectAccountId=${ownerId()}&from=2999-01-01T00:00:00Z`)
        .set(admin)
        .expect(200);
      expect(future.body.items).toEqual([]);
      await http().get('/api/v1/admin/audit-log?action=peek').set(admin).expect(400);
    });

    it('is for admins only', async () => {
      for (const persona of ['owner', 'mediator', 'recruiter'] as const) {
        await http().get('/api/v1/admin/audit-log').set(world.auth(persona)).expect(403);
      }
    });
  });
});
