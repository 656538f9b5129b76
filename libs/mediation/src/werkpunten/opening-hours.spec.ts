import { InvalidOpeningHoursError, isOpenAt, localTimeInGhent, OpeningHours, parseOpeningHours } from './opening-hours';

function problemsOf(value: unknown): string[] {
  try {
    parseOpeningHours(value);
  } catch (error) {
    if (error instanceof InvalidOpeningHoursError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseOpeningHours', () => {
  it('accepts periods and sorts them by weekday (Monday first), then by opening time', () => {
    expect(
      parseOpeningHours([
        { weekday: 'sunday', opens: '10:00', closes: '12:00' },
        { weekday: 'monday', opens: '13:30', closes: '16:00' },
        { weekday: 'monday', opens: '09:00', closes: '12:00' },
      ]),
    ).toEqual([
      { weekday: 'monday', opens: '09:00', closes: '12:00' },
      { weekday: 'monday', opens: '13:30', closes: '16:00' },
      { weekday: 'sunday', opens: '10:00', closes: '12:00' },
    ]);
  });

  it('accepts no hours at all (a planned Werkpunt) and "24:00" as closing time', () => {
    expect(parseOpeningHours([])).toEqual([]);
    expect(parseOpeningHours([{ weekday: 'friday', opens: '18:00', closes: '24:00' }])).toHaveLength(1);
  });

  it('lets periods touch: closing at 12:00 and opening again at 12:00', () => {
    const hours = [
      { weekday: 'monday', opens: '09:00', closes: '12:00' },
      { weekday: 'monday', opens: '12:00', closes: '13:00' },
    ];
    expect(parseOpeningHours(hours)).toEqual(hours);
  });

  it('refuses what is not a list', () => {
    for (const value of [null, undefined, {}, 'monday 9-12', 42]) {
      expect(problemsOf(value)).toEqual(['opening hours must be a list']);
    }
  });

  it('names every bad entry by its position', () => {
    expect(
      problemsOf([
        'monday',
        { weekday: 'Monday', opens: '09:00', closes: '12:00' },
        { weekday: 'maandag', opens: '09:00', closes: '12:00' },
        { weekday: 'tuesday', opens: '9:00', closes: '12:00' },
        { weekday: 'tuesday', opens: '09:00', closes: '12:60' },
        { weekday: 'tuesday', opens: '24:00', closes: '24:00' },
        { weekday: 'wednesday', opens: '09:00' },
        { weekday: 'thursday', opens: '09:00', closes: '12:00', note: 'by appointment' },
      ]),
    ).toEqual([
      '[0] must be an object',
      expect.stringMatching(/^\[1\] weekday must be one of monday, tuesday/),
      expect.stringMatching(/^\[2\] weekday/),
      '[3] opens must be HH:MM, 00:00–23:59',
      '[4] closes must be HH:MM, 00:01–24:00',
      '[5] opens must be HH:MM, 00:00–23:59',
      '[6] closes must be HH:MM, 00:01–24:00',
      '[7] unknown field note',
    ]);
  });

  it('refuses a period that closes before it opens or runs past midnight (split it over two days instead)', () => {
    expect(problemsOf([{ weekday: 'friday', opens: '12:00', closes: '09:00' }])).toEqual([
      '[0] closes (09:00) must be after opens (12:00) on the same day',
    ]);
    expect(problemsOf([{ weekday: 'friday', opens: '22:00', closes: '02:00' }])).toHaveLength(1);
    expect(problemsOf([{ weekday: 'friday', opens: '09:00', closes: '09:00' }])).toHaveLength(1);
  });

  it('refuses overlapping periods on the same day, but not on different days', () => {
    expect(
      problemsOf([
        { weekday: 'monday', opens: '09:00', closes: '12:00' },
        { weekday: 'monday', opens: '11:00', closes: '14:00' },
        { weekday: 'tuesday', opens: '11:00', closes: '14:00' },
      ]),
    ).toEqual(['monday 11:00–14:00 overlaps 09:00–12:00']);
  });
});

describe('isOpenAt (Europe/Brussels wall-clock time)', () => {
  const at = (iso: string) => new Date(iso);

  it('reads the weekday and time in Ghent, not in UTC', () => {
    // 23:30 UTC on Monday 12 January 2026 is already Tuesday 00:30 in Ghent (CET, UTC+1).
    expect(localTimeInGhent(at('2026-01-12T23:30:00Z'))).toEqual({ weekday: 'tuesday', minutes: 30 });
    // In summer (CEST, UTC+2) the same UTC time is 01:30.
    expect(localTimeInGhent(at('2026-07-13T23:30:00Z'))).toEqual({ weekday: 'tuesday', minutes: 90 });
  });

  describe('around midnight', () => {
    const lateMonday: OpeningHours = [{ weekday: 'monday', opens: '20:00', closes: '24:00' }];
    const earlyTuesday: OpeningHours = [{ weekday: 'tuesday', opens: '00:00', closes: '01:00' }];

    it('is open until the last minute before midnight and closed at midnight', () => {
      expect(isOpenAt(lateMonday, at('2026-01-12T22:59:00Z'))).toBe(true); // Monday 23:59
      expect(isOpenAt(lateMonday, at('2026-01-12T23:00:00Z'))).toBe(false); // Tuesday 00:00
    });

    it('opens at midnight on the next weekday, though it is still the day before in UTC', () => {
      expect(isOpenAt(earlyTuesday, at('2026-01-12T22:59:00Z'))).toBe(false); // Monday 23:59
      expect(isOpenAt(earlyTuesday, at('2026-01-12T23:00:00Z'))).toBe(true); // Tuesday 00:00, Monday in UTC
      expect(isOpenAt(earlyTuesday, at('2026-01-13T00:00:00Z'))).toBe(false); // Tuesday 01:00
    });
  });

  describe('across the daylight-saving changes', () => {
    const sundayMorning: OpeningHours = [{ weekday: 'sunday', opens: '09:00', closes: '12:00' }];
    const sundayNight: OpeningHours = [{ weekday: 'sunday', opens: '01:00', closes: '04:00' }];

    it('opens at 09:00 local time on the Sunday clocks go forward (29 March 2026, now UTC+2)', () => {
      expect(isOpenAt(sundayMorning, at('2026-03-29T06:59:00Z'))).toBe(false); // 08:59 CEST
      expect(isOpenAt(sundayMorning, at('2026-03-29T07:00:00Z'))).toBe(true); // 09:00 CEST
      expect(isOpenAt(sundayMorning, at('2026-03-29T09:59:00Z'))).toBe(true); // 11:59 CEST
      expect(isOpenAt(sundayMorning, at('2026-03-29T10:00:00Z'))).toBe(false); // 12:00 CEST
    });

    it('opens at 09:00 local time on the Sunday clocks go back (25 October 2026, now UTC+1)', () => {
      expect(isOpenAt(sundayMorning, at('2026-10-25T07:59:00Z'))).toBe(false); // 08:59 CET
      expect(isOpenAt(sundayMorning, at('2026-10-25T08:00:00Z'))).toBe(true); // 09:00 CET
      expect(isOpenAt(sundayMorning, at('2026-10-25T10:59:00Z'))).toBe(true); // 11:59 CET
      expect(isOpenAt(sundayMorning, at('2026-10-25T11:00:00Z'))).toBe(false); // 12:00 CET
    });

    it('follows the wall clock through the skipped hour in spring (02:00 becomes 03:00)', () => {
      expect(isOpenAt(sundayNight, at('2026-03-28T23:59:00Z'))).toBe(false); // 00:59 CET
      expect(isOpenAt(sundayNight, at('2026-03-29T00:00:00Z'))).toBe(true); // 01:00 CET
      expect(isOpenAt(sundayNight, at('2026-03-29T01:00:00Z'))).toBe(true); // 03:00 CEST, the clock jumped
      expect(isOpenAt(sundayNight, at('2026-03-29T02:00:00Z'))).toBe(false); // 04:00 CEST
    });

    it('stays open through the repeated hour in autumn (02:00–03:00 happens twice)', () => {
      expect(localTimeInGhent(at('2026-10-25T00:30:00Z'))).toEqual({ weekday: 'sunday', minutes: 150 }); // 02:30 CEST
      expect(localTimeInGhent(at('2026-10-25T01:30:00Z'))).toEqual({ weekday: 'sunday', minutes: 150 }); // 02:30 CET
      expect(isOpenAt(sundayNight, at('2026-10-25T01:30:00Z'))).toBe(true);
      expect(isOpenAt(sundayNight, at('2026-10-25T02:59:00Z'))).toBe(true); // 03:59 CET
      expect(isOpenAt(sundayNight, at('2026-10-25T03:00:00Z'))).toBe(false); // 04:00 CET
    });
  });

  it('is closed on a day without hours', () => {
    expect(isOpenAt([{ weekday: 'monday', opens: '09:00', closes: '12:00' }], at('2026-01-13T09:00:00Z'))).toBe(false);
    expect(isOpenAt([], at('2026-01-12T09:00:00Z'))).toBe(false);
  });
});
