import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '../actor/actor';
import type { AuthenticatedRequest } from './authenticated-request';

/** On a @Public route: the actor when the caller sent a valid token, else null (published data is for everyone). */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().actor ?? null,
);
