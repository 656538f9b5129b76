import { BadRequestException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { Account, AccountStatus } from '../accounts/account.entity';
import { passwordResetMail } from '../mail/identity-mails';
import { Mailer } from '../mail/mailer';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblems } from '../passwords/password-rules';
import { PasswordTokenPurpose } from './password-token.entity';
import { PasswordTokens } from './password-tokens';
import { IssuedTokens, Sessions } from './sessions';

const WRONG_CREDENTIALS = 'The e-mail address (or login name) or the password is not right.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly passwordTokens: PasswordTokens,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(login: { email?: string; username?: string }, password: string): Promise<IssuedTokens> {
    const query = this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .addSelect('account.passwordHash');
    const account = login.email
      ? await query.where('account.email = :email', { email: login.email }).getOne()
      : login.username
        ? await query.where('account.username = :username', { username: login.username }).getOne()
        : null;
    // Always verify (against a dummy hash when there is no account): equal timing, no enumeration.
    const valid = await this.hasher.verify(account?.passwordHash, password);
    if (!account || !valid) throw new UnauthorizedException(WRONG_CREDENTIALS);
    if (account.status !== AccountStatus.Active) {
      throw new UnauthorizedException('This account is deactivated. Ask your Werkpunt or the city for help.');
    }
    if (account.passwordHash && this.hasher.needsRehash(account.passwordHash)) {
      await this.dataSource
        .getRepository(Account)
        .update({ id: account.id }, { passwordHash: await this.hasher.hash(password) });
    }
    return this.sessions.start(account);
  }

  /**
   * Always resolves the same way, whether or not the address has an account; the mail goes out in
   * the background so the response time does not tell either.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const account = await this.dataSource
      .getRepository(Account)
      .findOne({ where: { email, status: AccountStatus.Active } });
    if (!account?.email) return;
    const token = await this.passwordTokens.issue(account.id, PasswordTokenPurpose.Reset);
    const link = `${this.config.publicUrl}/password-reset?token=${encodeURIComponent(token)}`;
    this.mailer.sendInBackground(
      passwordResetMail(account.email, account.preferredLanguage, link, token),
      'password reset',
    );
  }

  /** Sets the new password and ends every session of the account (a thief's included). */
  async resetPassword(rawToken: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const accountId = await this.passwordTokens.consume(manager, rawToken);
      const account = await manager.findOneOrFail(Account, { where: { id: accountId } });
      const problems = passwordProblems(password, account);
      if (problems.length > 0) throw new BadRequestException(problems[0]);
      await manager.update(Account, { id: accountId }, { passwordHash: await this.hasher.hash(password) });
      await this.sessions.endAll(accountId, 'password-reset', manager);
    });
  }
}
