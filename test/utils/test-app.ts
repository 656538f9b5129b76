import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, configureHttpApp, loadConfig } from '@werkpunt/platform';
import { ApiModule } from '../../apps/api/src/app.module';

/** Test settings: the run's database and queue prefix from the environment, quiet logs. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig(), logLevel: 'silent', ...overrides };
}

/** The API exactly as main.ts configures it, against the run's fresh, migrated and seeded database. */
export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<INestApplication> {
  const config = testConfig(overrides);
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureHttpApp(app, config);
  await app.init();
  return app;
}
