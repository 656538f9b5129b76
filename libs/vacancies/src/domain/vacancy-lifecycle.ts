import { VacancyStatus } from './vacancy-vocabulary';

/** The actions people (and the expiry job) take on a vacancy's status. */
export type VacancyTransition = 'publish' | 'pause' | 'fill' | 'close' | 'expire';

const { Draft, Published, Paused, Filled, Closed, Expired } = VacancyStatus;

/**
 * draft → published ⇄ paused; published | paused → filled | closed | expired. Filled, closed and expired
 * are final: a vacancy that returns is a new vacancy, so its history and its search entry stay honest.
 */
const TRANSITIONS: Readonly<Record<VacancyTransition, { from: readonly VacancyStatus[]; to: VacancyStatus }>> = {
  publish: { from: [Draft, Paused], to: Published },
  pause: { from: [Published], to: Paused },
  fill: { from: [Published, Paused], to: Filled },
  close: { from: [Published, Paused], to: Closed },
  expire: { from: [Published, Paused], to: Expired },
};

export const FINAL_STATUSES: readonly VacancyStatus[] = [Filled, Closed, Expired];

/** The status a transition leads to from `from`, or null when the lifecycle does not allow it. */
export function nextStatus(from: VacancyStatus, transition: VacancyTransition): VacancyStatus | null {
  const rule = TRANSITIONS[transition];
  return rule.from.includes(from) ? rule.to : null;
}

/** Content may change in a draft or a paused vacancy, and in a published one (as a new version). */
export function isEditable(status: VacancyStatus): boolean {
  return status === Draft || status === Paused || status === Published;
}

/** Statuses the expiry job looks at. */
export const EXPIRABLE_STATUSES: readonly VacancyStatus[] = TRANSITIONS.expire.from;

/** Where a transition leads, whatever the status it starts from. */
export function targetOf(transition: VacancyTransition): VacancyStatus {
  return TRANSITIONS[transition].to;
}
