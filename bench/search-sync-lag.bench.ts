// Sync lag (issue #5): with the real worker running as its own process (apps/worker: the outbox LISTEN, the BullMQ
// search queue, SearchSync), a vacancy changed through VacancyStore (row + outbox event in one transaction) must be
// searchable within 1 s (p95) of the commit. Each iteration renames one vacancy and polls the engine until the new
// title is in its document. Baseline: the same change followed by SearchSync.run() in this process (no
// notification, no queue): what the sync itself costs. The worker runs from source (ts-node) unless
// SEARCH_BENCH_WORKER=dist (then dist/apps/worker/…/main.js from `npm run build`).
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Clock, OutboxWriter } from '@werkpunt/platform';
import { IndexSources, SEARCH_ENGINE, SearchEngine, SearchSync, VACANCY_INDEX } from '@werkpunt/search';
import { VacancyStore } from '@werkpunt/vacancies';
import { defineBenchmark } from './benchmark';
import { searchBenchData, SearchBenchData } from './search-data';

const ROOT = join(__dirname, '..');
const POLL_MS = 5;
const GIVE_UP_MS = 15_000;
const WORKER_START_MS = 90_000;
const CHANGED = 40;
const WARMUP = 3;

interface Context {
  data: SearchBenchData;
  worker: ChildProcess;
  workerOutput: string[];
  store: VacancyStore;
  engine: SearchEngine;
  sync: SearchSync;
  /** commit → searchable, per case, without the commit itself. */
  lags: { subject: number[]; baseline: number[] };
  counter: number;
}

function startWorker(): { child: ChildProcess; output: string[]; started: Promise<void> } {
  const useDist = process.env.SEARCH_BENCH_WORKER === 'dist';
  const args = useDist
    ? [join(ROOT, 'dist/apps/worker/apps/worker/src/main.js')]
    : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/worker/src/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`worker not started after ${WORKER_START_MS} ms`)),
      WORKER_START_MS,
    );
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output.push(text);
      if (output.length > 50) output.shift();
      if (text.includes('Werkpunt worker started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}: ${output.join('').slice(-2000)}`));
    });
  });
  return { child, output, started };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function rename(context: Context, id: string): Promise<{ title: string; committedAt: number }> {
  const title = `Benchmark sync ${process.pid}-${++context.counter}`;
  await context.store.change(id, (vacancy) => {
    vacancy.title = title;
  });
  return { title, committedAt: performance.now() };
}

async function searchable(context: Context, id: string, title: string): Promise<void> {
  await waitUntil(
    async () => (await context.engine.get(VACANCY_INDEX, id))?.fields.title === title,
    GIVE_UP_MS,
    `vacancy ${id} to be searchable as "${title}"`,
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const searchSyncLag = defineBenchmark<Context, string>({
  name: 'search-sync-lag',
  description: 'vacancy change committed → searchable, real worker process vs SearchSync.run() in process',
  target: { metric: 'p95', atMost: 1_000 },
  limits: { warmup: WARMUP, min: 30, max: 80, maxTimeMs: 20_000 },

  async setup() {
    const data = await searchBenchData();
    const { child, output, started } = startWorker();
    try {
      await started;
    } catch (error) {
      child.kill('SIGTERM');
      throw error;
    }
    const app = data.app;
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    const dataSource = app.get(DataSource);
    const context: Context = {
      data,
      worker: child,
      workerOutput: output,
      store: new VacancyStore(dataSource, app.get(OutboxWriter, { strict: false })),
      engine,
      sync: new SearchSync(
        dataSource,
        engine,
        app.get(IndexSources, { strict: false }),
        app.get(Clock, { strict: false }),
      ),
      lags: { subject: [], baseline: [] },
      counter: 0,
    };
    // The worker catches up with whatever is in the outbox before the measurements start.
    await waitUntil(
      async () => {
        const [row] = (await dataSource.query(
          `SELECT coalesce((SELECT last_event_id FROM search_sync_cursors WHERE name = 'search'), 0)
                  >= coalesce((SELECT max(id) FROM outbox_events), 0) AS done`,
        )) as { done: boolean }[];
        return row.done;
      },
      60_000,
      'the worker to drain the outbox',
    );
    return context;
  },

  inputs: (context) => context.data.vacancies.slice(0, CHANGED).map((v) => v.id),
  describeInput: (id) => id.slice(0, 8),

  subject: {
    label: 'VacancyStore.change → worker (NOTIFY → queue → SearchSync) → engine.get shows it',
    async run(context, id) {
      const { title, committedAt } = await rename(context, id);
      await searchable(context, id, title);
      context.lags.subject.push(performance.now() - committedAt);
    },
  },
  baseline: {
    label: 'VacancyStore.change → SearchSync.run() here → engine.get shows it',
    async run(context, id) {
      const { title, committedAt } = await rename(context, id);
      await context.sync.run();
      await searchable(context, id, title);
      context.lags.baseline.push(performance.now() - committedAt);
    },
  },

  notes(context) {
    // The first WARMUP iterations of each case are the runner's warm-up.
    const describe = (all: number[]) => {
      const values = all.slice(WARMUP);
      return `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (${values.length} changes)`;
    };
    return [
      `commit → searchable alone (the times above include the change's own transaction): worker ${describe(context.lags.subject)}; ` +
        `in-process sync ${describe(context.lags.baseline)}`,
      `worker: ${process.env.SEARCH_BENCH_WORKER === 'dist' ? 'dist build' : 'apps/worker/src/main.ts via ts-node'}, ` +
        `polling the engine every ${POLL_MS} ms`,
    ];
  },

  async teardown(context) {
    const exited = new Promise((resolve) => context.worker.once('exit', resolve));
    context.worker.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (context.worker.exitCode === null) context.worker.kill('SIGKILL');
  },
});
