import { ApplicationStatus as S } from './application-vocabulary';

/** Who moves an application: the job seeker, or the employer (recruiters of the vacancy's organisation). */
export type ApplicationParty = 'job_seeker' | 'employer';

const FINAL: readonly S[] = [S.Hired, S.Rejected, S.Withdrawn];

/** The employer's forward steps. */
const EMPLOYER_STEPS: Readonly<Partial<Record<S, readonly S[]>>> = {
  [S.Applied]: [S.Screening, S.Interview, S.Offer],
  [S.Screening]: [S.Interview, S.Offer],
  [S.Interview]: [S.Offer],
  [S.Offer]: [S.Hired],
};

export function isFinal(status: S): boolean {
  return FINAL.includes(status);
}

/** Whether `party` may move an application from `from` to `to`. Pure: the service asks before changing. */
export function mayMove(party: ApplicationParty, from: S, to: S): boolean {
  if (isFinal(from) || from === to) return false;
  if (party === 'job_seeker') {
    // The job seeker accepts a proposal or invitation, and may withdraw until the end.
    return (from === S.Proposed && to === S.Applied) || to === S.Withdrawn;
  }
  // An employer rejects at any undecided step after the person applied, or moves forward.
  if (to === S.Rejected) return from !== S.Proposed;
  return EMPLOYER_STEPS[from]?.includes(to) ?? false;
}

/** Statuses waiting for the employer's decision: the 14-day reminder counts from entering one of them. */
export const AWAITING_EMPLOYER: readonly S[] = [S.Applied, S.Screening, S.Interview];
