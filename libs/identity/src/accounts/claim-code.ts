import { createHmac, randomInt } from 'node:crypto';

/**
 * Claim codes are read off paper and typed by people who may be new to the alphabet: 10 characters
 * from 29 that are hard to confuse (no 0/O, 1/I/L, U/V), printed as two groups of five. About
 * 48 bits: guessing online is hopeless under the claim throttle; stored as a keyed hash.
 */
export const CLAIM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const CLAIM_CODE_LENGTH = 10;
export const CLAIM_CODE_VALID_DAYS = 30;

export function generateClaimCode(): string {
  let code = '';
  for (let i = 0; i < CLAIM_CODE_LENGTH; i++) code += CLAIM_CODE_ALPHABET[randomInt(CLAIM_CODE_ALPHABET.length)];
  return code;
}

/** "abcde-fghjk" or "ABCDE FGHJK" as typed → "ABCDEFGHJK". */
export function normaliseClaimCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedClaimCode(normalised: string): boolean {
  return normalised.length === CLAIM_CODE_LENGTH && [...normalised].every((c) => CLAIM_CODE_ALPHABET.includes(c));
}

/** For the paper: "ABCDE-FGHJK". */
export function formatClaimCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function hashClaimCode(normalised: string, secret: string): string {
  return createHmac('sha256', secret).update(`claim-code:${normalised}`).digest('hex');
}
