import { Injectable } from '@nestjs/common';
import { AdminPageGuard, PROBLEM_CONTENT_TYPE, problemType } from '@werkpunt/platform';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Role } from '../actor/actor';
import { ActorLoader } from './actor-loader';
import { ADMIN_COOKIE } from './auth-cookies';
import { bearerToken, cookieValue } from './bearer-token';

/**
 * Guards pages mounted outside Nest's routing (the queue dashboard): an admin's access token from
 * the Authorization header or the wp_admin cookie set at admin login. Anyone else gets the 404 an
 * unknown page gets, so the page's existence is not revealed.
 */
@Injectable()
export class AdminPageMiddleware implements AdminPageGuard {
  constructor(private readonly actors: ActorLoader) {}

  middleware(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      this.isAdmin(request)
        .then((admin) => (admin ? next() : notFound(request, response)))
        .catch(next);
    };
  }

  private async isAdmin(request: Request): Promise<boolean> {
    const token = bearerToken(request.headers) ?? cookieValue(request.headers, ADMIN_COOKIE);
    if (!token) return false;
    const loaded = await this.actors.fromAccessToken(token);
    return loaded?.actor.role === Role.Admin;
  }
}

function notFound(request: Request, response: Response): void {
  const path = request.originalUrl;
  response
    .status(404)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        type: problemType('not-found'),
        title: 'Not Found',
        status: 404,
        detail: `Cannot ${request.method} ${path}`,
        instance: path,
        requestId: request.id !== undefined ? String(request.id as string | number) : undefined,
      }),
    );
}
