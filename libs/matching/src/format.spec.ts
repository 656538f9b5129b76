import { formatKm, formatNumber, formatPoints, joinList, round1 } from './format';

describe('format', () => {
  it('writes a decimal comma in Dutch and a point in English, without a trailing ",0"', () => {
    expect(formatKm(1.23, 'nl')).toBe('1,2 km');
    expect(formatKm(1.23, 'en')).toBe('1.2 km');
    expect(formatNumber(12, 'nl')).toBe('12');
    expect(formatNumber(11.96, 'nl')).toBe('12');
    expect(formatNumber(0.05, 'en')).toBe('0.1');
  });

  it('says point or points', () => {
    expect(formatPoints(1, 'nl')).toBe('1 punt');
    expect(formatPoints(6, 'nl')).toBe('6 punten');
    expect(formatPoints(1.5, 'nl')).toBe('1,5 punten');
    expect(formatPoints(1, 'en')).toBe('1 point');
    expect(formatPoints(0.5, 'en')).toBe('0.5 points');
  });

  it('joins lists with "en" / "and"', () => {
    expect(joinList(['a'], 'nl')).toBe('a');
    expect(joinList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(joinList(['a', 'b'], 'en')).toBe('a and b');
  });

  it('rounds to one decimal', () => {
    expect(round1(62.349)).toBe(62.3);
    expect(round1(62.35)).toBe(62.4);
  });
});
