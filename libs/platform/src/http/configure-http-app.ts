import { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { createValidationPipe } from '../errors/validation';
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
  if (config.bullBoardEnabled) mountBullBoard(app);
  return app;
}
