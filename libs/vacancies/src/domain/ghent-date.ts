/** The city's time zone: "today" (closing dates, expiry) is Ghent's, not the server's (which runs in UTC). */
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
