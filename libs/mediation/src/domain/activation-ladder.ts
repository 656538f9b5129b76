/**
 * The OCMW's activation ladder: how far someone is from work, in plain words. Not a track people finish in
 * order: they step up and fall back, so any change between two different steps is allowed and each one is
 * kept in the client's history with who decided it and why.
 */
export const LADDER_STEPS = [
  'care',
  'social_activation',
  'language_activation',
  'work_activation',
  'guidance_to_work',
  'work',
] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/** Labels for people, not officials: what the step means for the person. */
export const LADDER_STEP_LABELS: Readonly<Record<LadderStep, { nl: string; en: string }>> = {
  care: { nl: 'Zorg en hulp eerst', en: 'Care and help first' },
  social_activation: { nl: 'Onder de mensen komen', en: 'Getting out and meeting people' },
  language_activation: { nl: 'Nederlands leren', en: 'Learning Dutch' },
  work_activation: {
    nl: 'Leren werken: opleiding, stage, werkervaring',
    en: 'Learning to work: training, internship, work experience',
  },
  guidance_to_work: { nl: 'Begeleiding naar een job', en: 'Help to find a job' },
  work: { nl: 'Aan het werk', en: 'Working' },
};

export type LadderDirection = 'first' | 'up' | 'down';

export function isLadderStep(value: unknown): value is LadderStep {
  return typeof value === 'string' && (LADDER_STEPS as readonly string[]).includes(value);
}

/** 0 for care up to 5 for work. */
export function ladderRank(step: LadderStep): number {
  return LADDER_STEPS.indexOf(step);
}

export class SameLadderStepError extends Error {
  constructor(readonly step: LadderStep) {
    super(`The client is already on the step ${step}.`);
    this.name = 'SameLadderStepError';
  }
}

/**
 * Whether a change goes up (closer to work) or down. Staying on the same step is not a change: a
 * mediator who wants to note that someone stays put writes a note instead.
 */
export function ladderDirection(from: LadderStep | null, to: LadderStep): LadderDirection {
  if (from === null) return 'first';
  if (from === to) throw new SameLadderStepError(to);
  return ladderRank(to) > ladderRank(from) ? 'up' : 'down';
}
