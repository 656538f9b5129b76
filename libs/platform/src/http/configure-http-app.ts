import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express, NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
  mountWebApp(app);
  if (config.bullBoardEnabled) {
    // Throws when no module provides the guard: an open dashboard is worse than none.
    mountBullBoard(app, app.get<symbol, AdminPageGuard>(ADMIN_PAGE_GUARD).middleware());
  }
  return app;
}

/** Where `npm run build` puts the web app (apps/web); processes run from the repository root. */
const WEB_APP_DIR = join(process.cwd(), 'dist', 'web');

/** Paths the API owns: never answered with the web app, so unknown ones stay 404 problem+json. */
const API_PATHS = /^\/(api|health|metrics|admin)(\/|$)/;

/** No inline script or style, nothing from other origins: the built app needs neither. */
const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built web app at `/`: its hashed assets for a year, and index.html for any other page a
 * browser asks for (the app routes on the client). Skipped when the app was not built, as in API-only tests.
 */
function mountWebApp(app: INestApplication): void {
  const indexHtml = join(WEB_APP_DIR, 'index.html');
  if (!existsSync(indexHtml)) return;
  const express = app as NestExpressApplication;
  express.useStaticAssets(join(WEB_APP_DIR, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '1y' });
  express.use((req: Request, res: Response, next: NextFunction) => {
    // Only page loads: API clients and curl (no text/html in Accept) keep getting problem+json.
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage || API_PATHS.test(req.path)) return next();
    res.setHeader('Content-Security-Policy', WEB_APP_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
