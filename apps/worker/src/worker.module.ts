import { DynamicModule, Module } from '@nestjs/common';
import { ApplicationsWorkerModule } from '@werkpunt/applications';
import { IdentityWorkerModule } from '@werkpunt/identity';
import { AppConfig, loadConfig, PlatformModule, WorkerRuntimeModule } from '@werkpunt/platform';
import { SearchWorkerModule } from '@werkpunt/search';
import { VacanciesWorkerModule } from '@werkpunt/vacancies';

/** The worker: the same contexts as the api, their processors, and no HTTP server. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config),
        WorkerRuntimeModule,
        IdentityWorkerModule,
        VacanciesWorkerModule,
        ApplicationsWorkerModule,
        SearchWorkerModule,
      ],
    };
  }
}
