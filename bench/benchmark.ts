// What a benchmark declares. bench/run.ts finds every `Benchmark` exported by bench/*.bench.ts, runs its subject and
// its baseline on the same inputs in the same run, prints the figures and checks the target.
import type { INestApplicationContext } from '@nestjs/common';

/** Figures measured for each case. Times are per iteration, in milliseconds. */
export const METRICS = ['p50', 'p95', 'max', 'mean', 'opsPerSec', 'heapDeltaMb'] as const;
export type Metric = (typeof METRICS)[number];

/** A speed or memory target, as data: "p95 ≤ 25 ms" is `{ metric: 'p95', atMost: 25 }`, checked on the subject. */
export type Target = { metric: Metric; atMost: number } | { metric: Metric; atLeast: number };

export const METRIC_UNITS: Record<Metric, string> = {
  p50: 'ms',
  p95: 'ms',
  max: 'ms',
  mean: 'ms',
  opsPerSec: 'ops/s',
  heapDeltaMb: 'MB',
};

/** How long a case runs: warm-up iterations first, then measured ones until the count or the time is reached. */
export interface IterationLimits {
  /** Unmeasured iterations before measuring (JIT, connection pool, PostgreSQL caches). */
  warmup: number;
  /** Measured iterations at least, even when that takes longer than maxTimeMs. */
  min: number;
  /** Measured iterations at most. */
  max: number;
  /** Stop measuring (after `min`) once this much time went by. */
  maxTimeMs: number;
}

export const DEFAULT_LIMITS: IterationLimits = { warmup: 10, min: 30, max: 2_000, maxTimeMs: 5_000 };

/** What the runner lends a benchmark's setup. */
export interface BenchEnv {
  /** A Nest application context of the platform, geo and taxonomy modules; created on first use, shared. */
  app(): Promise<INestApplicationContext>;
}

/** One way of doing the work. Iteration i gets inputs[i % inputs.length]; the value returned is kept until the
 * heap is measured, so "heap Δ" shows what one result retains. */
export interface BenchCase<C, I> {
  /** What is run, e.g. "TaxonomyService.searchOccupations". */
  label: string;
  run(context: C, input: I): unknown;
}

/** The subject's figures next to the baseline's, for benchmark-specific remarks. */
export interface CaseFigures {
  iterations: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  opsPerSec: number;
  /** Heap held after the measured iterations (after a full GC, the last result still referenced) minus before. */
  heapDeltaMb: number;
}

export interface Benchmark<C = unknown, I = unknown> {
  name: string;
  /** One line: what is compared with what. */
  description: string;
  target: Target;
  limits?: Partial<IterationLimits>;
  /** Loads what both cases need, outside the measurement. */
  setup(env: BenchEnv): Promise<C>;
  /** The inputs, the same for subject and baseline. */
  inputs(context: C): readonly I[];
  subject: BenchCase<C, I>;
  baseline: BenchCase<C, I>;
  /** How to name an input in the report; with it, the report lists the inputs the subject is slowest on. */
  describeInput?(input: I): string;
  /** Extra lines for the report (agreement between the cases, scaling, caveats); run after both cases. */
  notes?(context: C, figures: { subject: CaseFigures; baseline: CaseFigures }): Promise<string[]> | string[];
  teardown?(context: C): Promise<void> | void;
}

/** Identity, for type inference of the context and input types. */
export function defineBenchmark<C, I>(benchmark: Benchmark<C, I>): Benchmark<C, I> {
  return benchmark;
}

export function isBenchmark(value: unknown): value is Benchmark {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Benchmark>;
  return (
    typeof candidate.name === 'string' &&
    typeof candidate.setup === 'function' &&
    typeof candidate.subject?.run === 'function' &&
    typeof candidate.baseline?.run === 'function'
  );
}

export function describeTarget(target: Target): string {
  const unit = METRIC_UNITS[target.metric];
  return 'atMost' in target
    ? `${target.metric} ≤ ${target.atMost} ${unit}`
    : `${target.metric} ≥ ${target.atLeast} ${unit}`;
}

export function meetsTarget(target: Target, figures: CaseFigures): boolean {
  const value = figures[target.metric];
  return 'atMost' in target ? value <= target.atMost : value >= target.atLeast;
}
