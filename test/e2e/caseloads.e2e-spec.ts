// Caseloads (issue #4, point 1): a mediator's new client is in the Werkpunt's caseload; a transfer with a
// reason is kept and moves access; notes are for mediators only; ladder steps go up and down with their
// history; referrals follow their status flow; every read by someone else is in the person's
// "who looked at my file"; each DTO refuses an invalid payload naming the field.
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import { CaseloadEntry } from '@werkpunt/mediation';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createEmployerWithSite, createVacancy } from '../utils/employer-fixtures';
import { createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

const RABOT = WERKPUNT_IDS.rabot;
const LEDEBERG = WERKPUNT_IDS.ledeberg;

interface CaseloadItem {
  clientAccountId: string;
  displayName: string;
  mediatorAccountId: string | null;
  ladderStep: string | null;
  lastContactAt: string | null;
  openApplications: number;
}

describe('caseloads, notes, ladder and referrals', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  const http = () => request(app.getHttpServer());
  const bearer = (account: PersonaAccount) => ({ Authorization: `Bearer ${account.token}` });
  let mediator: PersonaAccount;
  let colleague: PersonaAccount;
  let ledebergMediator: PersonaAccount;
  let elsewhere: PersonaAccount;
  let admin: PersonaAccount;
  let recruiter: PersonaAccount;
  /** A job seeker who can log in, in Rabot's caseload with `mediator` responsible. */
  let person: PersonaAccount;
  const client = (path = '') => `/api/v1/clients/${person.id}${path}`;

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: RABOT });
    colleague = await createAccount(app, { label: 'colleague', role: Role.Mediator, werkpunt: RABOT });
    ledebergMediator = await createAccount(app, { label: 'ledeberg', role: Role.Mediator, werkpunt: LEDEBERG });
    elsewhere = await createAccount(app, { label: 'elsewhere', role: Role.Mediator, werkpunt: randomUUID() });
    admin = await createAccount(app, { label: 'admin', role: Role.Admin });
    recruiter = await createAccount(app, { label: 'recruiter', role: Role.Recruiter, organisation: randomUUID() });
    person = await createAccount(app, { label: 'client', role: Role.JobSeeker });
    await dataSource.getRepository(CaseloadEntry).insert({
      clientAccountId: person.id,
      werkpuntId: RABOT,
      mediatorAccountId: mediator.id,
      since: new Date(),
      lastContactAt: null,
    });
  });
  afterAll(() => app?.close());

  async function caseloadOf(as: PersonaAccount, werkpunt: string, query: Record<string, string> = {}) {
    const res = await http().get(`/api/v1/werkpunten/${werkpunt}/caseload`).query(query).set(bearer(as)).expect(200);
    return res.body as { items: CaseloadItem[]; nextCursor: string | null };
  }

  describe('caseload', () => {
    it('enrols a client a mediator creates in the Werkpunt’s caseload, with that mediator responsible', async () => {
      const creator = await createAccount(app, { label: 'creator', role: Role.Mediator, werkpunt: RABOT });
      const created = await http()
        .post('/api/v1/clients')
        .set(bearer(creator))
        .send({ displayName: 'Fatma Yilmaz' })
        .expect(201);
      const clientId = (created.body as { account: { id: string } }).account.id;

      const page = await caseloadOf(colleague, RABOT, { mediatorAccountId: creator.id });
      expect(page.items).toEqual([
        expect.objectContaining({
          clientAccountId: clientId,
          displayName: 'Fatma Yilmaz',
          mediatorAccountId: creator.id,
        }),
      ]);
      // Listing a client is a read of part of their file: audited, purpose caseload.
      const [row] = await dataSource.query<{ count: string }[]>(
        `SELECT count(*) FROM audit_log WHERE subject_job_seeker_account_id = $1 AND record_type = 'CaseloadEntry'
           AND action = 'read' AND purpose = 'caseload' AND actor_account_id = $2`,
        [clientId, colleague.id],
      );
      expect(Number(row.count)).toBe(1);

      // The file's heading: who the client is and whether the printed claim code is still to be used.
      const file = await http().get(`/api/v1/clients/${clientId}/caseload`).set(bearer(colleague)).expect(200);
      expect(file.body).toMatchObject({
        displayName: 'Fatma Yilmaz',
        username: (created.body as { account: { username: string } }).account.username,
        claimed: false,
      });
    });

    it('counts each client’s open applications and filters on having one', async () => {
      const employer = await createEmployerWithSite(app);
      const vacancyId = await createVacancy(app, employer, { publish: true });
      const created = await http()
        .post('/api/v1/clients')
        .set(bearer(mediator))
        .send({ displayName: 'Karim Benali' })
        .expect(201);
      const clientId = (created.body as { account: { id: string } }).account.id;
      const ids = async (openApplications: string) =>
        (await caseloadOf(mediator, RABOT, { openApplications, limit: '200' })).items.map((i) => i.clientAccountId);
      expect(await ids('false')).toContain(clientId);
      expect(await ids('true')).not.toContain(clientId);

      await http().post(`/api/v1/clients/${clientId}/proposals`).set(bearer(mediator)).send({ vacancyId }).expect(201);
      expect(await ids('true')).toContain(clientId);
      expect(await ids('false')).not.toContain(clientId);
      const all = await caseloadOf(mediator, RABOT, { limit: '200' });
      expect(all.items.find((i) => i.clientAccountId === clientId)?.openApplications).toBe(1);
    });

    it('pages with a cursor, by name, without repeating or skipping a client', async () => {
      const pager = await createAccount(app, { label: 'pager', role: Role.Mediator, werkpunt: RABOT });
      for (const name of ['Anna', 'Bilal', 'Chloé']) {
        await http().post('/api/v1/clients').set(bearer(pager)).send({ displayName: name }).expect(201);
      }
      const first = await caseloadOf(pager, RABOT, { mediatorAccountId: pager.id, limit: '2' });
      expect(first.items.map((i) => i.displayName)).toEqual(['Anna', 'Bilal']);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await caseloadOf(pager, RABOT, {
        mediatorAccountId: pager.id,
        limit: '2',
        cursor: first.nextCursor as string,
      });
      expect(second.items.map((i) => i.displayName)).toEqual(['Chloé']);
      expect(second.nextCursor).toBeNull();
    });

    it('is for the Werkpunt’s own mediators and admins: others get 404, employers 403', async () => {
      await http().get(`/api/v1/werkpunten/${RABOT}/caseload`).set(bearer(ledebergMediator)).expect(404);
      await http().get(`/api/v1/werkpunten/${RABOT}/caseload`).set(bearer(person)).expect(404);
      await http().get(`/api/v1/werkpunten/${RABOT}/caseload`).set(bearer(recruiter)).expect(403);
      await http().get(`/api/v1/werkpunten/${RABOT}/caseload`).set(bearer(admin)).expect(200);
    });

    it('moves a client with a reason: the history shows it, and the old Werkpunt loses access', async () => {
      const created = await http()
        .post('/api/v1/clients')
        .set(bearer(mediator))
        .send({ displayName: 'Jonas Verhulst' })
        .expect(201);
      const clientId = (created.body as { account: { id: string } }).account.id;
      await http()
        .post(`/api/v1/clients/${clientId}/notes`)
        .set(bearer(mediator))
        .send({ text: 'Moving house soon.' })
        .expect(201);

      const moved = await http()
        .post(`/api/v1/clients/${clientId}/caseload/transfer`)
        .set(bearer(mediator))
        .send({ werkpuntId: LEDEBERG, mediatorAccountId: ledebergMediator.id, reason: 'Moved to Ledeberg' })
        .expect(201);
      expect(moved.body).toMatchObject({ werkpuntId: LEDEBERG, mediatorAccountId: ledebergMediator.id });

      const seen = await http().get(`/api/v1/clients/${clientId}/caseload`).set(bearer(ledebergMediator)).expect(200);
      expect(seen.body.transfers).toEqual([
        expect.objectContaining({
          fromWerkpuntId: RABOT,
          fromMediatorAccountId: mediator.id,
          toWerkpuntId: LEDEBERG,
          toMediatorAccountId: ledebergMediator.id,
          transferredByAccountId: mediator.id,
          reason: 'Moved to Ledeberg',
        }),
      ]);
      const [account] = await dataSource.query<{ home_werkpunt_id: string }[]>(
        'SELECT home_werkpunt_id FROM accounts WHERE id = $1',
        [clientId],
      );
      expect(account.home_werkpunt_id).toBe(LEDEBERG);
      // The notes moved with the client; Rabot no longer sees the file.
      const notes = await http().get(`/api/v1/clients/${clientId}/notes`).set(bearer(ledebergMediator)).expect(200);
      expect(notes.body.items).toEqual([expect.objectContaining({ text: 'Moving house soon.' })]);
      await http().get(`/api/v1/clients/${clientId}/notes`).set(bearer(mediator)).expect(404);
      await http().get(`/api/v1/clients/${clientId}/caseload`).set(bearer(colleague)).expect(404);
      await http().get(`/api/v1/clients/${clientId}/consents`).set(bearer(mediator)).expect(404);
      expect((await caseloadOf(ledebergMediator, LEDEBERG, { mediatorAccountId: ledebergMediator.id })).items).toEqual([
        expect.objectContaining({ clientAccountId: clientId }),
      ]);
    });

    it('lets a Werkpunt the client shared the file with read it, but not transfer the client', async () => {
      await http()
        .put(`/api/v1/me/consents/werkpunt-access/${LEDEBERG}`)
        .set(bearer(person))
        .send({ granted: true })
        .expect(200);
      await http().get(client('/notes')).set(bearer(ledebergMediator)).expect(200);
      await http().get(client('/caseload')).set(bearer(ledebergMediator)).expect(200);
      await http()
        .post(client('/caseload/transfer'))
        .set(bearer(ledebergMediator))
        .send({ werkpuntId: LEDEBERG, reason: 'Taking over' })
        .expect(403);
      await http()
        .put(`/api/v1/me/consents/werkpunt-access/${LEDEBERG}`)
        .set(bearer(person))
        .send({ granted: false })
        .expect(200);
      await http().get(client('/notes')).set(bearer(ledebergMediator)).expect(404);
    });

    it('refuses a transfer to an unknown Werkpunt or to a mediator of another Werkpunt, naming the field', async () => {
      const toNowhere = await http()
        .post(client('/caseload/transfer'))
        .set(bearer(mediator))
        .send({ werkpuntId: randomUUID(), reason: 'Nowhere' })
        .expect(400);
      expect(toNowhere.body.errors).toEqual([expect.objectContaining({ field: 'werkpuntId' })]);
      const wrongMediator = await http()
        .post(client('/caseload/transfer'))
        .set(bearer(mediator))
        .send({ werkpuntId: RABOT, mediatorAccountId: ledebergMediator.id, reason: 'New mediator' })
        .expect(400);
      expect(wrongMediator.body.errors).toEqual([expect.objectContaining({ field: 'mediatorAccountId' })]);
      await http()
        .post(client('/caseload/transfer'))
        .set(bearer(mediator))
        .send({ werkpuntId: RABOT, mediatorAccountId: mediator.id, reason: 'Same as now' })
        .expect(409);
    });
  });

  describe('notes', () => {
    it('are added and read by mediators of the client’s Werkpunt, newest first, with the author', async () => {
      await http().post(client('/notes')).set(bearer(mediator)).send({ text: 'First talk.' }).expect(201);
      const second = await http()
        .post(client('/notes'))
        .set(bearer(mediator))
        .send({ text: 'Wants kitchen work.', clientPresent: true })
        .expect(201);
      expect(second.body).toMatchObject({ authorAccountId: mediator.id, authorName: mediator.displayName });
      const res = await http().get(client('/notes')).set(bearer(colleague)).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect((res.body.items as { text: string }[]).map((n) => n.text)).toEqual(['Wants kitchen work.', 'First talk.']);
    });

    it('are hidden from other Werkpunten (404), the client, employers and admins (403)', async () => {
      await http().get(client('/notes')).set(bearer(elsewhere)).expect(404);
      await http().post(client('/notes')).set(bearer(elsewhere)).send({ text: 'x' }).expect(404);
      await http().get(client('/notes')).set(bearer(person)).expect(403);
      await http().get(client('/notes')).set(bearer(recruiter)).expect(403);
      await http().get(client('/notes')).set(bearer(admin)).expect(403);
    });
  });

  describe('activation ladder', () => {
    it('records steps up and down with when, by whom and why; the caseload filters on the current step', async () => {
      const step = (as: PersonaAccount, body: object) => http().put(client('/ladder-step')).set(bearer(as)).send(body);
      await step(mediator, { step: 'language_activation', reason: 'Dutch first', clientPresent: true }).expect(200);
      await step(colleague, { step: 'work_activation', reason: 'Starts artikel 60' }).expect(200);
      const down = await step(mediator, { step: 'social_activation', reason: 'Illness; stops the work place' });
      expect(down.status).toBe(200);
      expect(down.body).toMatchObject({ previousStep: 'work_activation', direction: 'down' });
      await step(mediator, { step: 'social_activation', reason: 'Again' }).expect(409);

      const res = await http().get(client('/ladder-history')).set(bearer(mediator)).expect(200);
      expect(res.body.currentStep).toBe('social_activation');
      expect(res.body.history).toEqual([
        expect.objectContaining({ step: 'social_activation', direction: 'down', changedByAccountId: mediator.id }),
        expect.objectContaining({
          step: 'work_activation',
          direction: 'up',
          reason: 'Starts artikel 60',
          changedByName: colleague.displayName,
        }),
        expect.objectContaining({
          step: 'language_activation',
          direction: 'first',
          clientPresent: true,
          label: { nl: 'Nederlands leren', en: 'Learning Dutch' },
        }),
      ]);

      const onStep = await caseloadOf(mediator, RABOT, { step: 'social_activation', mediatorAccountId: mediator.id });
      expect(onStep.items.map((i) => i.clientAccountId)).toContain(person.id);
      const [me] = onStep.items.filter((i) => i.clientAccountId === person.id);
      expect(me.lastContactAt).toEqual(expect.any(String));
      const notSeenSince2000 = await caseloadOf(mediator, RABOT, { lastContactBefore: '2000-01-01T00:00:00Z' });
      expect(notSeenSince2000.items.map((i) => i.clientAccountId)).not.toContain(person.id);
    });

    it('is changed by mediators only; other Werkpunten get 404', async () => {
      const body = { step: 'work', reason: 'Found a job' };
      await http().put(client('/ladder-step')).set(bearer(elsewhere)).send(body).expect(404);
      await http().put(client('/ladder-step')).set(bearer(person)).send(body).expect(403);
      await http().put(client('/ladder-step')).set(bearer(admin)).send(body).expect(403);
      await http().get(client('/ladder-history')).set(bearer(elsewhere)).expect(404);
    });
  });

  describe('referrals', () => {
    it('go proposed → sent → accepted → completed with dates and outcome; a skipped step is 409', async () => {
      const created = await http()
        .post(client('/referrals'))
        .set(bearer(mediator))
        .send({ partner: 'nt2_course', purpose: 'Dutch A1 to A2' })
        .expect(201);
      expect(created.body).toMatchObject({ status: 'proposed', partner: 'nt2_course', partnerName: null });
      const referral = `${client('/referrals')}/${created.body.id as string}`;
      const move = (body: object) => http().patch(referral).set(bearer(mediator)).send(body);

      const skipped = await move({ status: 'completed' });
      expect(skipped.status).toBe(409);
      expect(skipped.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await move({ status: 'sent' }).expect(200)).body.sentAt).toEqual(expect.any(String));
      expect((await move({ status: 'accepted' }).expect(200)).body.answeredAt).toEqual(expect.any(String));
      const done = await move({ status: 'completed', outcome: 'Passed A2' }).expect(200);
      expect(done.body).toMatchObject({ status: 'completed', outcome: 'Passed A2', closedAt: expect.any(String) });
      await move({ status: 'dropped_out' }).expect(409);

      const other = await http()
        .post(client('/referrals'))
        .set(bearer(mediator))
        .send({ partner: 'other', partnerName: 'Jobkanaal', purpose: 'Meet employers' })
        .expect(201);
      expect(other.body.partnerName).toBe('Jobkanaal');
      const list = await http().get(client('/referrals')).set(bearer(colleague)).expect(200);
      expect((list.body.items as { id: string }[]).map((r) => r.id)).toEqual([other.body.id, created.body.id]);
      await http().get(client('/referrals')).set(bearer(elsewhere)).expect(404);
      await http()
        .patch(`${client('/referrals')}/${randomUUID()}`)
        .set(bearer(mediator))
        .send({ status: 'sent' })
        .expect(404);
    });
  });

  it('shows the mediators’ reads in the person’s "who looked at my file", purpose caseload', async () => {
    const res = await http().get('/api/v1/me/file-access-log').set(bearer(person)).query({ limit: 100 }).expect(200);
    const items = res.body.items as { action: string; purpose: string; recordType: string; werkpuntIds: string[] }[];
    const reads = items.filter((i) => i.action === 'read' && i.purpose === 'caseload');
    expect(new Set(reads.map((i) => i.recordType))).toEqual(
      new Set(['ClientNote', 'LadderStep', 'Referral', 'CaseloadEntry']),
    );
    expect(reads.every((i) => i.werkpuntIds.length > 0)).toBe(true);
    expect(items.some((i) => i.action === 'create' && i.recordType === 'ClientNote')).toBe(true);

    // The client's mediators see the same list, to explain it at the desk; another Werkpunt does not.
    const forMediator = await http()
      .get(client('/file-access-log'))
      .set(bearer(mediator))
      .query({ limit: 100 })
      .expect(200);
    expect(forMediator.body.items).toEqual(items);
    await http().get(client('/file-access-log')).set(bearer(ledebergMediator)).expect(404);
    await http().get(client('/file-access-log')).set(bearer(recruiter)).expect(403);
    // That look is itself in the client's list.
    const after = await http().get('/api/v1/me/file-access-log').set(bearer(person)).query({ limit: 1 }).expect(200);
    expect(after.body.items[0]).toMatchObject({ action: 'read', purpose: 'caseload', recordType: 'FileAccessLog' });
  });

  describe('invalid payloads answer 400 naming the field', () => {
    it.each([
      ['CreateNoteDto', 'post', '/notes', { text: 'x'.repeat(4001) }, 'text'],
      ['ChangeLadderStepDto', 'put', '/ladder-step', { step: 'employed', reason: 'x' }, 'step'],
      ['CreateReferralDto', 'post', '/referrals', { partner: 'other', purpose: 'Meet employers' }, 'partnerName'],
      ['UpdateReferralDto', 'patch', `/referrals/${randomUUID()}`, { status: 'finished' }, 'status'],
      ['TransferClientDto', 'post', '/caseload/transfer', { werkpuntId: LEDEBERG }, 'reason'],
    ] as const)('%s', async (_dto, method, path, body, field) => {
      const res = await http()[method](client(path)).set(bearer(mediator)).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('CaseloadQueryDto', async () => {
      const res = await http()
        .get(`/api/v1/werkpunten/${RABOT}/caseload`)
        .query({ lastContactBefore: 'last week' })
        .set(bearer(mediator))
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'lastContactBefore' })]);
      const yes = await http()
        .get(`/api/v1/werkpunten/${RABOT}/caseload`)
        .query({ openApplications: 'yes' })
        .set(bearer(mediator))
        .expect(400);
      expect(yes.body.errors).toEqual([expect.objectContaining({ field: 'openApplications' })]);
    });
  });
});
