import {
  ensureReferralTransition,
  InvalidReferralTransitionError,
  nextReferralStatuses,
  referralDateFor,
  REFERRAL_STATUSES,
} from './referral-status';

describe('referral status', () => {
  it('follows proposed → sent → accepted | declined → completed | dropped out', () => {
    expect(() => ensureReferralTransition('proposed', 'sent')).not.toThrow();
    expect(() => ensureReferralTransition('sent', 'accepted')).not.toThrow();
    expect(() => ensureReferralTransition('sent', 'declined')).not.toThrow();
    expect(() => ensureReferralTransition('accepted', 'completed')).not.toThrow();
    expect(() => ensureReferralTransition('accepted', 'dropped_out')).not.toThrow();
  });

  it('refuses skipping a step, going back, and leaving a final status', () => {
    expect(() => ensureReferralTransition('proposed', 'accepted')).toThrow(InvalidReferralTransitionError);
    expect(() => ensureReferralTransition('accepted', 'sent')).toThrow(InvalidReferralTransitionError);
    for (const final of ['declined', 'completed', 'dropped_out'] as const) {
      expect(nextReferralStatuses(final)).toEqual([]);
      expect(() => ensureReferralTransition(final, 'sent')).toThrow(/final/);
    }
  });

  it('says in its message which statuses are possible', () => {
    expect(() => ensureReferralTransition('sent', 'completed')).toThrow(
      'A sent referral can only become accepted or declined, not completed.',
    );
  });

  it('dates the sending, the answer and the end', () => {
    expect(REFERRAL_STATUSES.map(referralDateFor)).toEqual([
      null,
      'sentAt',
      'answeredAt',
      'closedAt',
      'closedAt',
      'closedAt',
    ]);
  });
});
