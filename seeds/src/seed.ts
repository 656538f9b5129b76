// Seeds reference data (always) and demo data (with --demo). Idempotent: safe to run on every start.
import 'reflect-metadata';
import dataSource from '../../libs/platform/src/database/data-source.cli';
import { createProgress } from './progress';
import { SEED_DATA_DIR, SeedKind } from './seed-step';
import { SEED_STEPS } from './steps';

async function main(): Promise<void> {
  const kinds: SeedKind[] = process.argv.includes('--demo') ? ['reference', 'demo'] : ['reference'];
  const started = Date.now();
  await dataSource.initialize();
  try {
    const progress = createProgress();
    const steps = SEED_STEPS.filter((s) => kinds.includes(s.kind));
    for (const step of steps) {
      await step.run({ dataSource, dataDir: SEED_DATA_DIR, progress });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Seeded ${steps.map((s) => s.name).join(', ')} in ${seconds} s\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
