/**
 * A count of 1 to 4 job seekers in a wijk or occupation group could point at a person someone knows, so it is not
 * shown (nor the tension computed from it). Zero identifies nobody. Vacancy counts are public and always shown.
 */
export const MINIMUM_SHOWN_JOB_SEEKERS = 5;

export interface TensionCell {
  /** null: suppressed (1 to 4 job seekers). */
  jobSeekers: number | null;
  openVacancies: number;
  /** Job seekers per open vacancy, one decimal; null without an open vacancy or with the job seekers suppressed. */
  tension: number | null;
  suppressed: boolean;
}

export function tensionCell(jobSeekers: number, openVacancies: number): TensionCell {
  const suppressed = jobSeekers > 0 && jobSeekers < MINIMUM_SHOWN_JOB_SEEKERS;
  return {
    jobSeekers: suppressed ? null : jobSeekers,
    openVacancies,
    tension: suppressed || openVacancies === 0 ? null : Math.round((jobSeekers / openVacancies) * 10) / 10,
    suppressed,
  };
}
