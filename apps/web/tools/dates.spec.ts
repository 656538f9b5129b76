import { belgianDate, isoFromBelgian } from '../src/pages/profile/dates';

describe('dates as people in Belgium write them', () => {
  it('shows a stored date as day/month/year without leading zeros', () => {
    expect(belgianDate('2026-12-01')).toBe('1/12/2026');
    expect(belgianDate(null)).toBe('');
  });

  it('reads day/month/year with slashes, dashes or dots', () => {
    expect(isoFromBelgian('1/12/2026')).toBe('2026-12-01');
    expect(isoFromBelgian(' 01-12-2026 ')).toBe('2026-12-01');
    expect(isoFromBelgian('1.12.2026')).toBe('2026-12-01');
  });

  it('refuses what is no real date', () => {
    expect(isoFromBelgian('31/2/2026')).toBeNull();
    expect(isoFromBelgian('12/2026')).toBeNull();
    expect(isoFromBelgian('morgen')).toBeNull();
  });
});
