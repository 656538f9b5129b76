// Job-seeker profiles (issue #4, point 4): the person fills in and reads their profile; a mediator of the
// client's Werkpunt reads and changes it with the client present (audited); other Werkpunten get 404; an
// employer sees the anonymised candidate only after the person chose to be visible (audited, "matching");
// erasure removes the profile.
import { INestApplication } from '@nestjs/common';
import { Account, retentionTables, Role } from '@werkpunt/identity';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { scanPostgres } from '../utils/identifier-scan';
import { createAccount, PersonaAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

const PASSWORD = 'kuisen en koken in de buurt';
const ADDRESS_MARKER = 'Wondelgemstraat 100';
const CLEANER = '303a1e34-cb16-4054-b323-81e5eec17397'; // schoonmaker gebouwen
const KITCHEN_HELP = 'e1cf6897-158d-4b48-a39e-2a3a8cac216c'; // keukenhulp
const UNKNOWN_OCCUPATION = '00000000-0000-4000-8000-00000000abcd';

/** The API docs' example client: cleaning and kitchen help, Dutch A2, by bike 20 minutes, living in Rabot. */
function exampleProfile(): Record<string, unknown> {
  return {
    desiredOccupations: [
      { occupationId: CLEANER, experienceMonths: 18 },
      { occupationId: KITCHEN_HELP, experienceMonths: 0 },
    ],
    skillIds: ['clean-floors', 'wash-dishes', 'handle-food-hygienically'],
    education: { level: 'low', diplomaTitle: 'Baccalauréat', diplomaCountry: 'MA', recognition: 'in_progress' },
    dutchLevel: 'A2',
    otherLanguages: [{ language: 'ar', level: 'C2' }],
    drivingLicences: [],
    mobility: { transportModes: ['bike'], maxCommuteMinutes: 20 },
    workTime: { hoursPerWeekMin: 19, hoursPerWeekMax: 30, shifts: ['day', 'evening'] },
    availableFrom: null,
    homeWijkId: 7,
    address: { streetAddress: ADDRESS_MARKER, postcode: '9000' },
    eligibility: {
      dateOfBirth: '1990-04-12',
      registeredSince: '2025-09-01',
      livingWageClient: true,
      inArtikel60: false,
      workDisability: true,
    },
    availability: 'active',
  };
}

/** A copy of the example with the value at a dotted path (e.g. `workTime.shifts`, `otherLanguages.0.level`) set. */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const body = structuredClone(exampleProfile());
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = body as Record<string, unknown>;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  target[last] = value;
  return body;
}

