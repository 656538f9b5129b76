import { NotFoundException } from '@nestjs/common';
import { Actor, Role } from '../actor/actor';
import { AbilityFactory } from './ability.factory';
import { PolicyService } from './policy.service';
import { subjectRef } from './subjects';

// Two Werkpunten, two organisations, two job seekers: every rule is checked from inside and outside.
const LEDEBERG = 'a0000000-0000-4000-8000-000000000001';
const RABOT = 'a0000000-0000-4000-8000-000000000002';
const BAKERY = 'b0000000-0000-4000-8000-000000000001';
const GARAGE = 'b0000000-0000-4000-8000-000000000002';
const ANNA = 'c0000000-0000-4000-8000-000000000001'; // client of Ledeberg
const BRAM = 'c0000000-0000-4000-8000-000000000002'; // client of Rabot

const actor = (role: Role, userId: string, ids: Partial<Actor> = {}): Actor => ({
  userId,
  role,
  organisationIds: [],
  werkpuntIds: [],
  ...ids,
});
const anna = actor(Role.JobSeeker, ANNA);
const bram = actor(Role.JobSeeker, BRAM);
const ledebergMediator = actor(Role.Mediator, 'd1', { werkpuntIds: [LEDEBERG] });
const rabotMediator = actor(Role.Mediator, 'd2', { werkpuntIds: [RABOT] });
const bakeryRecruiter = actor(Role.Recruiter, 'e1', { organisationIds: [BAKERY] });
const garageRecruiter = actor(Role.Recruiter, 'e2', { organisationIds: [GARAGE] });
const admin = actor(Role.Admin, 'f1');

const annasFile = subjectRef('JobSeekerFile', {
  jobSeekerAccountId: ANNA,
  werkpuntId: LEDEBERG,
  sharedWithWerkpuntIds: [],
});
const annasSharedFile = { ...annasFile, sharedWithWerkpuntIds: [RABOT] };
const bramsFile = subjectRef('JobSeekerFile', {
  jobSeekerAccountId: BRAM,
  werkpuntId: RABOT,
  sharedWithWerkpuntIds: [],
});

