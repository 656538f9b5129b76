import { RejectionReason } from './application-vocabulary';
import { plainFeedback } from './rejection-feedback';

describe('rejection feedback in plain language', () => {
  it('has a short sentence for every reason in Dutch and English', () => {
    for (const reason of Object.values(RejectionReason)) {
      for (const language of ['nl', 'en'] as const) {
        const sentence = plainFeedback(reason, null, language);
        expect(sentence.length).toBeGreaterThan(20);
        expect(sentence.length).toBeLessThan(140);
      }
    }
  });

  it('adds the employer’s own words after the sentence', () => {
    expect(plainFeedback(RejectionReason.PositionFilled, 'Sorry!', 'en')).toBe(
      'The position has already been filled. It is not about you: do try another vacancy. The employer writes: “Sorry!”',
    );
    expect(plainFeedback(RejectionReason.Other, null, 'nl')).toMatch(/^De werkgever koos/);
  });
});
