// Seeded randomness for the demo data: the same seed always gives the same sequence, on every machine.

export type Weighted<T> = readonly [value: T, weight: number];

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weightedPick<T>(entries: readonly Weighted<T>[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Normally distributed (Box–Muller). */
  normal(mean: number, standardDeviation: number): number;
}

/**
 * An sfc32 generator. `stream` gives independent sequences for one seed, so that changing how job seekers are drawn
 * does not reshuffle the employers.
 */
export function createRandom(seed: number, stream = ''): Random {
  if (!Number.isSafeInteger(seed)) throw new Error(`Seed must be an integer, got ${seed}`);
  const nextState = splitmix32(fnv1a(`${seed}:${stream}`));
  const nextUint32 = sfc32(nextState(), nextState(), nextState(), nextState());
  for (let i = 0; i < 12; i++) nextUint32();
  const next = (): number => nextUint32() / 4_294_967_296;

  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    weightedPick: (entries) => weightedPicker(entries)(random),
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    sample: (items, count) => random.shuffle(items).slice(0, count),
    normal: (mean, standardDeviation) => {
      const u = 1 - next();
      const v = next();
      return mean + standardDeviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
  return random;
}

/** Precomputes the cumulative weights once, for picks repeated thousands of times over the same table. */
export function weightedPicker<T>(entries: readonly Weighted<T>[]): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    if (!(weight >= 0)) throw new Error(`Weights must be non-negative, got ${weight}`);
    total += weight;
    cumulative.push(total);
  }
  if (total <= 0) throw new Error('Cannot pick from weights that sum to zero');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return entries[low][0];
  };
}

export function weightedEntries<K extends string>(weights: Readonly<Record<K, number>>): Weighted<K>[] {
  return Object.entries<number>(weights).map(([key, weight]) => [key as K, weight]);
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

function splitmix32(state: number): () => number {
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
