// `npm run reindex [-- vacancies|job_seeker_profiles|all]`: rebuilds search indexes from PostgreSQL in
// batches, with a progress bar. Safe while the api and worker run: newer synced changes are never overwritten.
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@werkpunt/platform';
import { REINDEXABLE, Reindexer, ReindexModule, ReindexTarget } from '@werkpunt/search';
import { Presets, SingleBar } from 'cli-progress';

async function main(): Promise<void> {
  const asked = process.argv[2] ?? 'all';
  const targets: ReindexTarget[] = asked === 'all' ? [...REINDEXABLE] : REINDEXABLE.filter((name) => name === asked);
  if (targets.length === 0) {
    console.error(`Unknown index "${asked}": use one of ${REINDEXABLE.join(', ')} or all.`);
    process.exit(64);
  }
  const app = await NestFactory.createApplicationContext(ReindexModule.forRoot(loadConfigOrExit()), {
    logger: ['error', 'warn'],
  });
  try {
    for (const target of targets) {
      const bar = new SingleBar(
        { format: ` ${target.padEnd(20)} [{bar}] {value}/{total} ({eta_formatted})`, hideCursor: true },
        Presets.shades_classic,
      );
      bar.start(1, 0);
      const result = await app.get(Reindexer).rebuild(target, (p) => {
        bar.setTotal(Math.max(p.total, 1));
        bar.update(p.done);
      });
      bar.stop();
      console.log(`${result.index}: ${result.indexed} documents indexed, ${result.removed} removed, ${result.ms} ms`);
    }
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
