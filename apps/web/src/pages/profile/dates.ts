/** A date as people in Belgium write it: day/month/year, e.g. 1/12/2026 (no leading zeros needed). */
export function belgianDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${Number(match[3])}/${Number(match[2])}/${match[1]}` : '';
}

/** 1/12/2026, 01-12-2026 or 1.12.2026 as 2026-12-01; null when it is no real date. */
export function isoFromBelgian(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/2/2026 would roll over to March: only a date that stays itself is real.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
