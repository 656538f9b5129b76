/** The city's time zone: "today" and birthdays are Ghent's, not the server's (which runs in UTC). */
export const GHENT_TIME_ZONE = 'Europe/Brussels';

const ghentDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: GHENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 'YYYY-MM-DD' of the calendar day it is in Ghent at `instant`. */
export function ghentDate(instant: Date): string {
  return ghentDateFormat.format(instant);
}

/** Whole calendar months from `from` to `to` (both 'YYYY-MM-DD'); a month counts once its day is reached. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** Completed years from `from` to `to` (both 'YYYY-MM-DD'): someone born on 29 February turns a year older on 1 March. */
export function wholeYearsBetween(from: string, to: string): number {
  return Math.floor(wholeMonthsBetween(from, to) / 12);
}
