import IORedis, { Redis, RedisOptions } from 'ioredis';
import { AppConfig } from '../config/app-config';

/**
 * 'blocking' connections serve BullMQ workers: they wait for Redis to come back.
 * 'command' connections serve producers and health checks: while Redis is down they fail at
 * once (no offline queue), so a request answers 503 instead of hanging.
 */
export type RedisConnectionRole = 'blocking' | 'command';

export function createRedisConnection(config: Pick<AppConfig, 'redis'>, role: RedisConnectionRole): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: null, // required by BullMQ
    enableOfflineQueue: role === 'blocking',
    connectionName: `werkpunt-${role}`,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  };
  const connection = new IORedis(config.redis.url, options);
  // Without a listener ioredis prints every reconnect attempt as an unhandled error event.
  connection.on('error', () => undefined);
  return connection;
}

export const REDIS_COMMAND_CONNECTION = Symbol('REDIS_COMMAND_CONNECTION');

/**
 * Gives a new connection a moment to connect, so the first requests after boot do not fail for
 * nothing. Resolves either way: with Redis down the process still starts and answers 503.
 */
export async function settleConnection(connection: Redis, timeoutMs = 3_000): Promise<void> {
  if (connection.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    timer.unref();
    connection.once('ready', done);
    function done() {
      clearTimeout(timer);
      connection.off('ready', done);
      resolve();
    }
  });
}
