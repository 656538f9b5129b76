/** Partners a Werkpunt refers clients to (see the domain guide); `other` needs the partner's name. */
export const REFERRAL_PARTNERS = ['vdab', 'de_stap', 'de_punt', 'ocmw_welfare', 'nt2_course', 'other'] as const;
export type ReferralPartner = (typeof REFERRAL_PARTNERS)[number];

/**
 * proposed → sent → accepted | declined; accepted → completed | dropped_out. Declined, completed and
 * dropped out are final: a new attempt is a new referral, so the history of the first one stays readable.
 */
export const REFERRAL_STATUSES = ['proposed', 'sent', 'accepted', 'declined', 'completed', 'dropped_out'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  proposed: ['sent'],
  sent: ['accepted', 'declined'],
  accepted: ['completed', 'dropped_out'],
  declined: [],
  completed: [],
  dropped_out: [],
};

export class InvalidReferralTransitionError extends Error {
  constructor(
    readonly from: ReferralStatus,
    readonly to: ReferralStatus,
  ) {
    const allowed = NEXT[from];
    super(
      allowed.length === 0
        ? `A ${from} referral is final; make a new referral instead.`
        : `A ${from} referral can only become ${allowed.join(' or ')}, not ${to}.`,
    );
    this.name = 'InvalidReferralTransitionError';
  }
}

export function nextReferralStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[from];
}

/** Throws InvalidReferralTransitionError unless `to` directly follows `from`. */
export function ensureReferralTransition(from: ReferralStatus, to: ReferralStatus): void {
  if (!NEXT[from].includes(to)) throw new InvalidReferralTransitionError(from, to);
}

/** Which date column a status sets, so the referral shows when it was sent, answered and closed. */
export function referralDateFor(status: ReferralStatus): 'sentAt' | 'answeredAt' | 'closedAt' | null {
  switch (status) {
    case 'sent':
      return 'sentAt';
    case 'accepted':
      return 'answeredAt';
    case 'declined':
    case 'completed':
    case 'dropped_out':
      return 'closedAt';
    default:
      return null;
  }
}
