import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@werkpunt/platform';

/** The claims of an access token. Role and memberships are deliberately absent: they are re-read per request. */
export interface AccessTokenClaims {
  /** Account id. */
  sub: string;
  /** Session id, so logout and revocation end the token before it expires. */
  sid: string;
}

@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync({ sid: claims.sid }, { subject: claims.sub, expiresIn: this.ttlSeconds });
  }

  /** The claims of a valid, unexpired token signed by us; null for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; sid?: unknown }>(token, { algorithms: ['HS256'] });
      return typeof payload.sub === 'string' && typeof payload.sid === 'string'
        ? { sub: payload.sub, sid: payload.sid }
        : null;
    } catch {
      return null;
    }
  }
}
