import { isCommonPassword } from './common-passwords';

/**
 * Password rules (NIST SP 800-63B style: length over composition rules):
 * - at least 12 characters; a passphrase of ordinary words ("fiets naar de markt") is welcome;
 * - at most 128 characters, so hashing stays cheap enough that long inputs cannot tie up the server;
 * - not a password from the breach list, also not once trailing digits and symbols are taken off
 *   ("password2024!") and not one character repeated;
 * - not the account's own e-mail address or its name.
 * No rules on upper case, digits or symbols: they push people to predictable patterns.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  email?: string | null;
  displayName?: string | null;
}

/** The reasons a password is refused, in plain language; empty when it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  const length = [...password].length; // code points: an emoji or accented letter counts once
  if (length < PASSWORD_MIN_LENGTH) {
    return [`password must be at least ${PASSWORD_MIN_LENGTH} characters; a few words in a row work well`];
  }
  if (length > PASSWORD_MAX_LENGTH) return [`password must be at most ${PASSWORD_MAX_LENGTH} characters`];

  const lower = password.toLowerCase();
  const withoutTail = lower.replace(/[\d\W_]+$/u, '');
  if (isCommonPassword(lower) || (withoutTail.length > 0 && isCommonPassword(withoutTail))) {
    return ['password is in a list of passwords that are often used or leaked; choose another'];
  }
  if (new Set(lower).size <= 2) return ['password must not repeat one or two characters'];

  const personal = [context.email, context.email?.split('@')[0], context.displayName]
    .filter((value): value is string => !!value && value.length >= 4)
    .map((value) => value.toLowerCase().replace(/\s+/g, ''));
  if (personal.includes(lower.replace(/\s+/g, ''))) {
    return ['password must not be your e-mail address or your name'];
  }
  return [];
}
