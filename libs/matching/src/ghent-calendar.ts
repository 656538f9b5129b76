/** Freshness counts Ghent calendar days: a vacancy published at 00:30 Brussels time is "today" there, not yesterday in UTC. */
const ghentDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 'YYYY-MM-DD' in Ghent of an ISO timestamp (or a plain date); null when it cannot be read. */
export function ghentDateOf(isoTimestamp: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoTimestamp)) return isoTimestamp;
  const instant = new Date(isoTimestamp);
  return Number.isNaN(instant.getTime()) ? null : ghentDateFormat.format(instant);
}

/** Calendar days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
