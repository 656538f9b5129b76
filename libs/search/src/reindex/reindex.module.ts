import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule } from '@werkpunt/platform';
import { SearchModule } from '../search.module';
import { Reindexer } from './reindexer';

/** Just enough of the platform to rebuild indexes from a shell (`npm run reindex`). */
@Module({})
export class ReindexModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ReindexModule,
      imports: [PlatformModule.forRoot(config), SearchModule],
      providers: [Reindexer],
      exports: [Reindexer],
    };
  }
}
