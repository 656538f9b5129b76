import { randomInt } from 'node:crypto';

/** Login names for people without e-mail: lower-case letters, digits and dashes. */
export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

/**
 * "Yusuf Demir" → "yusuf-demir-4821": easy to read out and type; the digits keep it unique. Accents
 * are dropped (Tomáš → tomas) because not every keyboard has them.
 */
export function suggestUsername(displayName: string): string {
  const base =
    displayName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30)
      .replace(/-+$/g, '') || 'client';
  return `${base}-${String(randomInt(1000, 10000))}`;
}
