import { DynamicModule, Module } from '@nestjs/common';
import { ApplicationsModule } from '@werkpunt/applications';
import { EmployersModule } from '@werkpunt/employers';
import { GeoModule } from '@werkpunt/geo';
import { IdentityModule } from '@werkpunt/identity';
import { InsightsModule } from '@werkpunt/insights';
import { JobseekersModule } from '@werkpunt/jobseekers';
import { MediationModule } from '@werkpunt/mediation';
import { AppConfig, HealthModule, loadConfig, PlatformModule } from '@werkpunt/platform';
import { SearchModule } from '@werkpunt/search';
import { TaxonomyModule } from '@werkpunt/taxonomy';
import { VacanciesModule } from '@werkpunt/vacancies';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(config),
        IdentityModule,
        HealthModule,
        GeoModule,
        TaxonomyModule,
        MediationModule,
        EmployersModule,
        JobseekersModule,
        VacanciesModule,
        ApplicationsModule,
        SearchModule,
        InsightsModule,
      ],
    };
  }
}
