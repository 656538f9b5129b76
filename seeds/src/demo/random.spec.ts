import { demoId, uuidV5 } from './ids';
import { allocateByLargestRemainder, quotaDeck } from './quota';
import { createRandom, weightedPicker } from './random';

describe('createRandom', () => {
  const draw = (seed: number, stream?: string) => {
    const random = createRandom(seed, stream);
    return Array.from({ length: 5 }, () => random.next());
  };

  it('repeats its sequence for the same seed and stream', () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42, 'a')).toEqual(draw(42, 'a'));
  });

  it('differs between seeds and between streams', () => {
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42, 'a')).not.toEqual(draw(42, 'b'));
  });

  it('stays in [0, 1) and gives inclusive integer ranges', () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      seen.add(random.int(3, 6));
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks in proportion to the weights', () => {
    const random = createRandom(2);
    const pick = weightedPicker([
      ['a', 1],
      ['b', 3],
      ['never', 0],
    ] as const);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[pick(random)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.8);
    expect(counts.b / counts.a).toBeLessThan(3.2);
  });

  it('shuffles into a permutation and samples distinct items', () => {
    const random = createRandom(3);
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect([...random.shuffle(items)].sort((a, b) => a - b)).toEqual(items);
    expect(new Set(random.sample(items, 10)).size).toBe(10);
  });

  it('draws normal values around the mean', () => {
    const random = createRandom(4);
    const values = Array.from({ length: 10_000 }, () => random.normal(10, 2));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(10, 1);
  });

  it('rejects seeds that are not integers and empty or zero-weight choices', () => {
    expect(() => createRandom(1.5)).toThrow(/integer/);
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
    expect(() => weightedPicker([['a', 0]])).toThrow(/zero/);
  });
});

describe('quotas', () => {
  it('split a total exactly by the largest remainders', () => {
    expect(allocateByLargestRemainder({ low: 0.46, mid: 0.31, high: 0.23 }, 10)).toEqual({ low: 5, mid: 3, high: 2 });
    expect(allocateByLargestRemainder({ a: 1, b: 1, c: 1 }, 2)).toEqual({ a: 1, b: 1, c: 0 });
    const counts = allocateByLargestRemainder({ a: 21, b: 62, c: 18 }, 2927);
    expect(counts.a + counts.b + counts.c).toBe(2927);
  });

  it('deal a shuffled deck with those counts', () => {
    const deck = quotaDeck(createRandom(5), { yes: 0.25, no: 0.75 }, 100);
    expect(deck.filter((card) => card === 'yes')).toHaveLength(25);
    expect(deck.slice(0, 25).every((card) => card === 'yes')).toBe(false);
  });
});

describe('uuidV5', () => {
  it('matches the RFC test vector (DNS namespace, "python.org")', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('gives fixed, distinct demo ids per kind and index', () => {
    expect(demoId('vacancy', 3)).toBe(demoId('vacancy', 3));
    expect(demoId('vacancy', 3)).not.toBe(demoId('vacancy', 4));
    expect(demoId('vacancy', 3)).not.toBe(demoId('employer', 3));
    expect(demoId('employer-site', 1, 2)).not.toBe(demoId('employer-site', 12));
  });
});
