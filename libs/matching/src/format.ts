import { Bilingual } from './match-model';

export type Lang = keyof Bilingual;

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Belgian Dutch writes a decimal comma ("1,2 km"), English a point ("1.2 km"); whole numbers lose the ",0". */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = round1(value);
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

export function formatKm(km: number, lang: Lang): string {
  return `${formatNumber(km, lang)} km`;
}

export function formatPoints(points: number, lang: Lang): string {
  const one = round1(points) === 1;
  if (lang === 'nl') return `${formatNumber(points, lang)} ${one ? 'punt' : 'punten'}`;
  return `${formatNumber(points, lang)} ${one ? 'point' : 'points'}`;
}

/** "a, b en c" / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}`;
}

export function bilingual(build: (lang: Lang) => string): Bilingual {
  return { nl: build('nl'), en: build('en') };
}

/** Joins sentences, skipping empty ones. */
export function sentences(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}
