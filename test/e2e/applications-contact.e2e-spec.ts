// Contact details after acceptance (issue #4): an employer who invited a candidate reads their name, e-mail and
// phone only once the candidate accepted, which records "share contact details with this employer" as the
// person's own consent change; before that, without that consent, or for another employer: 404. Each read is in
// the person's "who looked at my file".
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import { CaseloadEntry } from '@werkpunt/mediation';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Account } from '../../libs/identity/src/accounts/account.entity';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createEmployerWithSite, createVacancy, EmployerWithSite } from '../utils/employer-fixtures';
import { Auth, bearer, createAccount } from '../utils/policy-personas';
import { createTestApp } from '../utils/test-app';

describe('applications: contact details after acceptance', () => {
  let app: INestApplication;
  let http: () => ReturnType<typeof request>;
  let dataSource: DataSource;
  let employer: EmployerWithSite;
  let otherEmployer: EmployerWithSite;

  const publishedVacancy = (owner = employer) => createVacancy(app, owner, { publish: true });

  /** A job seeker visible to employers, with a phone number. */
  async function candidate() {
    const person = await createAccount(app, { label: 'candidate', role: Role.JobSeeker });
    await dataSource.getRepository(Account).update({ id: person.id }, { phone: '+32 470 11 22 33' });
    const auth = bearer(person);
    await http().put('/api/v1/me/consents/employer-visibility').set(auth).send({ visible: true }).expect(200);
    return { ...person, auth };
  }

  const invite = (vacancyId: string, candidateId: string, by = employer) =>
    http().post(`/api/v1/vacancies/${vacancyId}/invitations`).set(by.auth).send({ candidateId }).expect(201);
  const contact = (id: string, auth: Auth) => http().get(`/api/v1/applications/${id}/contact`).set(auth);

  beforeAll(async () => {
    app = await createTestApp();
    http = () => request(app.getHttpServer());
    dataSource = app.get(DataSource);
    employer = await createEmployerWithSite(app, { legalName: 'Buurtwinkel bv' });
    otherEmployer = await createEmployerWithSite(app, { legalName: 'Andere Winkel bv' });
  });
  afterAll(() => app?.close());

  it('shows nothing before acceptance; accepting shares the contact details with the inviting employer only', async () => {
    const person = await candidate();
    const vacancyId = await publishedVacancy();
    const invited = await invite(vacancyId, person.id);
    const id = invited.body.id as string;

    await contact(id, employer.auth).expect(404);
    await http().post(`/api/v1/applications/${id}/accept`).set(person.auth).expect(200);

    const res = await contact(id, employer.auth).expect(200);
    expect(res.body).toEqual({
      applicationId: id,
      displayName: person.displayName,
      email: person.email,
      phone: '+32 470 11 22 33',
    });
    expect(res.headers['cache-control']).toBe('no-store');
    await contact(id, otherEmployer.auth).expect(404);

    // The consent is the person's own change, in their history, and only for this employer.
    const consents = await http().get('/api/v1/me/consents').set(person.auth).expect(200);
    expect(consents.body.contactSharedWith).toEqual([
      expect.objectContaining({ organisationId: employer.organisationId }),
    ]);
    const history = await http().get('/api/v1/me/consents/history').set(person.auth).expect(200);
    expect(history.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'contact_sharing',
          targetId: employer.organisationId,
          granted: true,
          source: 'self',
        }),
      ]),
    );

    // The read is in "who looked at my file": the employer's organisation, purpose application.
    const log = await http().get('/api/v1/me/file-access-log').set(person.auth).query({ limit: 100 }).expect(200);
    const reads = (
      log.body.items as { action: string; recordType: string; purpose: string; organisationIds: string[] }[]
    ).filter((item) => item.recordType === 'ContactDetails');
    expect(reads).toEqual([
      expect.objectContaining({ action: 'read', purpose: 'application', organisationIds: [employer.organisationId] }),
    ]);
  });

  it('answers 404 once the person stops sharing, and again after they share anew', async () => {
    const person = await candidate();
    const invited = await invite(await publishedVacancy(), person.id);
    const id = invited.body.id as string;
    await http().post(`/api/v1/applications/${id}/accept`).set(person.auth).expect(200);
    await contact(id, employer.auth).expect(200);

    const sharing = `/api/v1/me/consents/contact-sharing/${employer.organisationId}`;
    await http().put(sharing).set(person.auth).send({ shared: false }).expect(200);
    await contact(id, employer.auth).expect(404);
    await http().put(sharing).set(person.auth).send({ shared: true }).expect(200);
    await contact(id, employer.auth).expect(200);
  });

  it('does not share contact details of a direct application or an accepted proposal without the consent', async () => {
    const person = await candidate();
    const applied = await http()
      .post('/api/v1/applications')
      .set(person.auth)
      .send({ vacancyId: await publishedVacancy() })
      .expect(201);
    await contact(applied.body.id as string, employer.auth).expect(404);

    const mediator = await createAccount(app, { label: 'mediator', role: Role.Mediator, werkpunt: WERKPUNT_IDS.rabot });
    const client = await candidate();
    await dataSource.getRepository(CaseloadEntry).insert({
      clientAccountId: client.id,
      werkpuntId: WERKPUNT_IDS.rabot,
      mediatorAccountId: mediator.id,
      since: new Date(),
      lastContactAt: null,
    });
    const proposed = await http()
      .post(`/api/v1/clients/${client.id}/proposals`)
      .set(bearer(mediator))
      .send({ vacancyId: await publishedVacancy() })
      .expect(201);
    const proposalId = proposed.body.id as string;
    // A mediator's proposal is not the employer's invitation: accepting it shares nothing with the employer.
    await http().post(`/api/v1/applications/${proposalId}/accept`).set(client.auth).expect(200);
    await contact(proposalId, employer.auth).expect(404);
    await contact(proposalId, bearer(mediator)).expect(200);
  });

  it('answers 400 naming the id for a malformed one', async () => {
    const res = await contact('not-a-uuid', employer.auth).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
