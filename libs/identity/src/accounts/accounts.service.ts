import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Role } from '../actor/actor';
import { PasswordTokenPurpose } from '../auth/password-token.entity';
import { PasswordTokens } from '../auth/password-tokens';
import { Sessions } from '../auth/sessions';
import { activationMail } from '../mail/identity-mails';
import { Mailer } from '../mail/mailer';
import { PasswordHasher } from '../passwords/password-hasher';
import { Account, AccountStatus, PreferredLanguage } from './account.entity';
import { requireRole, withUniqueEmail } from './account-errors';
import { AccountDto, toAccountDto } from './dto/account.dto';
import { CreateMediatorDto } from './dto/admin.dto';
import { RegisterAccountDto } from './dto/registration.dto';
import { OrganisationMembership, OrganisationRole } from './organisation-membership.entity';
import { WerkpuntMembership } from './werkpunt-membership.entity';

/** Accounts: self-registration, the own account, and what admins do to accounts. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly passwordTokens: PasswordTokens,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async registerJobSeeker(input: RegisterAccountDto): Promise<AccountDto> {
    const passwordHash = await this.hasher.hash(input.password);
    const id = await withUniqueEmail(() =>
      this.dataSource.transaction((manager) => this.insertAccount(manager, Role.JobSeeker, input, passwordHash)),
    );
    return this.view(id);
  }

  /**
   * The owner of a new employer organisation. The employers context creates the organisation row through
   * `createOrganisation` inside this transaction, so an account never exists without its organisation (or
   * the other way round); identity needs nothing of employers but the new row's id.
   */
  async registerEmployerOwner<O extends { id: string }>(
    input: RegisterAccountDto,
    createOrganisation: (manager: EntityManager) => Promise<O>,
  ): Promise<{ account: AccountDto; organisation: O }> {
    const passwordHash = await this.hasher.hash(input.password);
    const { accountId, organisation } = await withUniqueEmail(() =>
      this.dataSource.transaction(async (manager) => {
        const created = await createOrganisation(manager);
        const ownerId = await this.insertAccount(manager, Role.Recruiter, input, passwordHash);
        await manager.insert(OrganisationMembership, {
          accountId: ownerId,
          organisationId: created.id,
          role: OrganisationRole.Owner,
        });
        return { accountId: ownerId, organisation: created };
      }),
    );
    return { account: await this.view(accountId), organisation };
  }

  /** An account with its memberships, as its owner and admins see it. */
  async view(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<AccountDto> {
    const account = await manager
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .leftJoinAndSelect('account.werkpuntMemberships', 'werkpunt')
      .leftJoinAndSelect('account.organisationMemberships', 'organisation')
      .where('account.id = :accountId', { accountId })
      .getOne();
    if (!account) throw new NotFoundException('There is no account here.');
    return toAccountDto(account, account.passwordHash !== null);
  }

  /** Admin: a mediator account and its Werkpunten; the mediator chooses a password via the mailed link. */
  async createMediator(actor: Actor, input: CreateMediatorDto): Promise<AccountDto> {
    requireRole(actor, Role.Admin);
    const { id, token } = await withUniqueEmail(() =>
      this.dataSource.transaction(async (manager) => {
        const accountId = await this.insertAccount(manager, Role.Mediator, input, null);
        await this.replaceWerkpunten(manager, accountId, input.werkpuntIds);
        const activation = await this.passwordTokens.issue(accountId, PasswordTokenPurpose.Activation, manager);
        return { id: accountId, token: activation };
      }),
    );
    const link = `${this.config.publicUrl}/password-reset?token=${encodeURIComponent(token)}`;
    await this.mailer.send(
      activationMail(input.email, input.preferredLanguage ?? PreferredLanguage.Dutch, link, token),
    );
    return this.view(id);
  }

  /** Admin: the Werkpunten a mediator works at (replaces the list). */
  async setWerkpunten(actor: Actor, accountId: string, werkpuntIds: string[]): Promise<AccountDto> {
    requireRole(actor, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.findAccount(manager, accountId);
      if (account.role !== Role.Mediator) throw new ConflictException('Only mediators work at a Werkpunt.');
      await this.replaceWerkpunten(manager, accountId, werkpuntIds);
      return this.view(accountId, manager);
    });
  }

  /** Admin: counts from the account's very next request (the guard re-reads the role). */
  async changeRole(actor: Actor, accountId: string, role: Role): Promise<AccountDto> {
    requireRole(actor, Role.Admin);
    await this.dataSource.transaction(async (manager) => {
      await this.findAccount(manager, accountId);
      await manager.update(Account, { id: accountId }, { role });
    });
    return this.view(accountId);
  }

  /** Admin: the account can no longer log in, and its access and refresh tokens stop working at once. */
  async setStatus(actor: Actor, accountId: string, status: AccountStatus): Promise<AccountDto> {
    requireRole(actor, Role.Admin);
    if (accountId === actor.userId && status === AccountStatus.Deactivated) {
      throw new ConflictException('You cannot deactivate your own account.');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.findAccount(manager, accountId);
      await manager.update(Account, { id: accountId }, { status });
      if (status === AccountStatus.Deactivated) await this.sessions.endAll(accountId, 'deactivated', manager);
    });
    return this.view(accountId);
  }

  async insertAccount(
    manager: EntityManager,
    role: Role,
    input: {
      email?: string | null;
      username?: string;
      displayName: string;
      preferredLanguage?: PreferredLanguage;
      phone?: string;
    },
    passwordHash: string | null,
  ): Promise<string> {
    const result = await manager.insert(Account, {
      role,
      email: input.email ?? null,
      username: input.username ?? null,
      phone: input.phone ?? null,
      displayName: input.displayName,
      preferredLanguage: input.preferredLanguage ?? PreferredLanguage.Dutch,
      passwordHash,
      status: AccountStatus.Active,
    });
    return (result.identifiers[0] as { id: string }).id;
  }

  private async findAccount(manager: EntityManager, accountId: string): Promise<Account> {
    const account = await manager.findOne(Account, { where: { id: accountId } });
    if (!account) throw new NotFoundException('There is no account here.');
    return account;
  }

  private async replaceWerkpunten(manager: EntityManager, accountId: string, werkpuntIds: string[]): Promise<void> {
    await manager.delete(WerkpuntMembership, { accountId });
    const unique = [...new Set(werkpuntIds.map((id) => id.toLowerCase()))];
    if (unique.length > 0)
      await manager.insert(
        WerkpuntMembership,
        unique.map((werkpuntId) => ({ accountId, werkpuntId })),
      );
  }
}
