import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY } from '@werkpunt/platform';
import { AuthenticatedRequest } from '../auth/authenticated-request';
import { POLICY_METADATA, RoutePolicy } from './policy.decorator';
import { PolicyService } from './policy.service';

/**
 * Global guard, after authentication: deny by default. A route passes when it is @Public() or when it
 * declares a @Policy the actor's role allows for some record of that type; the concrete record is then
 * checked in the service (PolicyService.ensureCan). A route that declares nothing answers 403 for
 * everyone, so forgetting a policy closes a route instead of opening it.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policies: PolicyService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_METADATA, targets);
    if (!policy) throw new ForbiddenException('This route declares no access policy, so nobody may use it.');

    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    // The authentication guard runs first and answers 401; this only fires if the guards were mis-ordered.
    if (!actor) throw new UnauthorizedException('Log in first.');

    if (!this.policies.canAny(actor, policy.action, policy.subjectType)) {
      throw new ForbiddenException('Your role does not give access to this.');
    }
    return true;
  }
}
