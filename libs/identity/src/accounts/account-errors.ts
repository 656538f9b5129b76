import { ConflictException, ForbiddenException } from '@nestjs/common';
import { PG_UNIQUE_VIOLATION, violatesConstraint } from '@werkpunt/platform';
import { Actor, Role } from '../actor/actor';

/** Route-level role check for identity's own routes (record-level checks answer 404 instead). */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw new ForbiddenException('Your role may not do this.');
}

/** Whether the error is a violation of this unique index. */
export function violatesUnique(error: unknown, index: string): boolean {
  return violatesConstraint(error, PG_UNIQUE_VIOLATION, index);
}

/** The unique index on accounts.email turned into a 409 the person can act on. */
export async function withUniqueEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (violatesUnique(error, 'UQ_accounts_email')) {
      throw new ConflictException('An account with this e-mail address exists already. Log in, or reset the password.');
    }
    throw error;
  }
}
