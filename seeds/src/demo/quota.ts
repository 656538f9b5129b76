// Exact shares instead of independent draws: with quotas a figure like "46 % low-educated" holds at every scale,
// not just on average.

import { Random } from './random';

/** Splits `total` over the keys in proportion to their weights (largest-remainder method); the counts sum to total. */
export function allocateByLargestRemainder<K extends string>(
  weights: Readonly<Record<K, number>>,
  total: number,
): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const weightSum = keys.reduce((sum, key) => sum + weights[key], 0);
  const exact = keys.map((key) => ({ key, quota: (weights[key] / weightSum) * total }));
  const counts = Object.fromEntries(exact.map(({ key, quota }) => [key, Math.floor(quota)])) as Record<K, number>;
  let left = total - exact.reduce((sum, { quota }) => sum + Math.floor(quota), 0);
  // Ties go to the key listed first, so the result does not depend on sort stability.
  const byRemainder = exact
    .map((entry, order) => ({ ...entry, order, remainder: entry.quota - Math.floor(entry.quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.order - b.order);
  for (const { key } of byRemainder) {
    if (left === 0) break;
    counts[key] += 1;
    left -= 1;
  }
  return counts;
}

/** `total` keys in random order, each as often as its share of the weights says. */
export function quotaDeck<K extends string>(random: Random, weights: Readonly<Record<K, number>>, total: number): K[] {
  const counts = allocateByLargestRemainder(weights, total);
  const deck: K[] = [];
  for (const key of Object.keys(counts) as K[]) {
    for (let i = 0; i < counts[key]; i++) deck.push(key);
  }
  return random.shuffle(deck);
}
