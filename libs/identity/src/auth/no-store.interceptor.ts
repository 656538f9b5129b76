import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SetMetadata } from '@nestjs/common';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { AuthenticatedRequest } from './authenticated-request';

export const NO_STORE_KEY = 'werkpunt:no-store';

/** Marks public routes whose answers hold personal data (registration, login, claim). */
export const NoStore = () => SetMetadata(NO_STORE_KEY, true);

/**
 * `Cache-Control: no-store` on every answer to an authenticated request and on @NoStore routes,
 * so no browser or proxy keeps personal data. Public reference data stays cacheable.
 */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
      const marked = this.reflector.getAllAndOverride<boolean>(NO_STORE_KEY, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (request.actor || marked)
        context.switchToHttp().getResponse<Response>().setHeader('Cache-Control', 'no-store');
    }
    return next.handle();
  }
}
