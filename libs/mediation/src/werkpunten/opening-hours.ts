/** The weekdays, Monday first as in Belgium; the order also sorts opening hours. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours are wall-clock times in Ghent, whatever the server's time zone. */
export const WERKPUNT_TIME_ZONE = 'Europe/Brussels';

/**
 * One opening period on one weekday, in Europe/Brussels local time ("HH:MM", 24-hour clock).
 * `closes` may be "24:00" for "until midnight"; a period past midnight is two entries, one per day,
 * so every period belongs to exactly one weekday.
 */
export interface OpeningPeriod {
  weekday: Weekday;
  opens: string;
  closes: string;
}

export type OpeningHours = OpeningPeriod[];

export class InvalidOpeningHoursError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid opening hours: ${problems.join('; ')}`);
    this.name = 'InvalidOpeningHoursError';
  }
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes since local midnight for a valid "HH:MM". */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Checks an unknown value (a jsonb column, a data file) against the opening-hours shape and returns it
 * sorted by weekday and opening time. Throws InvalidOpeningHoursError naming every problem, so a bad
 * data file is fixed in one go.
 */
export function parseOpeningHours(value: unknown): OpeningHours {
  if (!Array.isArray(value)) throw new InvalidOpeningHoursError(['opening hours must be a list']);
  const problems: string[] = [];
  const periods: OpeningPeriod[] = [];
  value.forEach((entry: unknown, index) => {
    const problem = problemWithPeriod(entry);
    if (problem) problems.push(`[${index}] ${problem}`);
    else periods.push(entry as OpeningPeriod);
  });
  const sorted = periods
    .map((period) => ({ weekday: period.weekday, opens: period.opens, closes: period.closes }))
    .sort(
      (a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || minutesOf(a.opens) - minutesOf(b.opens),
    );
  for (let i = 1; i < sorted.length; i++) {
    const [previous, current] = [sorted[i - 1], sorted[i]];
    if (previous.weekday === current.weekday && minutesOf(current.opens) < minutesOf(previous.closes)) {
      problems.push(
        `${current.weekday} ${current.opens}–${current.closes} overlaps ${previous.opens}–${previous.closes}`,
      );
    }
  }
  if (problems.length > 0) throw new InvalidOpeningHoursError(problems);
  return sorted;
}

function problemWithPeriod(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'must be an object';
  const { weekday, opens, closes, ...rest } = entry as Record<string, unknown>;
  const unknownKeys = Object.keys(rest);
  if (unknownKeys.length > 0) return `unknown field ${unknownKeys.join(', ')}`;
  if (!WEEKDAYS.includes(weekday as Weekday)) return `weekday must be one of ${WEEKDAYS.join(', ')}`;
  if (typeof opens !== 'string' || !TIME.test(opens) || opens === '24:00') return 'opens must be HH:MM, 00:00–23:59';
  if (typeof closes !== 'string' || !TIME.test(closes)) return 'closes must be HH:MM, 00:01–24:00';
  if (minutesOf(closes) <= minutesOf(opens)) return `closes (${closes}) must be after opens (${opens}) on the same day`;
  return null;
}

// Intl knows the EU's daylight-saving rules, so 09:00 is 08:00 UTC in winter and 07:00 UTC in summer.
const GHENT_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: WERKPUNT_TIME_ZONE,
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Weekday and minutes since midnight of an instant on the wall clocks of Ghent. */
export function localTimeInGhent(instant: Date): { weekday: Weekday; minutes: number } {
  const parts = GHENT_CLOCK.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: part('weekday').toLowerCase() as Weekday,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/** Whether one of the periods covers the instant; opens is inclusive, closes exclusive. */
export function isOpenAt(hours: OpeningHours, instant: Date): boolean {
  const now = localTimeInGhent(instant);
  return hours.some(
    (period) =>
      period.weekday === now.weekday &&
      minutesOf(period.opens) <= now.minutes &&
      now.minutes < minutesOf(period.closes),
  );
}
