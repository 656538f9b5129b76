import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { Actor, Role } from '../actor/actor';
import { PolicyAction, PolicySubjectRef, PolicySubjectType } from './subjects';

export type AppAbility = MongoAbility<[PolicyAction, PolicySubjectRef | PolicySubjectType | 'all']>;

/**
 * The one place that says who may do what. Rules are per role and, where records belong to someone,
 * conditioned on the actor's own ids, so checking a concrete record (PolicyService.ensureCan) and
 * checking a route ("may this actor ever read a Consent?", PolicyGuard) use the same rules.
 */
@Injectable()
export class AbilityFactory {
  forActor(actor: Actor): AppAbility {
    const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    const own = actor.userId;

    // Everyone signed in manages their own account and sees published vacancies. Erasing it (delete) is for
    // job seekers and recruiters: the data-rights service refuses staff, whose accounts the city manages.
    can(['read', 'update', 'delete'], 'Account', { accountId: actor.userId });
    can('read', 'Vacancy', { published: true });

    switch (actor.role) {
      case Role.Admin:
        // Admins may do everything; their reads of job-seeker files are audited like anyone else's
        // (AuditedReader writes a row for every reader but the person).
        can('manage', 'all');
        break;

      case Role.JobSeeker:
        can(['read', 'update'], 'JobSeekerFile', { jobSeekerAccountId: own });
        can(['read', 'update'], 'Consent', { jobSeekerAccountId: own });
        can('read', 'FileAccessLog', { jobSeekerAccountId: own });
        can('read', 'ContactDetails', { jobSeekerAccountId: own });
        can('read', 'Ranking', { subjectJobSeekerAccountId: own });
        can(['read', 'create', 'delete'], 'Application', { jobSeekerAccountId: own });
        break;

      case Role.Mediator: {
        const myWerkpunten = { $in: actor.werkpuntIds };
        // Clients of their Werkpunten, and files their clients (or others) explicitly shared with them.
        can(['read', 'update', 'create'], 'JobSeekerFile', { werkpuntId: myWerkpunten });
        // Erasing a client's account, with the client present: only their own Werkpunt, never a shared one.
        can('delete', 'JobSeekerFile', { werkpuntId: myWerkpunten });
        can(['read', 'update'], 'JobSeekerFile', { sharedWithWerkpuntIds: myWerkpunten });
        can('read', 'ContactDetails', { werkpuntId: myWerkpunten });
        // Consent on behalf of a client is for the mediators of the client's own Werkpunt only.
        can(['read', 'update'], 'Consent', { werkpuntId: myWerkpunten });
        // Who looked at a client's file, so the mediator can answer the client's questions about it: own
        // Werkpunt only, and like the person, they see roles and organisations, never named staff.
        can('read', 'FileAccessLog', { werkpuntId: myWerkpunten });
        can('read', 'Application', { jobSeekerWerkpuntId: myWerkpunten });
        // Mediators look for candidates among everyone who agreed to be visible, for any employer they help.
        can('read', 'VacancyCandidates');
        // Rankings for their clients, or that they asked for themselves; overriding the order is theirs too.
        can(['read', 'update'], 'Ranking', { subjectWerkpuntId: myWerkpunten });
        can(['read', 'update'], 'Ranking', { requestedBy: own });
        // Counts per occupation group and wijk, no person in them: where there is room for their clients.
        can('read', 'LabourMarketInsights');
        break;
      }

      case Role.Recruiter: {
        const myOrganisations = { $in: actor.organisationIds };
        // Updating (inviting, removing recruiters) is for owners: the organisation service checks that.
        can(['read', 'update'], 'Organisation', { organisationId: myOrganisations });
        can('manage', 'Vacancy', { organisationId: myOrganisations });
        can(['read', 'update'], 'Application', { organisationId: myOrganisations });
        can('read', 'AnonymisedMatch', { organisationId: myOrganisations, visibleToEmployers: true });
        can('read', 'ContactDetails', { sharedWithOrganisationIds: myOrganisations });
        can('read', 'VacancyCandidates', { organisationId: myOrganisations });
        can('read', 'Ranking', { requestedBy: own });
        break;
      }

      default: {
        // A new role gets nothing until someone writes its rules here.
        const unknown: never = actor.role;
        void unknown;
      }
    }

    return build({ detectSubjectType: (subject) => subject.kind });
  }
}
