import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@werkpunt/platform';
import { DataSource, IsNull } from 'typeorm';
import { Actor, Role } from '../actor/actor';
import { isUsableOneTimeToken } from '../auth/refresh-rotation';
import { generateSecretToken, hashSecretToken } from '../auth/secret-token';
import { recruiterInvitationMail } from '../mail/identity-mails';
import { Mailer } from '../mail/mailer';
import { PasswordHasher } from '../passwords/password-hasher';
import { Account } from './account.entity';
import { withUniqueEmail } from './account-errors';
import { AccountsService } from './accounts.service';
import { AccountDto } from './dto/account.dto';
import { AcceptInvitationDto, InvitationDto, RecruiterDto } from './dto/invitation.dto';
import { OrganisationMembership, OrganisationRole } from './organisation-membership.entity';
import { RecruiterInvitation } from './recruiter-invitation.entity';

const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/** The owner of an employer organisation invites and removes recruiters. */
@Injectable()
export class RecruitersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(actor: Actor, organisationId: string, email: string): Promise<InvitationDto> {
    await this.requireOwner(actor, organisationId);
    const token = generateSecretToken();
    const invitation = await this.dataSource.getRepository(RecruiterInvitation).save({
      organisationId,
      email,
      tokenHash: hashSecretToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(this.clock.now().getTime() + INVITATION_VALID_MS),
      acceptedAt: null,
    });
    const inviter = await this.dataSource.getRepository(Account).findOneByOrFail({ id: actor.userId });
    const link = `${this.config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
    await this.mailer.send(recruiterInvitationMail(email, inviter.displayName, link, token));
    return { id: invitation.id, email, expiresAt: invitation.expiresAt.toISOString() };
  }

  /** Creates the recruiter's account with the invited address; the invitation works once. */
  async accept(input: AcceptInvitationDto): Promise<AccountDto> {
    const accountId = await withUniqueEmail(() =>
      this.dataSource.transaction(async (manager) => {
        const invitation = await manager.findOne(RecruiterInvitation, {
          where: { tokenHash: hashSecretToken(input.token) },
          lock: { mode: 'pessimistic_write' },
        });
        if (
          !invitation ||
          !isUsableOneTimeToken({ expiresAt: invitation.expiresAt, usedAt: invitation.acceptedAt }, this.clock.now())
        ) {
          throw new BadRequestException('This invitation no longer works. Ask for a new one.');
        }
        const id = await this.accounts.insertAccount(
          manager,
          Role.Recruiter,
          { ...input, email: invitation.email },
          await this.hasher.hash(input.password),
        );
        await manager.insert(OrganisationMembership, {
          accountId: id,
          organisationId: invitation.organisationId,
          role: OrganisationRole.Recruiter,
        });
        await manager.update(
          RecruiterInvitation,
          { id: invitation.id, acceptedAt: IsNull() },
          { acceptedAt: this.clock.now() },
        );
        return id;
      }),
    );
    return this.accounts.view(accountId);
  }

  /** Who recruits for the organisation, the owner first, then in the order they joined: whom the owner may remove. */
  async list(actor: Actor, organisationId: string): Promise<RecruiterDto[]> {
    await this.requireOwner(actor, organisationId);
    const memberships = await this.dataSource.getRepository(OrganisationMembership).find({
      where: { organisationId },
      relations: { account: true },
      order: { createdAt: 'ASC' },
    });
    return memberships
      .filter((membership) => membership.account)
      .sort((a, b) => Number(b.role === OrganisationRole.Owner) - Number(a.role === OrganisationRole.Owner))
      .map((membership) => ({
        accountId: membership.accountId,
        displayName: membership.account!.displayName,
        email: membership.account!.email,
        role: membership.role,
        since: membership.createdAt.toISOString(),
      }));
  }

  /** The recruiter loses access to the organisation on their very next request. */
  async remove(actor: Actor, organisationId: string, accountId: string): Promise<void> {
    await this.requireOwner(actor, organisationId);
    const membership = await this.dataSource
      .getRepository(OrganisationMembership)
      .findOne({ where: { organisationId, accountId } });
    if (!membership) throw new NotFoundException('This person does not recruit for your organisation.');
    if (membership.role === OrganisationRole.Owner) throw new ConflictException('The owner cannot be removed.');
    await this.dataSource.getRepository(OrganisationMembership).delete({ organisationId, accountId });
  }

  /** Outsiders learn nothing: a foreign organisation looks like no organisation (404). */
  private async requireOwner(actor: Actor, organisationId: string): Promise<void> {
    const owner = await this.dataSource.getRepository(OrganisationMembership).exists({
      where: { organisationId, accountId: actor.userId, role: OrganisationRole.Owner },
    });
    if (!owner || actor.role !== Role.Recruiter) throw new NotFoundException('There is no organisation here.');
  }
}
