import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Progress } from './progress';

/** Reference data is loaded on every start; demo data only when asked for. */
export type SeedKind = 'reference' | 'demo';

export interface SeedContext {
  dataSource: DataSource;
  /** seeds/data: the copied reference files with their attribution. */
  dataDir: string;
  progress: Progress;
}

/** One idempotent seeding step: running it twice leaves the same rows (fixed ids, upserts). */
export interface SeedStep {
  name: string;
  kind: SeedKind;
  run(context: SeedContext): Promise<void>;
}

export const SEED_DATA_DIR = join(__dirname, '..', 'data');
