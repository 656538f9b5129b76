import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@werkpunt/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Account, AccountStatus } from '../accounts/account.entity';
import { AccessTokens } from './access-tokens';
import { decideRefresh } from './refresh-rotation';
import { RefreshToken } from './refresh-token.entity';
import { generateSecretToken, hashSecretToken } from './secret-token';
import { Session } from './session.entity';

export interface IssuedTokens {
  accessToken: string;
  accessTokenTtlSeconds: number;
  refreshToken: string;
  refreshTokenTtlMs: number;
  account: Account;
}

export type RevocationReason = 'logout' | 'refresh-token-reuse' | 'password-reset' | 'deactivated';

const SESSION_ENDED = 'Your session has ended. Log in again.';

/** Sessions and their rotating refresh tokens (one family per login). */
@Injectable()
export class Sessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for a just-authenticated account. */
  async start(account: Account): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(manager.create(Session, { accountId: account.id }));
      await manager.update(Account, { id: account.id }, { lastActiveAt: this.clock.now() });
      return this.issue(manager, account, session.id);
    });
  }

  /**
   * Exchanges a refresh token for a new pair. A token presented a second time revokes its whole
   * session (both the thief's and the owner's copies stop working) and answers 401.
   */
  async rotate(rawToken: string | undefined): Promise<IssuedTokens> {
    if (!rawToken) throw new UnauthorizedException('There is no refresh token: log in again.');
    const token = await this.dataSource
      .getRepository(RefreshToken)
      .createQueryBuilder('token')
      .innerJoinAndSelect('token.session', 'session')
      .innerJoinAndSelect('session.account', 'account')
      .where('token.token_hash = :hash', { hash: hashSecretToken(rawToken) })
      .getOne();
    const session = token?.session;
    const account = session?.account;
    if (!token || !session || !account) throw new UnauthorizedException(SESSION_ENDED);

    const decision = decideRefresh(
      {
        expiresAt: token.expiresAt,
        usedAt: token.usedAt,
        sessionRevokedAt: session.revokedAt,
        accountActive: account.status === AccountStatus.Active,
      },
      this.clock.now(),
    );
    if (decision.kind === 'refuse') throw new UnauthorizedException(SESSION_ENDED);
    if (decision.kind === 'reuse') return this.refuseReuse(session.id);

    const issued = await this.dataSource.transaction(async (manager) => {
      // Conditional: of two concurrent refreshes with one token, exactly one wins; the other is reuse.
      const claimed = await manager.update(
        RefreshToken,
        { id: token.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (!claimed.affected) return null;
      await manager.update(Account, { id: account.id }, { lastActiveAt: this.clock.now() });
      return this.issue(manager, account, session.id);
    });
    return issued ?? this.refuseReuse(session.id);
  }

  /** Ends the session a refresh token belongs to; unknown tokens are ignored (logout always succeeds). */
  async endByRefreshToken(rawToken: string): Promise<void> {
    const token = await this.dataSource
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash: hashSecretToken(rawToken) } });
    if (token) await this.revoke(this.dataSource.manager, { id: token.sessionId }, 'logout');
  }

  async end(sessionId: string, reason: RevocationReason): Promise<void> {
    await this.revoke(this.dataSource.manager, { id: sessionId }, reason);
  }

  /** Every live session of the account, in the caller's transaction when given. */
  async endAll(accountId: string, reason: RevocationReason, manager: EntityManager = this.dataSource.manager) {
    await this.revoke(manager, { accountId }, reason);
  }

  private async refuseReuse(sessionId: string): Promise<never> {
    await this.end(sessionId, 'refresh-token-reuse');
    throw new UnauthorizedException('This refresh token was already used, so the session was ended. Log in again.');
  }

  private async revoke(
    manager: EntityManager,
    where: { id: string } | { accountId: string },
    reason: RevocationReason,
  ): Promise<void> {
    await manager.update(
      Session,
      { ...where, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: reason },
    );
  }

  private async issue(manager: EntityManager, account: Account, sessionId: string): Promise<IssuedTokens> {
    const refreshToken = generateSecretToken();
    const refreshTokenTtlMs = this.config.auth.refreshTokenTtlDays * 24 * 60 * 60 * 1000;
    await manager.insert(RefreshToken, {
      sessionId,
      tokenHash: hashSecretToken(refreshToken),
      expiresAt: new Date(this.clock.now().getTime() + refreshTokenTtlMs),
    });
    return {
      accessToken: await this.accessTokens.sign({ sub: account.id, sid: sessionId }),
      accessTokenTtlSeconds: this.accessTokens.ttlSeconds,
      refreshToken,
      refreshTokenTtlMs,
      account,
    };
  }
}
