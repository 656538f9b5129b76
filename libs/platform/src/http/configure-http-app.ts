import { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { createValidationPipe } from '../errors/validation';
import { ADMIN_PAGE_GUARD, AdminPageGuard } from './admin-page-guard';
import { mountBullBoard } from './bull-board';
import { mountOpenApi } from './openapi';

/** Everything an HTTP app needs beyond its modules; shared by main.ts and the e2e tests. */
export function configureHttpApp(app: INestApplication, config: AppConfig): INestApplication {
  app.useLogger(app.get(Logger));
  (app.getHttpAdapter().getInstance() as Express).disable('x-powered-by');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  mountOpenApi(app, config);
  if (config.bullBoardEnabled) {
    // Throws when no module provides the guard: an open dashboard is worse than none.
    mountBullBoard(app, app.get<symbol, AdminPageGuard>(ADMIN_PAGE_GUARD).middleware());
  }
  return app;
}
