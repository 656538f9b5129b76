import {
  enterpriseNumberFromBase,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normaliseEnterpriseNumber,
} from './enterprise-number';

describe('enterprise numbers (KBO)', () => {
  it('append 97 minus the first eight digits mod 97', () => {
    // 04123456 mod 97 = 83, so the check is 14.
    expect(enterpriseNumberFromBase(4_123_456)).toBe('0412.345.614');
    expect(enterpriseNumberFromBase(1_234_567)).toBe('0123.456.749');
    expect(enterpriseNumberFromBase(10_012_345)).toMatch(/^1001\.234\.5\d\d$/);
  });

  it('give a multiple of 97 the check digits 97, not 00', () => {
    // 97 − (4,850,000 mod 97) = 97 − 0 = 97.
    expect(enterpriseNumberFromBase(97 * 50_000)).toBe('0485.000.097');
    expect(isValidEnterpriseNumber('0485.000.097')).toBe(true);
    expect(isValidEnterpriseNumber('0485.000.000')).toBe(false);
  });

  it('validate the check digits, the length and the leading 0 or 1', () => {
    // A published number (Proximus), to check against the outside world rather than against ourselves.
    expect(isValidEnterpriseNumber('0202.239.951')).toBe(true);
    expect(isValidEnterpriseNumber('0412345614')).toBe(true);
    expect(isValidEnterpriseNumber('0412.345.615')).toBe(false);
    expect(isValidEnterpriseNumber('2412.345.614')).toBe(false);
    expect(isValidEnterpriseNumber('0412.345.61')).toBe(false);
    expect(isValidEnterpriseNumber('04a2.345.614')).toBe(false);
  });

  it('accept dots, spaces and a BE prefix, store the digits and display 0xxx.xxx.xxx', () => {
    expect(normaliseEnterpriseNumber(' 0123 456 749 ')).toBe('0123456749');
    expect(normaliseEnterpriseNumber('BE0123.456.749')).toBe('0123456749');
    expect(isValidEnterpriseNumber('BE 0123.456.749')).toBe(true);
    expect(formatEnterpriseNumber('0123456749')).toBe('0123.456.749');
  });
});
