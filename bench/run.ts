// Runs every benchmark exported by bench/*.bench.ts (or those whose name contains an argument): warm-up, then
// measured iterations bounded in count and time, subject and baseline on the same inputs. Prints a table per
// benchmark and a summary, writes bench/results/latest.json, and exits 1 when a target is missed.
// Usage: npm run bench [-- name-filter ...]   (scripts/bench.sh prepares a fresh database first)
import 'reflect-metadata';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ClosableBenchEnv, createBenchEnv } from './bench-env';
import {
  BenchCase,
  Benchmark,
  CaseFigures,
  DEFAULT_LIMITS,
  describeTarget,
  isBenchmark,
  IterationLimits,
  meetsTarget,
  Metric,
} from './benchmark';

const RESULTS_FILE = join(__dirname, 'results', 'latest.json');
const MB = 1024 * 1024;
const SLOWEST_INPUTS_SHOWN = 3;

// A full GC before each heap reading, so heap Δ is what stays reachable, not garbage awaiting collection.
// scripts/bench.sh passes --expose-gc; run directly, the flag is set here.
const collectGarbage: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** `_held` stays reachable during the reading: the result whose size heap Δ should include. */
function usedHeap(_held?: unknown): number {
  collectGarbage();
  collectGarbage();
  return getHeapStatistics().used_heap_size;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

interface CaseResult extends CaseFigures {
  label: string;
  warmup: number;
  totalMs: number;
  /** Mean time of the inputs this case was slowest on (only when the benchmark can name its inputs). */
  slowestInputs?: { input: string; meanMs: number }[];
}

interface BenchmarkResult {
  name: string;
  description: string;
  target: string;
  targetMetric?: Metric;
  passed: boolean;
  subject?: CaseResult;
  baseline?: CaseResult;
  /** baseline ÷ subject: above 1 means the subject is faster. */
  speedUp?: { p50: number; p95: number };
  notes: string[];
  error?: string;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function measure<C, I>(
  benchCase: BenchCase<C, I>,
  context: C,
  inputs: readonly I[],
  limits: IterationLimits,
  describeInput?: (input: I) => string,
): Promise<CaseResult> {
  for (let i = 0; i < limits.warmup; i++) {
    const result = benchCase.run(context, inputs[i % inputs.length]);
    if (isPromiseLike(result)) await result;
  }
  const durations = new Float64Array(limits.max);
  let last: unknown;
  let count = 0;
  const heapBefore = usedHeap();
  const deadline = process.hrtime.bigint() + BigInt(limits.maxTimeMs) * 1_000_000n;
  while (count < limits.max) {
    const input = inputs[count % inputs.length];
    const t0 = process.hrtime.bigint();
    const result = benchCase.run(context, input);
    last = isPromiseLike(result) ? await result : result;
    const t1 = process.hrtime.bigint();
    durations[count++] = Number(t1 - t0) / 1e6;
    if (count >= limits.min && t1 >= deadline) break;
  }
  const heapAfter = usedHeap(last);

  const measured = durations.subarray(0, count);
  const totalMs = measured.reduce((sum, ms) => sum + ms, 0);
  const sorted = Float64Array.from(measured).sort();
  return {
    label: benchCase.label,
    warmup: limits.warmup,
    iterations: count,
    totalMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
    mean: totalMs / count,
    opsPerSec: (count / totalMs) * 1000,
    heapDeltaMb: (heapAfter - heapBefore) / MB,
    slowestInputs: describeInput && slowestInputs(measured, inputs, describeInput),
  };
}

function slowestInputs<I>(durations: Float64Array, inputs: readonly I[], describe: (input: I) => string) {
  const total = new Float64Array(inputs.length);
  const runs = new Uint32Array(inputs.length);
  durations.forEach((ms, i) => {
    total[i % inputs.length] += ms;
    runs[i % inputs.length]++;
  });
  return inputs
    .map((input, i) => ({ input: describe(input), meanMs: runs[i] ? total[i] / runs[i] : 0 }))
    .sort((a, b) => b.meanMs - a.meanMs)
    .slice(0, SLOWEST_INPUTS_SHOWN);
}

// ---- formatting --------------------------------------------------------------------------------------------------

type TimeUnit = 'ms' | 'µs';

function digits(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function time(valueMs: number, unit: TimeUnit): string {
  return digits(unit === 'µs' ? valueMs * 1000 : valueMs);
}

/** Microseconds when the faster case takes less than a tenth of a millisecond. */
function timeUnitFor(...cases: (CaseFigures | undefined)[]): TimeUnit {
  return Math.min(...cases.map((c) => c?.p50 ?? Infinity)) < 0.1 ? 'µs' : 'ms';
}

function whole(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

function megabytes(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}

function ratio(value: number): string {
  return `×${value >= 10 ? value.toFixed(0) : value.toFixed(2)}`;
}

function withUnit(metric: Metric, figures: CaseFigures, unit: TimeUnit): string {
  if (metric === 'opsPerSec') return `${whole(figures.opsPerSec)} ops/s`;
  if (metric === 'heapDeltaMb') return `${megabytes(figures.heapDeltaMb)} MB`;
  return `${time(figures[metric], unit)} ${unit}`;
}

function table(rows: string[][], alignLeft: number[]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (alignLeft.includes(column) ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd(),
  );
}

const tty = process.stdout.isTTY;
const bold = (text: string) => (tty ? `\x1b[1m${text}\x1b[0m` : text);
const verdict = (result: BenchmarkResult) => {
  const word = result.error ? 'ERROR' : result.passed ? 'PASS' : 'FAIL';
  return tty ? `\x1b[${result.passed ? 32 : 31}m${word}\x1b[0m` : word;
};

function printResult(result: BenchmarkResult): void {
  const out: string[] = ['', bold(`${result.name} — ${result.description}`)];
  const { subject, baseline } = result;
  const unit = timeUnitFor(subject, baseline);
  if (subject && baseline) {
    const header = ['case', 'runs', `p50 ${unit}`, `p95 ${unit}`, `max ${unit}`, 'ops/s', 'heap Δ MB', 'what'];
    const row = (name: string, c: CaseResult) => [
      name,
      String(c.iterations),
      time(c.p50, unit),
      time(c.p95, unit),
      time(c.max, unit),
      whole(c.opsPerSec),
      megabytes(c.heapDeltaMb),
      c.label,
    ];
    out.push(...table([header, row('subject', subject), row('baseline', baseline)], [0, 7]).map((l) => `  ${l}`));
    if (result.speedUp) {
      out.push(`  speed-up (baseline ÷ subject): p50 ${ratio(result.speedUp.p50)}, p95 ${ratio(result.speedUp.p95)}`);
    }
    if (subject.slowestInputs) {
      const slowest = subject.slowestInputs.map((s) => `${s.input} ${time(s.meanMs, unit)} ${unit}`).join(', ');
      out.push(`  · slowest inputs for the subject (mean): ${slowest}`);
    }
  }
  for (const note of result.notes) out.push(`  · ${note}`);
  // The first lines of the stack; the whole of it is in the results file.
  if (result.error)
    out.push(
      ...result.error
        .split('\n')
        .slice(0, 8)
        .map((line) => `  ${line}`),
    );
  const actual = subject && result.targetMetric ? withUnit(result.targetMetric, subject, unit) : 'not measured';
  out.push(`  ${verdict(result)}  target: subject ${result.target} (measured ${actual})`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function printSummary(results: BenchmarkResult[], seconds: number): void {
  const rows = [['benchmark', 'target', 'subject', 'baseline', 'speed-up p50', 'result']];
  for (const r of results) {
    const unit = timeUnitFor(r.subject, r.baseline);
    rows.push([
      r.name,
      r.target,
      r.subject && r.targetMetric ? withUnit(r.targetMetric, r.subject, unit) : '—',
      r.baseline && r.targetMetric ? withUnit(r.targetMetric, r.baseline, unit) : '—',
      r.speedUp ? ratio(r.speedUp.p50) : '—',
      r.error ? 'ERROR' : r.passed ? 'PASS' : 'FAIL',
    ]);
  }
  const failed = results.filter((r) => !r.passed).length;
  process.stdout.write(
    `\n${bold('Summary')}\n${table(rows, [0, 1, 5]).join('\n')}\n` +
      `${results.length - failed} passed, ${failed} failed in ${seconds.toFixed(1)} s\n`,
  );
}

// ---- running -----------------------------------------------------------------------------------------------------

interface LoadedBenchmarks {
  benchmarks: Benchmark[];
  /** Files that failed to load: failures when no filter is given or the file name matches one. */
  failures: BenchmarkResult[];
}

function loadBenchmarks(filters: string[]): LoadedBenchmarks {
  const matches = (name: string) => filters.length === 0 || filters.some((filter) => name.includes(filter));
  const loaded: LoadedBenchmarks = { benchmarks: [], failures: [] };
  const files = readdirSync(__dirname)
    .filter((file) => /\.bench\.(ts|js)$/.test(file))
    .sort();
  for (const file of files) {
    let exported: Record<string, unknown>;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      exported = require(join(__dirname, file)) as Record<string, unknown>;
    } catch (error) {
      const failure = `could not load ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      if (matches(file)) {
        loaded.failures.push({
          name: file,
          description: 'not loaded',
          target: '—',
          passed: false,
          notes: [],
          error: failure,
        });
      } else {
        process.stderr.write(`Skipped (name does not match): ${failure.split('\n')[0]}\n`);
      }
      continue;
    }
    const benchmarks = Object.values(exported)
      .flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]))
      .filter(isBenchmark);
    loaded.benchmarks.push(...benchmarks.filter((benchmark) => matches(benchmark.name)));
  }
  return loaded;
}

async function runBenchmark(benchmark: Benchmark, env: ClosableBenchEnv): Promise<BenchmarkResult> {
  const result: BenchmarkResult = {
    name: benchmark.name,
    description: benchmark.description,
    target: describeTarget(benchmark.target),
    targetMetric: benchmark.target.metric,
    passed: false,
    notes: [],
  };
  const limits: IterationLimits = { ...DEFAULT_LIMITS, ...benchmark.limits };
  const describeInput = benchmark.describeInput?.bind(benchmark);
  let context: unknown;
  let setUp = false;
  try {
    context = await benchmark.setup(env);
    setUp = true;
    const inputs = benchmark.inputs(context);
    if (inputs.length === 0) throw new Error('no inputs');
    result.subject = await measure(benchmark.subject, context, inputs, limits, describeInput);
    result.baseline = await measure(benchmark.baseline, context, inputs, limits);
    result.speedUp = {
      p50: result.baseline.p50 / result.subject.p50,
      p95: result.baseline.p95 / result.subject.p95,
    };
    if (benchmark.notes) {
      result.notes = await benchmark.notes(context, { subject: result.subject, baseline: result.baseline });
    }
    result.passed = meetsTarget(benchmark.target, result.subject);
  } catch (error) {
    result.passed = false;
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  } finally {
    if (setUp && benchmark.teardown) {
      try {
        await benchmark.teardown(context);
      } catch (error) {
        result.passed = false;
        result.error ??= `teardown: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      }
    }
  }
  return result;
}

async function databaseName(): Promise<string> {
  try {
    const { loadConfig } = await import('@werkpunt/platform');
    return new URL(loadConfig().database.url).pathname.slice(1);
  } catch (error) {
    return `unknown (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const { benchmarks, failures } = loadBenchmarks(filters);
  if (benchmarks.length === 0 && failures.length === 0) {
    process.stderr.write(`No benchmark in bench/*.bench.ts matches ${filters.join(', ') || 'anything'}\n`);
    return 2;
  }
  const env = createBenchEnv();
  const startedAt = new Date();
  const cpu = cpus();
  const database = await databaseName();
  process.stdout.write(
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, database ${database}\n`,
  );
  for (const failure of failures) printResult(failure);
  const results: BenchmarkResult[] = [...failures];
  try {
    for (const benchmark of benchmarks) {
      const result = await runBenchmark(benchmark, env);
      printResult(result);
      results.push(result);
    }
  } finally {
    await env.close();
  }
  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  printSummary(results, seconds);

  const passed = results.every((r) => r.passed);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  const report = {
    startedAt: startedAt.toISOString(),
    durationS: seconds,
    node: process.version,
    cpu: { count: cpu.length, model: cpu[0]?.model },
    database,
    passed,
    benchmarks: results,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Results written to ${RESULTS_FILE}\n`);
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Benchmarks failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
