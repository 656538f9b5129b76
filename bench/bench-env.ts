// What the runner lends the benchmarks: a Nest application context (no HTTP), created on first use and shared.
// The contexts are imported only then, so a benchmark that needs no database (demo-data) does not load them.
import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import type { BenchEnv } from './benchmark';

export interface ClosableBenchEnv extends BenchEnv {
  close(): Promise<void>;
}

async function createApp(): Promise<INestApplicationContext> {
  const [{ NestFactory }, { loadConfig }, { BenchModule }] = await Promise.all([
    import('@nestjs/core'),
    import('@werkpunt/platform'),
    import('./bench-module'),
  ]);
  return NestFactory.createApplicationContext(BenchModule.forRoot(loadConfig()), {
    logger: false,
    abortOnError: false,
  });
}

export function createBenchEnv(): ClosableBenchEnv {
  let app: Promise<INestApplicationContext> | undefined;
  return {
    app() {
      app ??= createApp();
      return app;
    },
    async close() {
      if (app) await (await app).close();
    },
  };
}
