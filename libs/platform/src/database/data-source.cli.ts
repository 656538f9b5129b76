// CLI-only data source for `npm run migration:*`. The apps use DatabaseModule instead.
import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/app-config';
import { baseDataSourceOptions } from './typeorm-options';

const root = join(__dirname, '..', '..', '..', '..');

export default new DataSource({
  ...baseDataSourceOptions(loadConfigOrExit()),
  entities: [join(root, 'libs', '*', 'src', '**', '*.entity.{ts,js}')],
});
