import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY } from '@werkpunt/platform';
import type { Response } from 'express';
import { ActorLoader } from './actor-loader';
import { AuthenticatedRequest } from './authenticated-request';
import { bearerToken } from './bearer-token';

/**
 * Global guard: every route needs a valid access token of an active account and a live session,
 * unless it is marked @Public(). Puts the Actor on the request for the policy layer.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);

    const token = bearerToken(request.headers);
    const loaded = token ? await this.actors.fromAccessToken(token) : null;
    if (loaded) {
      request.actor = loaded.actor;
      request.account = loaded.account;
      request.sessionId = loaded.sessionId;
    }
    if (isPublic || loaded) return true;

    context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
    throw new UnauthorizedException(
      token
        ? 'Your session has ended or your access token is no longer valid. Log in again.'
        : 'Log in first: this needs an access token (Authorization: Bearer).',
    );
  }
}
