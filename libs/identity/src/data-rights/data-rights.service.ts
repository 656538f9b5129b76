import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequestValidationException } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Actor, Role } from '../actor/actor';
import { AuditPurpose } from '../audit/audit-vocabulary';
import { ClientDirectory } from '../consent/client-directory';
import { PasswordHasher } from '../passwords/password-hasher';
import { PolicyService } from '../policies/policy.service';
import { subjectRef } from '../policies/subjects';
import { ErasedAccountDto } from './data-rights.dto';
import { ErasureService } from './erasure.service';
import { AdminErasureReason, ErasureReason } from './erasure-vocabulary';

const NOT_A_CLIENT = 'There is no client with this id in your caseload.';

/** Who may erase which account: the person, their mediator with them present, or an admin. */
@Injectable()
export class DataRightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly erasure: ErasureService,
    private readonly hasher: PasswordHasher,
    private readonly clients: ClientDirectory,
    private readonly policies: PolicyService,
  ) {}

  /** Job seekers and recruiters erase their own account, confirming with their password. */
  async eraseOwn(actor: Actor, password: string, requestId: string | null): Promise<ErasedAccountDto> {
    if (actor.role !== Role.JobSeeker && actor.role !== Role.Recruiter) {
      throw new ForbiddenException('Staff accounts are erased by a city admin.');
    }
    const account = await this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash')
      .where('account.id = :id', { id: actor.userId })
      .getOne();
    if (!account) throw new NotFoundException('There is no account here.');
    if (!account.passwordHash) {
      throw new ConflictException('This account has no password: ask your mediator to erase it with you present.');
    }
    if (!(await this.hasher.verify(account.passwordHash, password))) {
      throw new RequestValidationException([
        { field: 'password', messages: ['password is not your current password'] },
      ]);
    }
    return this.run(actor.userId, ErasureReason.OwnRequest, actor, AuditPurpose.DataRights, requestId);
  }

  /** A mediator of the client's own Werkpunt, with the client at the desk (clientPresent checked by the DTO). */
  async eraseClient(actor: Actor, accountId: string, requestId: string | null): Promise<ErasedAccountDto> {
    const client = await this.clients.findClient(accountId);
    if (!client) throw new NotFoundException(NOT_A_CLIENT);
    // Only the home Werkpunt: a Werkpunt the client shared their file with may not erase it.
    const file = subjectRef('JobSeekerFile', {
      jobSeekerAccountId: accountId,
      werkpuntId: client.homeWerkpuntId,
      sharedWithWerkpuntIds: [],
    });
    this.policies.ensureCan(actor, 'delete', file, NOT_A_CLIENT);
    if (actor.role !== Role.Mediator) {
      throw new ForbiddenException('Only a mediator of the client’s Werkpunt erases a client’s account.');
    }
    return this.run(accountId, ErasureReason.ClientRequestAtWerkpunt, actor, AuditPurpose.DataRights, requestId);
  }

  async eraseAsAdmin(
    actor: Actor,
    accountId: string,
    reason: AdminErasureReason,
    requestId: string | null,
  ): Promise<ErasedAccountDto> {
    if (actor.role !== Role.Admin) throw new ForbiddenException('Only city admins may do this.');
    if (accountId === actor.userId) throw new ConflictException('You cannot erase your own account.');
    return this.run(accountId, reason, actor, AuditPurpose.AdminSupport, requestId);
  }

  private async run(
    accountId: string,
    reason: ErasureReason,
    requestedBy: Actor,
    purpose: AuditPurpose,
    requestId: string | null,
  ): Promise<ErasedAccountDto> {
    const { erasedAt } = await this.erasure.erase({ accountId, reason, requestedBy, purpose, requestId });
    return { accountId, erasedAt: erasedAt.toISOString() };
  }
}
