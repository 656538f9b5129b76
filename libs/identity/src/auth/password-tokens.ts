import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { isUsableOneTimeToken } from './refresh-rotation';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { generateSecretToken, hashSecretToken } from './secret-token';

const VALIDITY_MS: Record<PasswordTokenPurpose, number> = {
  [PasswordTokenPurpose.Reset]: 30 * 60 * 1000,
  [PasswordTokenPurpose.Activation]: 7 * 24 * 60 * 60 * 1000,
};

/** Single-use tokens that set a password: "forgot my password" and a new mediator's first password. */
@Injectable()
export class PasswordTokens {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Returns the token for the e-mail; only its hash is kept. */
  async issue(
    accountId: string,
    purpose: PasswordTokenPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const token = generateSecretToken();
    await manager.insert(PasswordToken, {
      accountId,
      purpose,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(this.clock.now().getTime() + VALIDITY_MS[purpose]),
    });
    return token;
  }

  /** Marks the token used inside the caller's transaction and returns its account; 400 when it no longer works. */
  async consume(manager: EntityManager, rawToken: string): Promise<string> {
    const now = this.clock.now();
    const token = await manager.findOne(PasswordToken, { where: { tokenHash: hashSecretToken(rawToken) } });
    if (!token || !isUsableOneTimeToken(token, now)) throw invalidToken();
    const claimed = await manager.update(PasswordToken, { id: token.id, usedAt: IsNull() }, { usedAt: now });
    if (!claimed.affected) throw invalidToken();
    return token.accountId;
  }
}

function invalidToken(): BadRequestException {
  return new BadRequestException(
    'This link or code no longer works: it was used already or is older than allowed. Ask for a new one.',
  );
}
