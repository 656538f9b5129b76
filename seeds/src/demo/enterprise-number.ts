// Random, valid Belgian enterprise numbers (KBO/BCE) for demo employers; the check itself is the employers
// context's, so the demo and the API agree on what is valid.

import { enterpriseNumberFromBase } from '@werkpunt/employers';
import { Random } from './random';

/**
 * A valid, plausible number: mostly 0400.000.000–0999.999.999 like established companies, some 1000.xxx.xxx like the
 * newest ones. Being valid, such a number may belong to a real company; demo data only, never shown as real.
 */
export function randomEnterpriseNumber(random: Random): string {
  const firstEightDigits = random.chance(0.9) ? random.int(4_000_000, 9_999_999) : random.int(10_000_000, 10_099_999);
  return enterpriseNumberFromBase(firstEightDigits);
}
