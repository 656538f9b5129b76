import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue.service';
import { createRedisConnection, REDIS_COMMAND_CONNECTION, settleConnection } from './redis-connection';

@Global()
@Module({
  providers: [
    {
      provide: REDIS_COMMAND_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const connection = createRedisConnection(config, 'command');
        await settleConnection(connection);
        return connection;
      },
    },
    JobQueue,
  ],
  exports: [REDIS_COMMAND_CONNECTION, JobQueue],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_COMMAND_CONNECTION) private readonly connection: Redis) {}

  onApplicationShutdown(): void {
    this.connection.disconnect();
  }
}
