import { ObservabilityModule } from './observability/observability';
import { DynamicModule, Module } from '@nestjs/common';
import { ClockModule } from './clock/clock';
import { AppConfig, loadConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { QueueModule } from './queues/queue.module';

/** Config, logging, database and queue producers: what both the api and the worker stand on. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        ObservabilityModule,
        LoggingModule,
        DatabaseModule,
        QueueModule,
      ],
      exports: [ConfigModule, ClockModule, ObservabilityModule, QueueModule],
    };
  }
}
