import { isValidEnterpriseNumber } from '@werkpunt/employers';
import { randomEnterpriseNumber } from './enterprise-number';
import { createRandom } from './random';

// The check digits themselves are tested with the employers context (libs/employers/src/domain).
describe('random enterprise numbers (KBO)', () => {
  it('are always valid', () => {
    const random = createRandom(9);
    for (let i = 0; i < 1000; i++) expect(isValidEnterpriseNumber(randomEnterpriseNumber(random))).toBe(true);
  });
});
