// Belgian enterprise numbers (ondernemingsnummer, KBO/BCE): 10 digits, the first 0 or 1; the last two
// digits are 97 − (the first eight digits mod 97), so a multiple of 97 gets check digits 97, never 00.

/** The digits alone, as stored: "0123.456.749", "BE 0123 456 749" and "0123456749" are one number. */
export function normaliseEnterpriseNumber(input: string): string {
  return input.replace(/^\s*BE/i, '').replace(/[.\s-]/g, '');
}

export function isValidEnterpriseNumber(input: string): boolean {
  const digits = normaliseEnterpriseNumber(input);
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return checkDigitsFor(Number(digits.slice(0, 8))) === Number(digits.slice(8));
}

/** "0123.456.749": how the KBO itself writes a number. Expects a valid or at least 10-digit number. */
export function formatEnterpriseNumber(input: string): string {
  const digits = normaliseEnterpriseNumber(input);
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** The valid, formatted number with these first eight digits (0–19,999,999). */
export function enterpriseNumberFromBase(firstEightDigits: number): string {
  if (!Number.isInteger(firstEightDigits) || firstEightDigits < 0 || firstEightDigits > 19_999_999) {
    throw new Error(`The first eight digits must be 00000000–19999999, got ${firstEightDigits}`);
  }
  const check = checkDigitsFor(firstEightDigits);
  return formatEnterpriseNumber(`${String(firstEightDigits).padStart(8, '0')}${String(check).padStart(2, '0')}`);
}

function checkDigitsFor(firstEightDigits: number): number {
  return 97 - (firstEightDigits % 97);
}
