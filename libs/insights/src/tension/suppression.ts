/**
 * A count of 1 to 4 job seekers in a wijk or occupation group could point at a person someone knows, so it is not
 * shown (nor the tension computed from it). Zero identifies nobody. Vacancy counts are public and always shown.
 */
export const MINIMUM_SHOWN_JOB_SEEKERS = 5;

export interface TensionCell {
  /** null: suppressed (1 to 4 job seekers, or hidden with one so that it cannot be worked out). */
  jobSeekers: number | null;
  openVacancies: number;
  /** Job seekers per open vacancy, one decimal; null without an open vacancy or with the job seekers suppressed. */
  tension: number | null;
  suppressed: boolean;
}

export function isSmallCount(jobSeekers: number): boolean {
  return jobSeekers > 0 && jobSeekers < MINIMUM_SHOWN_JOB_SEEKERS;
}

export function tensionCell(
  jobSeekers: number,
  openVacancies: number,
  suppressed = isSmallCount(jobSeekers),
): TensionCell {
  return {
    jobSeekers: suppressed ? null : jobSeekers,
    openVacancies,
    tension: suppressed || openVacancies === 0 ? null : Math.round((jobSeekers / openVacancies) * 10) / 10,
    suppressed,
  };
}

/**
 * Which cells to hide when the cells split one known total (every job seeker lives in exactly one wijk): hiding one
 * small cell alone would not help, as the total minus the shown cells gives it back. So the next smallest cells are
 * hidden with it until at least two are hidden and together they hold at least the minimum, which no subtraction can
 * take apart into one person's cell.
 */
export function cellsToSuppress(counts: readonly number[]): Set<number> {
  const hidden = new Set(counts.flatMap((count, index) => (isSmallCount(count) ? [index] : [])));
  if (hidden.size === 0) return hidden;
  const candidates = counts
    .map((count, index) => ({ count, index }))
    .filter(({ count, index }) => count > 0 && !hidden.has(index))
    .sort((a, b) => a.count - b.count || a.index - b.index);
  let sum = [...hidden].reduce((total, index) => total + counts[index], 0);
  for (const candidate of candidates) {
    if (hidden.size >= 2 && sum >= MINIMUM_SHOWN_JOB_SEEKERS) break;
    hidden.add(candidate.index);
    sum += candidate.count;
  }
  return hidden;
}
