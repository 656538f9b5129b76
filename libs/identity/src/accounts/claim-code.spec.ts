import {
  CLAIM_CODE_ALPHABET,
  CLAIM_CODE_LENGTH,
  formatClaimCode,
  generateClaimCode,
  hashClaimCode,
  isWellFormedClaimCode,
  normaliseClaimCode,
} from './claim-code';

describe('claim codes', () => {
  it('are 10 characters from an alphabet without look-alikes', () => {
    for (const confusable of ['0', 'O', '1', 'I', 'L', 'U', 'V']) expect(CLAIM_CODE_ALPHABET).not.toContain(confusable);
    for (let i = 0; i < 200; i++) {
      const code = generateClaimCode();
      expect(code).toHaveLength(CLAIM_CODE_LENGTH);
      expect(isWellFormedClaimCode(code)).toBe(true);
    }
  });

  it('differ between draws', () => {
    expect(new Set(Array.from({ length: 100 }, generateClaimCode)).size).toBe(100);
  });

  it('print as two groups of five and read back in any case, with or without the dash', () => {
    const printed = formatClaimCode('ABCDEFGHJK');
    expect(printed).toBe('ABCDE-FGHJK');
    expect(normaliseClaimCode(printed)).toBe('ABCDEFGHJK');
    expect(normaliseClaimCode(' abcde fghjk ')).toBe('ABCDEFGHJK');
  });

  it('refuse characters outside the alphabet and wrong lengths', () => {
    expect(isWellFormedClaimCode('ABCDEFGHJ0')).toBe(false);
    expect(isWellFormedClaimCode('ABCDEFGHJ')).toBe(false);
  });

  it('hash with the server secret, so equal codes under another secret do not match', () => {
    expect(hashClaimCode('ABCDEFGHJK', 'secret-a')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashClaimCode('ABCDEFGHJK', 'secret-a')).not.toBe(hashClaimCode('ABCDEFGHJK', 'secret-b'));
  });
});
