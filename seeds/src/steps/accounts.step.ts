import {
  Account,
  AccountClaimCode,
  AccountStatus,
  hashClaimCode,
  normaliseClaimCode,
  OrganisationMembership,
  OrganisationRole,
  PasswordHasher,
  PreferredLanguage,
  Role,
  WerkpuntMembership,
} from '@werkpunt/identity';
import { loadConfig } from '@werkpunt/platform';
import { DEMO_ID_NAMESPACE, uuidV5 } from '../demo/ids';
import { SeedStep } from '../seed-step';

/** The one password of every demo account (README, "Demo accounts"). Demo data only: never in production. */
export const DEMO_PASSWORD = 'gent werkt samen';
/** The login name and code printed for the demo client without e-mail (README). */
export const DEMO_CLIENT_USERNAME = 'yusuf-demir';
export const DEMO_CLAIM_CODE = 'GENT2-WERK7';

const id = (name: string) => uuidV5(DEMO_ID_NAMESPACE, name);

/** Werkpunt Rabot (Buurtcentrum Rabot). The werkpunten table arrives later, with this id. */
export const DEMO_WERKPUNT_RABOT_ID = id('werkpunt:rabot');
export const DEMO_ORGANISATION_ID = id('organisation:bakkerij-rabot');

interface DemoAccount {
  key: string;
  role: Role;
  email: string | null;
  username?: string;
  displayName: string;
  preferredLanguage: PreferredLanguage;
  /** false: a client account a mediator made, waiting to be claimed with DEMO_CLAIM_CODE. */
  hasPassword: boolean;
  werkpuntIds?: string[];
  organisation?: OrganisationRole;
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  { key: 'admin', role: Role.Admin, email: 'admin@werkpunt.gent', displayName: 'Stad Gent, Dienst Werk' },
  {
    key: 'mediator-rabot',
    role: Role.Mediator,
    email: 'an.desmet@werkpunt.gent',
    displayName: 'An De Smet',
    werkpuntIds: [DEMO_WERKPUNT_RABOT_ID],
  },
  {
    key: 'employer-owner',
    role: Role.Recruiter,
    email: 'els@bakkerij-rabot.be',
    displayName: 'Els Vermeulen',
    organisation: OrganisationRole.Owner,
  },
  {
    key: 'employer-recruiter',
    role: Role.Recruiter,
    email: 'sofie@bakkerij-rabot.be',
    displayName: 'Sofie De Wilde',
    organisation: OrganisationRole.Recruiter,
  },
  { key: 'job-seeker-1', role: Role.JobSeeker, email: 'amina@example.org', displayName: 'Amina El Amrani' },
  {
    key: 'job-seeker-2',
    role: Role.JobSeeker,
    email: 'tomas@example.org',
    displayName: 'Tomáš Horváth',
    preferredLanguage: PreferredLanguage.English,
  },
  {
    key: 'client-without-email',
    role: Role.JobSeeker,
    email: null,
    username: DEMO_CLIENT_USERNAME,
    displayName: 'Yusuf Demir',
    hasPassword: false,
  },
].map((account) => ({ preferredLanguage: PreferredLanguage.Dutch, hasPassword: true, ...account }));

export const DEMO_ACCOUNT_IDS: Record<string, string> = Object.fromEntries(
  DEMO_ACCOUNTS.map((account) => [account.key, id(`account:${account.key}`)]),
);

/**
 * One demo account per role, with fixed ids. Running it again resets them to this state: documented
 * password, active, the client unclaimed with its printed code valid for another 30 days.
 */
export const accountsSeedStep: SeedStep = {
  name: 'demo accounts',
  kind: 'demo',
  async run({ dataSource, progress }) {
    const config = loadConfig();
    const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
    progress.start('Demo accounts', DEMO_ACCOUNTS.length);
    try {
      await dataSource.transaction(async (manager) => {
        for (const demo of DEMO_ACCOUNTS) {
          const accountId = DEMO_ACCOUNT_IDS[demo.key];
          await manager.upsert(
            Account,
            {
              id: accountId,
              role: demo.role,
              email: demo.email,
              username: demo.username ?? null,
              phone: null,
              displayName: demo.displayName,
              preferredLanguage: demo.preferredLanguage,
              passwordHash: demo.hasPassword ? passwordHash : null,
              status: AccountStatus.Active,
            },
            ['id'],
          );
          await manager.delete(WerkpuntMembership, { accountId });
          for (const werkpuntId of demo.werkpuntIds ?? []) {
            await manager.insert(WerkpuntMembership, { accountId, werkpuntId });
          }
          await manager.delete(OrganisationMembership, { accountId });
          if (demo.organisation) {
            await manager.insert(OrganisationMembership, {
              accountId,
              organisationId: DEMO_ORGANISATION_ID,
              role: demo.organisation,
            });
          }
          if (!demo.hasPassword) {
            await manager.upsert(
              AccountClaimCode,
              {
                accountId,
                codeHash: hashClaimCode(normaliseClaimCode(DEMO_CLAIM_CODE), config.auth.jwtSecret),
                createdBy: DEMO_ACCOUNT_IDS['mediator-rabot'],
                expiresAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
              },
              ['accountId'],
            );
          }
          progress.increment();
        }
      });
    } finally {
      progress.stop();
    }
  },
};