describe('AbilityFactory rules', () => {
  const policies = new PolicyService(new AbilityFactory());
  const can = policies.can.bind(policies);

  describe('job-seeker files', () => {
    it('lets a job seeker read and update only their own file', () => {
      expect(can(anna, 'read', annasFile)).toBe(true);
      expect(can(anna, 'update', annasFile)).toBe(true);
      expect(can(anna, 'delete', annasFile)).toBe(false);
      expect(can(bram, 'read', annasFile)).toBe(false);
    });

    it('lets a mediator see the clients of their Werkpunt, not another Werkpunt’s', () => {
      expect(can(ledebergMediator, 'read', annasFile)).toBe(true);
      expect(can(ledebergMediator, 'update', annasFile)).toBe(true);
      expect(can(ledebergMediator, 'read', bramsFile)).toBe(false);
      expect(can(rabotMediator, 'read', annasFile)).toBe(false);
    });

    it('lets a mediator of another Werkpunt in once the file is shared with it', () => {
      expect(can(rabotMediator, 'read', annasSharedFile)).toBe(true);
      expect(can(rabotMediator, 'delete', annasSharedFile)).toBe(false);
    });

    it('lets a mediator at several Werkpunten see the clients of each', () => {
      const both = actor(Role.Mediator, 'd3', { werkpuntIds: [LEDEBERG, RABOT] });
      expect(can(both, 'read', annasFile)).toBe(true);
      expect(can(both, 'read', bramsFile)).toBe(true);
    });

    it('gives a mediator without a Werkpunt, and a file without one, nothing', () => {
      const nowhere = actor(Role.Mediator, 'd4');
      expect(can(nowhere, 'read', annasFile)).toBe(false);
      const selfRegistered = { ...annasFile, werkpuntId: null };
      expect(can(ledebergMediator, 'read', selfRegistered)).toBe(false);
      expect(can(anna, 'read', selfRegistered)).toBe(true);
    });

    it('never shows a full file to recruiters', () => {
      expect(can(bakeryRecruiter, 'read', annasFile)).toBe(false);
      expect(policies.canAny(bakeryRecruiter, 'read', 'JobSeekerFile')).toBe(false);
    });

    it('lets admins do everything', () => {
      expect(can(admin, 'read', annasFile)).toBe(true);
      expect(can(admin, 'delete', bramsFile)).toBe(true);
      expect(can(admin, 'read', subjectRef('AuditLog', {}))).toBe(true);
    });
  });

  describe('employers', () => {
    const bakeryVacancy = subjectRef('Vacancy', { organisationId: BAKERY, published: false });
    const application = subjectRef('Application', {
      organisationId: BAKERY,
      jobSeekerAccountId: ANNA,
      jobSeekerWerkpuntId: LEDEBERG,
    });
    const visibleMatch = subjectRef('AnonymisedMatch', {
      organisationId: BAKERY,
      jobSeekerAccountId: ANNA,
      visibleToEmployers: true,
    });

    it('lets recruiters manage their own organisation’s vacancies only', () => {
      expect(can(bakeryRecruiter, 'update', bakeryVacancy)).toBe(true);
      expect(can(garageRecruiter, 'update', bakeryVacancy)).toBe(false);
      expect(can(garageRecruiter, 'read', bakeryVacancy)).toBe(false); // a draft
      expect(can(garageRecruiter, 'read', { ...bakeryVacancy, published: true })).toBe(true);
      expect(can(ledebergMediator, 'read', bakeryVacancy)).toBe(false);
      expect(can(anna, 'read', { ...bakeryVacancy, published: true })).toBe(true);
    });

    it('shows applications to the organisation applied to, the applicant and their mediator', () => {
      expect(can(bakeryRecruiter, 'read', application)).toBe(true);
      expect(can(garageRecruiter, 'read', application)).toBe(false);
      expect(can(anna, 'read', application)).toBe(true);
      expect(can(bram, 'read', application)).toBe(false);
      expect(can(ledebergMediator, 'read', application)).toBe(true);
      expect(can(rabotMediator, 'read', application)).toBe(false);
    });

    it('shows anonymised matches only to their organisation and only with the person’s consent', () => {
      expect(can(bakeryRecruiter, 'read', visibleMatch)).toBe(true);
      expect(can(garageRecruiter, 'read', visibleMatch)).toBe(false);
      expect(can(bakeryRecruiter, 'read', { ...visibleMatch, visibleToEmployers: false })).toBe(false);
    });

    it('shares contact details only with organisations the person chose', () => {
      const contact = subjectRef('ContactDetails', {
        jobSeekerAccountId: ANNA,
        werkpuntId: LEDEBERG,
        sharedWithOrganisationIds: [BAKERY],
      });
      expect(can(bakeryRecruiter, 'read', contact)).toBe(true);
      expect(can(garageRecruiter, 'read', contact)).toBe(false);
      expect(can(ledebergMediator, 'read', contact)).toBe(true);
      expect(can(rabotMediator, 'read', contact)).toBe(false);
    });
  });

  describe('consent and the audit log', () => {
    const annasConsent = subjectRef('Consent', { jobSeekerAccountId: ANNA, werkpuntId: LEDEBERG });

    it('lets the person and the mediators of their own Werkpunt change consents', () => {
      expect(can(anna, 'update', annasConsent)).toBe(true);
      expect(can(bram, 'update', annasConsent)).toBe(false);
      expect(can(ledebergMediator, 'update', annasConsent)).toBe(true);
      expect(can(rabotMediator, 'update', annasConsent)).toBe(false);
      expect(can(bakeryRecruiter, 'read', annasConsent)).toBe(false);
    });

    it('shows "who looked at my file" to the person only, and the whole log to admins only', () => {
      const annasLog = subjectRef('FileAccessLog', { jobSeekerAccountId: ANNA });
      expect(can(anna, 'read', annasLog)).toBe(true);
      expect(can(bram, 'read', annasLog)).toBe(false);
      expect(can(ledebergMediator, 'read', annasLog)).toBe(false);
      for (const someone of [anna, ledebergMediator, bakeryRecruiter]) {
        expect(policies.canAny(someone, 'read', 'AuditLog')).toBe(false);
      }
      expect(policies.canAny(admin, 'read', 'AuditLog')).toBe(true);
    });
  });

  describe('route-level checks (PolicyGuard)', () => {
    it('asks whether the role could ever act on the type, ignoring conditions', () => {
      expect(policies.canAny(ledebergMediator, 'read', 'JobSeekerFile')).toBe(true);
      expect(policies.canAny(anna, 'read', 'Consent')).toBe(true);
      expect(policies.canAny(bakeryRecruiter, 'read', 'Consent')).toBe(false);
      expect(policies.canAny(anna, 'read', 'AnonymisedMatch')).toBe(false);
    });
  });

  describe('PolicyService.ensureCan', () => {
    it('answers 404 to outsiders, the same as for a record that does not exist', () => {
      expect(() => policies.ensureCan(rabotMediator, 'read', annasFile)).toThrow(NotFoundException);
      expect(() => policies.ensureCan(rabotMediator, 'read', annasFile)).toThrow('There is no job seeker file here.');
      expect(() => policies.ensureCan(ledebergMediator, 'read', annasFile)).not.toThrow();
    });
  });
});
