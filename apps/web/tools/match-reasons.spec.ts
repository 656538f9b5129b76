import type { Schemas } from '../src/api/client';
import { topReasons } from '../src/components/match-reasons';

function factor(name: string, value: number, weight: number, en: string, informative = true): Schemas['FactorView'] {
  return {
    factor: name as unknown as Schemas['FactorView']['factor'],
    value,
    weight,
    contribution: value * weight,
    reason: { nl: en, en },
    informative,
  };
}

const NO_SKILLS = factor('requiredSkills', 1, 25, 'This job does not ask for specific skills.', false);
const NO_DIPLOMA = factor('education', 1, 10, 'This job does not ask for a diploma.', false);
const OCCUPATION = factor('occupation', 0.8, 30, 'This is the work you want to do.');
const DISTANCE = factor('distance', 0.5, 15, 'You live 4 km from this job.');
const DUTCH = factor('dutch', 0, 20, 'This job asks for Dutch B2; you speak B1.');
const FRESH = factor('freshness', 1, 2, 'This job is new.');

const names = (factors: Schemas['FactorView'][]) => factors.map((f) => f.reason.en);

describe('the reasons under "Waarom deze job?"', () => {
  it('never shows a filler while informative reasons are left', () => {
    const shown = topReasons([NO_SKILLS, NO_DIPLOMA, OCCUPATION, DISTANCE, DUTCH, FRESH]);
    expect(names(shown)).not.toContain(NO_SKILLS.reason.en);
    expect(names(shown)).not.toContain(NO_DIPLOMA.reason.en);
    expect(shown).toHaveLength(3);
  });

  it('puts the biggest gap next to the largest contribution', () => {
    // Dutch adds nothing but misses 20 points: it says more than the distance (7.5 added, 7.5 missed).
    expect(names(topReasons([DISTANCE, OCCUPATION, DUTCH, FRESH]))).toEqual([
      OCCUPATION.reason.en,
      DUTCH.reason.en,
      DISTANCE.reason.en,
    ]);
  });

  it('fills up with fillers, largest first, only when too few informative reasons exist', () => {
    expect(names(topReasons([NO_DIPLOMA, NO_SKILLS, OCCUPATION]))).toEqual([
      OCCUPATION.reason.en,
      NO_SKILLS.reason.en,
      NO_DIPLOMA.reason.en,
    ]);
  });

  it('goes by the flag, not by the wording, so an employer’s third-person fillers are recognised too', () => {
    const noDutch = factor('dutch', 1, 20, 'Deze job vraagt geen Nederlands.', false);
    const candidateNear = factor('distance', 0.5, 15, 'The candidate lives 4 km from this job.');
    const flaggedOnly = factor('education', 1, 10, 'This job does not ask for a diploma.', true);
    // The filler adds the most points, and a sentence that reads like one is informative: only the flag counts.
    expect(names(topReasons([noDutch, candidateNear, flaggedOnly], 2))).toEqual([
      flaggedOnly.reason.en,
      candidateNear.reason.en,
    ]);
  });

  it('leaves the factors it was given untouched', () => {
    const factors = [FRESH, OCCUPATION];
    topReasons(factors);
    expect(factors).toEqual([FRESH, OCCUPATION]);
  });
});
