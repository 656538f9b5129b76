import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: refresh, password and invitation tokens. */
export function generateSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of the token. A plain SHA-256 is enough for 256-bit random
 * tokens (nothing to brute-force) and allows an indexed lookup.
 */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
