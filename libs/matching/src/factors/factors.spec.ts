import fc from 'fast-check';
import { MatchContext, MatchFactorName, MatchSeeker } from '../match-model';
import { ARBITRARY_TODAY, proximity, seeker, vacancy } from '../testing/arbitraries';
import { aContext } from '../testing/fixtures';
import { MATCH_FACTOR_NAMES } from '../weights';
import { FACTOR_FUNCTIONS, FACTOR_SEEKER_FIELDS, FactorResult } from '.';

const context: MatchContext = { ...aContext(), today: ARBITRARY_TODAY };

function comparable(result: FactorResult) {
  return {
    value: result.value,
    reason: result.reason,
    improvements: result.improvements.map((option) => ({ change: option.change, suggestion: option.suggestion(2.5) })),
  };
}

describe('factor functions', () => {
  it.each(MATCH_FACTOR_NAMES.map((factor) => [factor]))(
    '%s reads no field of the person beyond the ones it declares',
    (factor: MatchFactorName) => {
      fc.assert(
        fc.property(seeker, seeker, vacancy, proximity, (person, other, job, where) => {
          const declared = Object.fromEntries(FACTOR_SEEKER_FIELDS[factor].map((field) => [field, person[field]]));
          const mixed: MatchSeeker = { ...other, ...declared };
          const run = (who: MatchSeeker) =>
            comparable(FACTOR_FUNCTIONS[factor]({ seeker: who, vacancy: job, proximity: where, context }));
          expect(run(mixed)).toEqual(run(person));
        }),
        { numRuns: 300 },
      );
    },
  );

  it('keep every value within 0..1', () => {
    fc.assert(
      fc.property(seeker, vacancy, proximity, (person, job, where) => {
        for (const factor of MATCH_FACTOR_NAMES) {
          const { value } = FACTOR_FUNCTIONS[factor]({ seeker: person, vacancy: job, proximity: where, context });
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('only offer improvements that raise their own factor', () => {
    fc.assert(
      fc.property(seeker, vacancy, proximity, (person, job, where) => {
        for (const factor of MATCH_FACTOR_NAMES) {
          const input = { seeker: person, vacancy: job, proximity: where, context };
          const before = FACTOR_FUNCTIONS[factor](input).value;
          for (const option of FACTOR_FUNCTIONS[factor](input).improvements) {
            const after = FACTOR_FUNCTIONS[factor]({ ...input, seeker: { ...person, ...option.change } }).value;
            expect(after).toBeGreaterThan(before);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
