import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account, AccountStatus } from '../accounts/account.entity';
import { Actor } from '../actor/actor';
import { AccessTokens } from './access-tokens';
import { Session } from './session.entity';

export interface LoadedActor {
  actor: Actor;
  account: Account;
  sessionId: string;
}

/**
 * Turns an access token into the Actor, from PostgreSQL and not from the token: one indexed query
 * per request, so a role change, a removed membership, a deactivation or a logout counts at once.
 */
@Injectable()
export class ActorLoader {
  constructor(
    private readonly tokens: AccessTokens,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
  ) {}

  async fromAccessToken(token: string): Promise<LoadedActor | null> {
    const claims = await this.tokens.verify(token);
    if (!claims || !isUuid(claims.sub) || !isUuid(claims.sid)) return null;
    const account = await this.accounts
      .createQueryBuilder('account')
      .innerJoin(
        Session,
        'session',
        'session.account_id = account.id AND session.id = :sid AND session.revoked_at IS NULL',
        {
          sid: claims.sid,
        },
      )
      .leftJoinAndSelect('account.werkpuntMemberships', 'werkpunt')
      .leftJoinAndSelect('account.organisationMemberships', 'organisation')
      .where('account.id = :id', { id: claims.sub })
      .getOne();
    if (!account || account.status !== AccountStatus.Active) return null;
    return { actor: actorOf(account), account, sessionId: claims.sid };
  }
}

export function actorOf(account: Account): Actor {
  return {
    userId: account.id,
    role: account.role,
    organisationIds: (account.organisationMemberships ?? []).map((m) => m.organisationId).sort(),
    werkpuntIds: (account.werkpuntMemberships ?? []).map((m) => m.werkpuntId).sort(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value: string): boolean {
  return UUID.test(value);
}