describe('job-seeker profiles', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  const http = () => request(app.getHttpServer());
  const bearer = (account: PersonaAccount) => ({ Authorization: `Bearer ${account.token}` });
  const werkpunt = randomUUID();
  const otherWerkpunt = randomUUID();
  const organisation = randomUUID();
  let person: PersonaAccount;
  let mediator: PersonaAccount;
  let otherMediator: PersonaAccount;
  let recruiter: PersonaAccount;

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    person = await createAccount(app, { label: 'client', role: Role.JobSeeker });
    await dataSource.getRepository(Account).update({ id: person.id }, { homeWerkpuntId: werkpunt });
    mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt });
    otherMediator = await createAccount(app, { label: 'otherMediator', role: Role.Mediator, werkpunt: otherWerkpunt });
    recruiter = await createAccount(app, { label: 'recruiter', role: Role.Recruiter, organisation });
  });
  afterAll(() => app?.close());

  describe('the person', () => {
    it('fills in the profile, reads it back with the age band and eligibility, and each change counts', async () => {
      await http().get('/api/v1/me/profile').set(bearer(person)).expect(404);
      const created = await http().put('/api/v1/me/profile').set(bearer(person)).send(exampleProfile()).expect(200);
      expect(created.headers['cache-control']).toBe('no-store');
      expect(created.body).toMatchObject({
        accountId: person.id,
        desiredOccupations: [
          { occupationId: CLEANER, rank: 1, experienceMonths: 18 },
          { occupationId: KITCHEN_HELP, rank: 2, experienceMonths: 0 },
        ],
        education: { level: 'low', recognition: 'in_progress' },
        dutchLevel: 'A2',
        mobility: { transportModes: ['bike'], maxCommuteMinutes: 20, maxCommuteKm: null },
        homeWijkId: 7,
        address: { streetAddress: ADDRESS_MARKER, postcode: '9000' },
        eligibility: { livingWageClient: true, ageBand: 'from25To49', programmes: ['artikel60'] },
        lastChangeSource: 'self',
        version: 1,
      });

      const read = await http().get('/api/v1/me/profile').set(bearer(person)).expect(200);
      expect(read.headers['cache-control']).toBe('no-store');
      expect(read.body).toEqual(created.body);

      const paused = withValue('availability', 'paused');
      const changed = await http().put('/api/v1/me/profile').set(bearer(person)).send(paused).expect(200);
      expect(changed.body).toMatchObject({ availability: 'paused', version: 2 });
      await http().put('/api/v1/me/profile').set(bearer(person)).send(exampleProfile()).expect(200);
    });

    it('changes part of the profile with PATCH, keeping the rest, and checks the result as a whole', async () => {
      const before = await http().get('/api/v1/me/profile').set(bearer(person)).expect(200);
      const patched = await http()
        .patch('/api/v1/me/profile')
        .set(bearer(person))
        .send({ dutchLevel: 'B1', mobility: { transportModes: ['e_bike'], maxCommuteKm: 8 } })
        .expect(200);
      expect(patched.body).toEqual({
        ...before.body,
        dutchLevel: 'B1',
        mobility: { transportModes: ['e_bike'], maxCommuteMinutes: null, maxCommuteKm: 8 },
        version: before.body.version + 1,
        updatedAt: expect.any(String),
      });

      const nulled = await http().patch('/api/v1/me/profile').set(bearer(person)).send({ education: null }).expect(400);
      expect(nulled.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'education' })]));
      const nested = await http()
        .patch('/api/v1/me/profile')
        .set(bearer(person))
        .send({ workTime: { hoursPerWeekMin: 10, hoursPerWeekMax: 8, shifts: ['day'] } })
        .expect(400);
      expect(nested.body.errors).toEqual([expect.objectContaining({ field: 'workTime.hoursPerWeekMax' })]);
      const unknown = await http()
        .patch('/api/v1/me/profile')
        .set(bearer(person))
        .send({ skillIds: ['juggling'] })
        .expect(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'skillIds.0' })]);

      const newcomer = await createAccount(app, { label: 'newcomer', role: Role.JobSeeker });
      await http().patch('/api/v1/me/profile').set(bearer(newcomer)).send({ dutchLevel: 'A1' }).expect(404);
      await http().put('/api/v1/me/profile').set(bearer(person)).send(exampleProfile()).expect(200);
    });

    it.each([
      ['ProfileDto', withValue('homeWijkId', 'Rabot'), 'homeWijkId'],
      ['ProfileDto (unknown wijk)', withValue('homeWijkId', 99), 'homeWijkId'],
      ['ProfileDto (unknown field)', withValue('nationality', 'MA'), 'nationality'],
      [
        'DesiredOccupationDto',
        withValue('desiredOccupations.0.experienceMonths', -1),
        'desiredOccupations.0.experienceMonths',
      ],
      [
        'DesiredOccupationDto (unknown occupation)',
        withValue('desiredOccupations.1.occupationId', UNKNOWN_OCCUPATION),
        'desiredOccupations.1.occupationId',
      ],
      ['skill ids (unknown skill)', withValue('skillIds', ['clean-floors', 'juggling']), 'skillIds.1'],
      ['EducationDto', withValue('education.level', 'none'), 'education.level'],
      ['LanguageDto', withValue('otherLanguages.0.language', 'Arabic'), 'otherLanguages.0.language'],
      [
        'MobilityDto (no commute limit)',
        withValue('mobility', { transportModes: ['bike'] }),
        'mobility.maxCommuteMinutes',
      ],
      ['WorkTimeDto', withValue('workTime.shifts', ['morning']), 'workTime.shifts'],
      ['WorkTimeDto (min above max)', withValue('workTime.hoursPerWeekMin', 38), 'workTime.hoursPerWeekMax'],
      ['AddressDto', withValue('address.postcode', '90000'), 'address.postcode'],
      ['EligibilityDto', withValue('eligibility.livingWageClient', 'yes'), 'eligibility.livingWageClient'],
      ['EligibilityDto (date)', withValue('eligibility.dateOfBirth', '12/04/1990'), 'eligibility.dateOfBirth'],
    ])('answers 400 naming the field for an invalid %s', async (_dto, body, field) => {
      const res = await http().put('/api/v1/me/profile').set(bearer(person)).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });
  });

  describe('a mediator of the client’s Werkpunt', () => {
    it('reads and, with the client present, changes the profile; both show in the client’s file-access log', async () => {
      const read = await http().get(`/api/v1/clients/${person.id}/profile`).set(bearer(mediator)).expect(200);
      expect(read.headers['cache-control']).toBe('no-store');
      expect(read.body).toMatchObject({ accountId: person.id, address: { streetAddress: ADDRESS_MARKER } });

      const absent = await http()
        .put(`/api/v1/clients/${person.id}/profile`)
        .set(bearer(mediator))
        .send(exampleProfile())
        .expect(400);
      expect(absent.body.errors).toEqual([expect.objectContaining({ field: 'clientPresent' })]);

      const body = { ...withValue('dutchLevel', 'B1'), clientPresent: true };
      const changed = await http()
        .put(`/api/v1/clients/${person.id}/profile`)
        .set(bearer(mediator))
        .send(body)
        .expect(200);
      expect(changed.body).toMatchObject({ dutchLevel: 'B1', lastChangeSource: 'mediator_on_behalf' });
      expect(changed.body.version).toBe(read.body.version + 1);

      const withoutClient = await http()
        .patch(`/api/v1/clients/${person.id}/profile`)
        .set(bearer(mediator))
        .send({ availability: 'paused' })
        .expect(400);
      expect(withoutClient.body.errors).toEqual([expect.objectContaining({ field: 'clientPresent' })]);
      const patched = await http()
        .patch(`/api/v1/clients/${person.id}/profile`)
        .set(bearer(mediator))
        .send({ dutchLevel: 'B2', clientPresent: true })
        .expect(200);
      expect(patched.body).toMatchObject({ dutchLevel: 'B2', version: changed.body.version + 1 });

      const log = await http().get('/api/v1/me/file-access-log').set(bearer(person)).expect(200);
      const profileRows = (log.body.items as Record<string, unknown>[]).filter(
        (row) => row.recordType === 'JobSeekerProfile',
      );
      expect(profileRows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actorRole: 'mediator',
            werkpuntIds: [werkpunt],
            action: 'read',
            purpose: 'caseload',
          }),
          expect.objectContaining({
            actorRole: 'mediator',
            werkpuntIds: [werkpunt],
            action: 'update',
            purpose: 'caseload',
          }),
        ]),
      );
    });

    it('answers 404 to a mediator of another Werkpunt, exactly as for a client that does not exist', async () => {
      const foreign = await http().get(`/api/v1/clients/${person.id}/profile`).set(bearer(otherMediator)).expect(404);
      const missing = await http()
        .get(`/api/v1/clients/${randomUUID()}/profile`)
        .set(bearer(otherMediator))
        .expect(404);
      expect(foreign.body.detail).toBe(missing.body.detail);
      expect(foreign.text).not.toContain(ADDRESS_MARKER);
      await http()
        .put(`/api/v1/clients/${person.id}/profile`)
        .set(bearer(otherMediator))
        .send({ ...exampleProfile(), clientPresent: true })
        .expect(404);
    });
  });

  describe('an employer', () => {
    it('sees the anonymised candidate only after the person chose to be visible, and the read is logged', async () => {
      await http().get(`/api/v1/candidates/${person.id}`).set(bearer(recruiter)).expect(404);
      await http()
        .put('/api/v1/me/consents/employer-visibility')
        .set(bearer(person))
        .send({ visible: true })
        .expect(200);

      const res = await http().get(`/api/v1/candidates/${person.id}`).set(bearer(recruiter)).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toMatchObject({
        candidateId: person.id,
        educationLevel: 'low',
        homeWijkId: 7,
        desiredOccupations: [
          { occupationId: CLEANER, rank: 1, experienceMonths: 18 },
          { occupationId: KITCHEN_HELP, rank: 2, experienceMonths: 0 },
        ],
      });
      for (const hidden of [ADDRESS_MARKER, '9000', '1990-04-12', person.displayName, person.email, 'Baccalauréat']) {
        expect(res.text).not.toContain(hidden);
      }
      for (const field of ['address', 'eligibility', 'livingWageClient', 'workDisability', 'dateOfBirth', 'ageBand']) {
        expect(res.text).not.toContain(`"${field}"`);
      }
      expect(res.body.eligibleProgrammes).not.toContain('artikel60');

      const log = await http().get('/api/v1/me/file-access-log').set(bearer(person)).expect(200);
      expect(log.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actorRole: 'recruiter',
            organisationIds: [organisation],
            purpose: 'matching',
            recordType: 'JobSeekerProfile',
          }),
        ]),
      );
    });

    it('answers 404 while the person is not looking, and to mediators and other job seekers', async () => {
      await http()
        .put('/api/v1/me/profile')
        .set(bearer(person))
        .send(withValue('availability', 'found_work'))
        .expect(200);
      await http().get(`/api/v1/candidates/${person.id}`).set(bearer(recruiter)).expect(404);
      await http().put('/api/v1/me/profile').set(bearer(person)).send(exampleProfile()).expect(200);
      await http().get(`/api/v1/candidates/${person.id}`).set(bearer(recruiter)).expect(200);
      const asMediator = await http().get(`/api/v1/candidates/${person.id}`).set(bearer(mediator));
      expect([403, 404]).toContain(asMediator.status);
      const asJobSeeker = await http().get(`/api/v1/candidates/${person.id}`).set(bearer(person));
      expect([403, 404]).toContain(asJobSeeker.status);
    });
  });

  describe('erasure', () => {
    it('removes the profile and leaves none of the person’s identifiers outside the retention tables', async () => {
      const run = randomUUID().slice(0, 8);
      const email = `leila-${run}@example.test`;
      const displayName = `Leila Profiel ${run}`;
      const street = `Sleepstraat ${run}`;
      const registered = await http()
        .post('/api/v1/accounts/job-seekers')
        .send({ email, password: PASSWORD, displayName, preferredLanguage: 'nl' })
        .expect(201);
      const id = (registered.body as { id: string }).id;
      const login = await http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
      const auth = { Authorization: `Bearer ${(login.body as { accessToken: string }).accessToken}` };
      const body = withValue('address.streetAddress', street);
      await http().put('/api/v1/me/profile').set(auth).send(body).expect(200);

      const exported = await http().get('/api/v1/me/export').set(auth).expect(200);
      const section = (exported.body.sections as { table: string; rows: Record<string, unknown>[] }[]).find(
        (s) => s.table === 'job_seeker_profiles',
      );
      expect(section?.rows).toEqual([expect.objectContaining({ account_id: id, street_address: street })]);

      await http().delete('/api/v1/me').set(auth).send({ password: PASSWORD }).expect(200);
      const [{ count }] = await dataSource.query<{ count: string }[]>(
        'SELECT count(*) FROM job_seeker_profiles WHERE account_id = $1',
        [id],
      );
      expect(Number(count)).toBe(0);
      const findings = await scanPostgres(dataSource, [email, displayName, street, id], {
        skipTables: retentionTables(),
        allowedUuidColumns: ['accounts.id'],
      });
      expect(findings).toEqual([]);
    });
  });
});
