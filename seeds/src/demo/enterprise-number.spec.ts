import { enterpriseNumberFromBase, isValidEnterpriseNumber, randomEnterpriseNumber } from './enterprise-number';
import { createRandom } from './random';

describe('enterprise numbers (KBO)', () => {
  it('append 97 minus the first eight digits mod 97', () => {
    // 04123456 mod 97 = 83, so the check is 14.
    expect(enterpriseNumberFromBase(4_123_456)).toBe('0412.345.614');
    // A multiple of 97 gets check 97, not 00.
    expect(enterpriseNumberFromBase(97 * 50_000)).toBe('0485.000.097');
    expect(enterpriseNumberFromBase(10_012_345)).toMatch(/^1001\.234\.5\d\d$/);
  });

  it('validate the check digits and the leading 0 or 1', () => {
    // A published number (Proximus), to check against the outside world rather than against ourselves.
    expect(isValidEnterpriseNumber('0202.239.951')).toBe(true);
    expect(isValidEnterpriseNumber('0412345614')).toBe(true);
    expect(isValidEnterpriseNumber('0412.345.615')).toBe(false);
    expect(isValidEnterpriseNumber('2412.345.614')).toBe(false);
    expect(isValidEnterpriseNumber('0412.345.61')).toBe(false);
  });

  it('are always valid when random', () => {
    const random = createRandom(9);
    for (let i = 0; i < 1000; i++) expect(isValidEnterpriseNumber(randomEnterpriseNumber(random))).toBe(true);
  });
});
