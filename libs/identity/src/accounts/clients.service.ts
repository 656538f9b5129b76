import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, RequestValidationException } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Role } from '../actor/actor';
import { ClientDirectory } from '../consent/client-directory';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblems } from '../passwords/password-rules';
import { AuditAction, AuditPurpose } from '../audit/audit-vocabulary';
import { AuditService } from '../audit/audit.service';
import { JobSeekerRefs } from '../consent/job-seeker-refs';
import { PolicyService } from '../policies/policy.service';
import { Account, AccountStatus } from './account.entity';
import { requireRole, violatesUnique, withUniqueEmail } from './account-errors';
import { AccountsService } from './accounts.service';
import {
  CLAIM_CODE_VALID_DAYS,
  formatClaimCode,
  generateClaimCode,
  hashClaimCode,
  isWellFormedClaimCode,
  normaliseClaimCode,
} from './claim-code';
import { AccountClaimCode } from './claim-code.entity';
import { AccountDto } from './dto/account.dto';
import { ClaimAccountDto, CreateClientDto, CreatedClientDto } from './dto/client.dto';
import { suggestUsername } from './username';

const CODE_NOT_VALID =
  'This code does not work: check it letter by letter, or ask your mediator for a new one (a code works 30 days, once).';

/** The mediator's own Werkpunt the client joins: the one asked for, or their only one. */
export function clientWerkpunt(actor: Actor, requested: string | undefined): string {
  if (requested !== undefined) {
    if (!actor.werkpuntIds.includes(requested)) {
      throw new RequestValidationException([
        { field: 'werkpuntId', messages: ['werkpuntId must be one of the Werkpunten you work at'] },
      ]);
    }
    return requested;
  }
  if (actor.werkpuntIds.length === 1) return actor.werkpuntIds[0];
  throw new RequestValidationException([
    {
      field: 'werkpuntId',
      messages: [
        actor.werkpuntIds.length === 0
          ? 'You work at no Werkpunt yet: ask an admin to add you to one'
          : 'werkpuntId is required: you work at several Werkpunten',
      ],
    },
  ]);
}

/** Accounts a mediator makes for clients without e-mail or phone, claimed later with a printed code. */
@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly directory: ClientDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly refs: JobSeekerRefs,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
  ) {}

  /**
   * `withinCreate` runs in the account's transaction (a cohort import writes the client's profile there), so
   * the client exists with everything or not at all.
   */
  async createClient(
    actor: Actor,
    input: CreateClientDto,
    withinCreate: (manager: EntityManager, accountId: string) => Promise<unknown> = () => Promise.resolve(),
  ): Promise<CreatedClientDto> {
    requireRole(actor, Role.Mediator);
    const homeWerkpuntId = clientWerkpunt(actor, input.werkpuntId);
    const code = generateClaimCode();
    const expiresAt = new Date(this.clock.now().getTime() + CLAIM_CODE_VALID_DAYS * 24 * 60 * 60 * 1000);
    const accountId = await this.insertWithFreeUsername(input.displayName, async (username) =>
      this.dataSource.transaction(async (manager) => {
        const id = await this.accounts.insertAccount(manager, Role.JobSeeker, { ...input, username }, null);
        await manager.update(Account, { id }, { homeWerkpuntId });
        await manager.insert(AccountClaimCode, {
          accountId: id,
          codeHash: hashClaimCode(code, this.config.auth.jwtSecret),
          createdBy: actor.userId,
          expiresAt,
        });
        // Into the Werkpunt's caseload in the same transaction, with the creating mediator responsible.
        await this.directory.enrolNewClient?.(
          { jobSeekerAccountId: id, werkpuntId: homeWerkpuntId, mediatorAccountId: actor.userId },
          manager,
        );
        await withinCreate(manager, id);
        return id;
      }),
    );
    return {
      account: await this.accounts.view(accountId),
      claimCode: formatClaimCode(code),
      claimCodeExpiresAt: expiresAt.toISOString(),
    };
  }

  /**
   * A new code for a client who lost theirs (or let it expire) before claiming the account: the old code stops
   * working. A mediator of the client's Werkpunt asks, with the client present; the audit log records it.
   */
  async reissueClaimCode(actor: Actor, accountId: string, requestId: string | null): Promise<CreatedClientDto> {
    requireRole(actor, Role.Mediator);
    const notFound = 'No such client, or not in your caseload.';
    const file = await this.refs.file(accountId);
    if (!file) throw new NotFoundException(notFound);
    this.policies.ensureCan(actor, 'update', file, notFound);
    const code = generateClaimCode();
    const expiresAt = new Date(this.clock.now().getTime() + CLAIM_CODE_VALID_DAYS * 24 * 60 * 60 * 1000);
    await this.dataSource.transaction(async (manager) => {
      const account = await manager.findOne(Account, {
        // The hash is left out of reads by default; here its presence is the question.
        select: { id: true, role: true, status: true, passwordHash: true },
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account || account.role !== Role.JobSeeker || account.status !== AccountStatus.Active) {
        throw new NotFoundException(notFound);
      }
      if (account.passwordHash) {
        throw new ConflictException(
          'This client has claimed the account already: they log in with their own password (or reset it).',
        );
      }
      await manager.delete(AccountClaimCode, { accountId });
      await manager.insert(AccountClaimCode, {
        accountId,
        codeHash: hashClaimCode(code, this.config.auth.jwtSecret),
        createdBy: actor.userId,
        expiresAt,
      });
      await this.audit.recordAccess(
        {
          actor,
          record: { jobSeekerAccountId: accountId, recordType: 'ClaimCode', recordId: accountId },
          action: AuditAction.Update,
          purpose: AuditPurpose.Caseload,
          requestId,
        },
        manager,
      );
    });
    return {
      account: await this.accounts.view(accountId),
      claimCode: formatClaimCode(code),
      claimCodeExpiresAt: expiresAt.toISOString(),
    };
  }

  /** Login names end in four random digits; on the rare clash, draw again. */
  private async insertWithFreeUsername(
    displayName: string,
    insert: (username: string) => Promise<string>,
  ): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await insert(suggestUsername(displayName));
      } catch (error) {
        if (attempt >= 5 || !violatesUnique(error, 'UQ_accounts_username')) throw error;
      }
    }
  }

  /** The client sets a password (and optionally an e-mail address); the code stops working. */
  async claim(input: ClaimAccountDto): Promise<AccountDto> {
    const code = normaliseClaimCode(input.code);
    if (!isWellFormedClaimCode(code)) throw new BadRequestException(CODE_NOT_VALID);
    const accountId = await withUniqueEmail(() =>
      this.dataSource.transaction(async (manager) => {
        const claim = await manager.findOne(AccountClaimCode, {
          where: { codeHash: hashClaimCode(code, this.config.auth.jwtSecret) },
          lock: { mode: 'pessimistic_write' },
        });
        if (!claim || claim.expiresAt.getTime() <= this.clock.now().getTime()) {
          throw new BadRequestException(CODE_NOT_VALID);
        }
        const account = await manager.findOneOrFail(Account, { where: { id: claim.accountId } });
        const problems = passwordProblems(input.password, { email: input.email, displayName: account.displayName });
        if (problems.length > 0) throw new BadRequestException(problems[0]);
        if (input.email && account.email) throw new ConflictException('This account has an e-mail address already.');
        await manager.update(
          Account,
          { id: account.id },
          { passwordHash: await this.hasher.hash(input.password), ...(input.email ? { email: input.email } : {}) },
        );
        await manager.delete(AccountClaimCode, { accountId: account.id });
        return account.id;
      }),
    );
    return this.accounts.view(accountId);
  }
}
