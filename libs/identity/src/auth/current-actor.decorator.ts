import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Account } from '../accounts/account.entity';
import { Actor } from '../actor/actor';
import { AuthenticatedRequest } from './authenticated-request';

/** The authenticated Actor of the request (only on routes that are not @Public). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  // Unreachable behind AuthenticationGuard; guards against a @Public route asking for an actor.
  if (!actor) throw new UnauthorizedException('Log in first.');
  return actor;
});

/** The account row the actor was built from, already loaded by the guard for this request. */
export const CurrentAccount = createParamDecorator((_data: unknown, context: ExecutionContext): Account => {
  const account = context.switchToHttp().getRequest<AuthenticatedRequest>().account;
  if (!account) throw new UnauthorizedException('Log in first.');
  return account;
});
