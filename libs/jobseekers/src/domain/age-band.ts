import { ghentDate, wholeYearsBetween } from './calendar';
import { AgeBand } from './profile-vocabulary';

/** The age band on the day it is in Ghent at `now`; null when the date of birth is unknown. */
export function ageBandOn(dateOfBirth: string | null, now: Date): AgeBand | null {
  if (!dateOfBirth) return null;
  const age = wholeYearsBetween(dateOfBirth, ghentDate(now));
  if (age < 25) return AgeBand.Under25;
  if (age < 50) return AgeBand.From25To49;
  return AgeBand.From50;
}
