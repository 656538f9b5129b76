// Belgian enterprise numbers (KBO/BCE): 10 digits starting with 0 or 1; the last two digits are
// 97 − (first eight digits mod 97).

import { Random } from './random';

export function enterpriseNumberFromBase(firstEightDigits: number): string {
  if (!Number.isInteger(firstEightDigits) || firstEightDigits < 0 || firstEightDigits > 19_999_999) {
    throw new Error(`The first eight digits must be 00000000–19999999, got ${firstEightDigits}`);
  }
  const check = 97 - (firstEightDigits % 97);
  const digits = `${String(firstEightDigits).padStart(8, '0')}${String(check).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

export function isValidEnterpriseNumber(value: string): boolean {
  const digits = value.replace(/[.\s]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/**
 * A valid, plausible number: mostly 0400.000.000–0999.999.999 like established companies, some 1000.xxx.xxx like the
 * newest ones. Being valid, such a number may belong to a real company; demo data only, never shown as real.
 */
export function randomEnterpriseNumber(random: Random): string {
  const firstEightDigits = random.chance(0.9) ? random.int(4_000_000, 9_999_999) : random.int(10_000_000, 10_099_999);
  return enterpriseNumberFromBase(firstEightDigits);
}
