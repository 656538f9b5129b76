// Demo data generation at the scale of the real city (14,637 job seekers, 2,311 vacancies) against a tenth of it,
// in the same run: the time and heap per run, and how they grow with the scale (should be about linear).
import { join } from 'node:path';
import { DEMO_DEFAULTS, DemoData, DemoSources, demoCounts, generateDemoData } from '../seeds/src/demo/generate';
import { loadDemoSources } from '../seeds/src/demo/load-demo-sources';
import { defineBenchmark } from './benchmark';

const SEED_DATA_DIR = join(__dirname, '..', 'seeds', 'data');
const FULL_SCALE = 1;
const BASELINE_SCALE = 0.1;

interface Context {
  sources: DemoSources;
}

function generate(sources: DemoSources, scale: number): DemoData {
  return generateDemoData({ seed: DEMO_DEFAULTS.seed, scale, referenceDate: DEMO_DEFAULTS.referenceDate }, sources);
}

function describeCounts(data: DemoData): string {
  return `${data.jobSeekers.length.toLocaleString('en-US')} job seekers, ${data.vacancies.length.toLocaleString('en-US')} vacancies, ${data.employers.length} employers`;
}

export const demoData = defineBenchmark<Context, number>({
  name: 'demo-data',
  description: `generateDemoData at scale ${FULL_SCALE} vs scale ${BASELINE_SCALE}`,
  target: { metric: 'p95', atMost: 2_000 },
  limits: { warmup: 2, min: 5, max: 20, maxTimeMs: 8_000 },
  setup: async () => ({ sources: await loadDemoSources(SEED_DATA_DIR) }),
  // One input; the scale is part of each case.
  inputs: () => [DEMO_DEFAULTS.seed],
  subject: {
    label: `generateDemoData, scale ${FULL_SCALE}`,
    run: (context) => generate(context.sources, FULL_SCALE),
  },
  baseline: {
    label: `generateDemoData, scale ${BASELINE_SCALE}`,
    run: (context) => generate(context.sources, BASELINE_SCALE),
  },
  notes(context, { subject, baseline }) {
    const full = generate(context.sources, FULL_SCALE);
    const small = generate(context.sources, BASELINE_SCALE);
    const dataRatio = demoCounts(FULL_SCALE).jobSeekers / demoCounts(BASELINE_SCALE).jobSeekers;
    const timeRatio = subject.p50 / baseline.p50;
    const heapRatio = subject.heapDeltaMb / baseline.heapDeltaMb;
    const shape =
      timeRatio > dataRatio * 1.5
        ? 'worse than linear: look for a quadratic step'
        : timeRatio < dataRatio * 0.5
          ? 'well below linear: a fixed cost (the ESCO catalogue) weighs on the small run'
          : 'about linear';
    return [
      `scale ${FULL_SCALE}: ${describeCounts(full)}; scale ${BASELINE_SCALE}: ${describeCounts(small)}`,
      `scaling: ×${dataRatio.toFixed(1)} the records took ×${timeRatio.toFixed(1)} the time (p50) and held ` +
        `×${heapRatio.toFixed(1)} the heap — ${shape}`,
      `heap Δ is what one generated data set keeps reachable (${subject.heapDeltaMb.toFixed(1)} MB at full scale)`,
    ];
  },
});
