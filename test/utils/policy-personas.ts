// People for authorisation tests: one of each role, and for each a member of another tenant (another
// Werkpunt, another organisation, another job seeker). Accounts, memberships and sessions are written
// straight to the database and tokens signed by the app's own AccessTokens, so the real authentication
// guard loads them, without going through (and being throttled by) the login endpoint.
import { INestApplication } from '@nestjs/common';
import { Role } from '@werkpunt/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Account } from '../../libs/identity/src/accounts/account.entity';
import {
  OrganisationMembership,
  OrganisationRole,
} from '../../libs/identity/src/accounts/organisation-membership.entity';
import { WerkpuntMembership } from '../../libs/identity/src/accounts/werkpunt-membership.entity';
import { AccessTokens } from '../../libs/identity/src/auth/access-tokens';
import { Session } from '../../libs/identity/src/auth/session.entity';

export const PERSONAS = [
  'anonymous',
  'owner',
  'otherJobSeeker',
  'mediator',
  'otherMediator',
  'recruiter',
  'otherRecruiter',
  'admin',
] as const;
export type Persona = (typeof PERSONAS)[number];

export interface PersonaAccount {
  id: string;
  displayName: string;
  email: string;
  token: string;
}

export type Auth = Record<string, string>;
/** The Authorization header of an account (or of anyone else with an access token). */
export const bearer = (account: Pick<PersonaAccount, 'token'>): Auth => ({ Authorization: `Bearer ${account.token}` });

/** Fresh ids per test file, so files sharing the run's database never see each other's people. */
export interface PolicyWorld {
  werkpunt: string;
  otherWerkpunt: string;
  organisation: string;
  otherOrganisation: string;
  people: Record<Exclude<Persona, 'anonymous'>, PersonaAccount>;
  /** The Authorization header for a persona; none for anonymous. */
  auth(persona: Persona): Record<string, string>;
}

export interface AccountSpec {
  label: string;
  role: Role;
  werkpunt?: string;
  organisation?: string;
  organisationRole?: OrganisationRole;
}

/** One active account with its memberships and a live session; the token is a real access token. */
export async function createAccount(app: INestApplication, spec: AccountSpec): Promise<PersonaAccount> {
  const dataSource = app.get(DataSource);
  const run = randomUUID().slice(0, 8);
  const displayName = `Persona ${spec.label} ${run}`;
  const email = `${spec.label.toLowerCase()}-${run}@example.test`;
  const account = await dataSource.getRepository(Account).save({ role: spec.role, email, displayName });
  if (spec.werkpunt) {
    await dataSource.getRepository(WerkpuntMembership).insert({ accountId: account.id, werkpuntId: spec.werkpunt });
  }
  if (spec.organisation) {
    await dataSource.getRepository(OrganisationMembership).insert({
      accountId: account.id,
      organisationId: spec.organisation,
      role: spec.organisationRole ?? OrganisationRole.Owner,
    });
  }
  const session = await dataSource.getRepository(Session).save({ accountId: account.id });
  const token = await app.get(AccessTokens).sign({ sub: account.id, sid: session.id });
  return { id: account.id, displayName, email, token };
}

export async function createPolicyWorld(app: INestApplication): Promise<PolicyWorld> {
  const werkpunt = randomUUID();
  const otherWerkpunt = randomUUID();
  const organisation = randomUUID();
  const otherOrganisation = randomUUID();
  const make = (label: string, role: Role, memberships: { werkpunt?: string; organisation?: string } = {}) =>
    createAccount(app, { label, role, ...memberships });

  const people = {
    owner: await make('owner', Role.JobSeeker),
    otherJobSeeker: await make('otherJobSeeker', Role.JobSeeker),
    mediator: await make('mediator', Role.Mediator, { werkpunt }),
    otherMediator: await make('otherMediator', Role.Mediator, { werkpunt: otherWerkpunt }),
    // Each recruiter owns their organisation.
    recruiter: await make('recruiter', Role.Recruiter, { organisation }),
    otherRecruiter: await make('otherRecruiter', Role.Recruiter, { organisation: otherOrganisation }),
    admin: await make('admin', Role.Admin),
  };
  return {
    werkpunt,
    otherWerkpunt,
    organisation,
    otherOrganisation,
    people,
    auth: (persona): Record<string, string> =>
      persona === 'anonymous' ? {} : { Authorization: `Bearer ${people[persona].token}` },
  };
}
