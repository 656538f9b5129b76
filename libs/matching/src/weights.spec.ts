import {
  buildMatchWeights,
  DEFAULT_MATCH_WEIGHTS,
  InvalidMatchWeightsError,
  MATCH_FACTOR_NAMES,
  matchWeightProblems,
  totalWeight,
  validateWeights,
} from './weights';

describe('match weights', () => {
  it('defaults sum to 100 with occupation the largest', () => {
    expect(totalWeight(DEFAULT_MATCH_WEIGHTS)).toBe(100);
    const largest = Math.max(...MATCH_FACTOR_NAMES.map((factor) => DEFAULT_MATCH_WEIGHTS[factor]));
    expect(DEFAULT_MATCH_WEIGHTS.occupation).toBe(largest);
    expect(MATCH_FACTOR_NAMES.filter((factor) => DEFAULT_MATCH_WEIGHTS[factor] === largest)).toEqual(['occupation']);
  });

  it('accepts the defaults and a set with a single positive weight', () => {
    expect(matchWeightProblems({ ...DEFAULT_MATCH_WEIGHTS })).toEqual([]);
    const onlyDistance = Object.fromEntries(
      MATCH_FACTOR_NAMES.map((factor) => [factor, factor === 'distance' ? 1 : 0]),
    );
    expect(validateWeights(onlyDistance)).toEqual(onlyDistance);
  });

  it('rejects negative, non-finite, missing and unknown weights, and all zeros', () => {
    expect(matchWeightProblems({ ...DEFAULT_MATCH_WEIGHTS, dutch: -1 })).toEqual(['dutch must not be negative']);
    expect(matchWeightProblems({ ...DEFAULT_MATCH_WEIGHTS, hours: Number.NaN })).toEqual([
      'hours must be a finite number',
    ]);
    expect(matchWeightProblems({ ...DEFAULT_MATCH_WEIGHTS, shifts: Infinity })).toEqual([
      'shifts must be a finite number',
    ]);
    const withoutFreshness: Record<string, number> = { ...DEFAULT_MATCH_WEIGHTS };
    delete withoutFreshness.freshness;
    expect(matchWeightProblems(withoutFreshness)).toEqual(['freshness must be a finite number']);
    expect(matchWeightProblems({ ...DEFAULT_MATCH_WEIGHTS, distence: 3 })).toEqual(['unknown factor "distence"']);
    const zeros = Object.fromEntries(MATCH_FACTOR_NAMES.map((factor) => [factor, 0]));
    expect(matchWeightProblems(zeros)).toEqual(['at least one weight must be above 0']);
    expect(() => validateWeights(zeros)).toThrow(InvalidMatchWeightsError);
  });

  it('builds weights from partial config, keeping the defaults for the rest', () => {
    expect(buildMatchWeights()).toEqual(DEFAULT_MATCH_WEIGHTS);
    const weights = buildMatchWeights({ distance: 25, freshness: 0, hours: undefined });
    expect(weights).toEqual({ ...DEFAULT_MATCH_WEIGHTS, distance: 25, freshness: 0 });
    expect(() => buildMatchWeights({ dutch: -5 })).toThrow('dutch must not be negative');
    expect(() => buildMatchWeights({ skills: 10 })).toThrow('unknown factor "skills"');
  });

  it('does not let callers change the defaults', () => {
    expect(Object.isFrozen(DEFAULT_MATCH_WEIGHTS)).toBe(true);
  });
});
