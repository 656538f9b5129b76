import {
  isLadderStep,
  LADDER_STEP_LABELS,
  LADDER_STEPS,
  ladderDirection,
  ladderRank,
  SameLadderStepError,
} from './activation-ladder';

describe('activation ladder', () => {
  it('orders the steps from care to work, as in the OCMW’s ladder', () => {
    expect(LADDER_STEPS).toEqual([
      'care',
      'social_activation',
      'language_activation',
      'work_activation',
      'guidance_to_work',
      'work',
    ]);
    expect(ladderRank('care')).toBe(0);
    expect(ladderRank('work')).toBe(5);
  });

  it('has a Dutch and an English label for every step, in plain words and all different', () => {
    for (const step of LADDER_STEPS) {
      expect(LADDER_STEP_LABELS[step].nl.length).toBeGreaterThan(0);
      expect(LADDER_STEP_LABELS[step].en.length).toBeGreaterThan(0);
    }
    expect(new Set(LADDER_STEPS.map((s) => LADDER_STEP_LABELS[s].nl)).size).toBe(LADDER_STEPS.length);
    expect(LADDER_STEP_LABELS.language_activation).toEqual({ nl: 'Nederlands leren', en: 'Learning Dutch' });
  });

  it('lets people step up and fall back, and skip steps either way', () => {
    expect(ladderDirection(null, 'language_activation')).toBe('first');
    expect(ladderDirection('language_activation', 'work_activation')).toBe('up');
    expect(ladderDirection('work_activation', 'care')).toBe('down');
    expect(ladderDirection('care', 'work')).toBe('up');
  });

  it('refuses a "change" to the step the client is already on', () => {
    expect(() => ladderDirection('work', 'work')).toThrow(SameLadderStepError);
  });

  it('recognises only the known steps', () => {
    expect(isLadderStep('guidance_to_work')).toBe(true);
    expect(isLadderStep('Work')).toBe(false);
    expect(isLadderStep(3)).toBe(false);
  });
});
