import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** Where committed migrations live; both data sources load them from here. */
export const MIGRATIONS_GLOB = join(__dirname, 'migrations', '*.{ts,js}');

/** Options shared by the apps' data source and the CLI-only one. */
export function baseDataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    synchronize: false,
    migrationsRun: false,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    // Fail fast while PostgreSQL is unreachable so requests answer 503 instead of hanging.
    extra: { max: config.database.poolSize, connectionTimeoutMillis: 3000 },
  };
}
