// The modules the benchmarks take their services from: the platform (config, database, queue producers) plus the
// contexts under test, as apps/api wires them. Loaded only when a benchmark asks for the application context.
import { DynamicModule, Module } from '@nestjs/common';
import { GeoModule } from '@werkpunt/geo';
import { IdentityModule } from '@werkpunt/identity';
import { AppConfig, PlatformModule } from '@werkpunt/platform';
import { TaxonomyModule } from '@werkpunt/taxonomy';

@Module({})
export class BenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: BenchModule,
      imports: [PlatformModule.forRoot(config), GeoModule, TaxonomyModule, IdentityModule],
    };
  }
}
