import { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ClientDirectory, ClientRef } from '@werkpunt/identity';
import { AppConfig, configureHttpApp } from '@werkpunt/platform';
import { ApiModule } from '../../apps/api/src/app.module';
import { testConfig } from './test-app';

/**
 * Job seekers' home Werkpunten live in their profiles, which arrive with the records issue; until then
 * the tests say which Werkpunt each client belongs to.
 */
export class InMemoryClientDirectory extends ClientDirectory {
  private readonly homes = new Map<string, string | null>();

  register(jobSeekerAccountId: string, homeWerkpuntId: string | null): void {
    this.homes.set(jobSeekerAccountId, homeWerkpuntId);
  }

  findClient(jobSeekerAccountId: string): Promise<ClientRef | null> {
    const home = this.homes.get(jobSeekerAccountId);
    return Promise.resolve(home === undefined ? null : { jobSeekerAccountId, homeWerkpuntId: home });
  }
}

/** The API as createTestApp builds it, with the client directory above and optional extra controllers. */
export async function createPolicyTestApp(
  clients: InMemoryClientDirectory,
  options: { extraControllers?: Type[]; config?: Partial<AppConfig> } = {},
): Promise<INestApplication> {
  const config = testConfig(options.config);
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot(config)],
    controllers: options.extraControllers ?? [],
  })
    .overrideProvider(ClientDirectory)
    .useValue(clients)
    .compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureHttpApp(app, config);
  await app.init();
  return app;
}
