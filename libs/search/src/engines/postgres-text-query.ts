import { SqlParams } from './postgres-filter-sql';

/** The text search configuration from the migration: Dutch stemming over unaccented words. */
export const TEXT_CONFIG = `'public.werkpunt_dutch'::regconfig`;

/** Lower case without diacritics, the way the synonym lists and queries are compared. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The tsquery for free text as SQL. Without synonyms it is websearch_to_tsquery (quotes, "or", -word);
 * when a query word belongs to a synonym group, that word becomes an OR of its group and the words are
 * ANDed, so "kuisvrouw gent" finds "schoonmaker ... Gent". Synonyms are matched word by word.
 */
export function tsquerySql(text: string, synonyms: string[][], params: SqlParams): string {
  const groups = new Map<string, string[]>();
  for (const group of synonyms) {
    for (const word of group) groups.set(foldWord(word), group);
  }
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (!words.some((w) => groups.has(foldWord(w)))) {
    return `websearch_to_tsquery(${TEXT_CONFIG}, ${params.add(text)})`;
  }
  const parts = words.map((word) => {
    const group = groups.get(foldWord(word));
    if (!group) return `websearch_to_tsquery(${TEXT_CONFIG}, ${params.add(word)})`;
    return `(${group.map((synonym) => `plainto_tsquery(${TEXT_CONFIG}, ${params.add(synonym)})`).join(' || ')})`;
  });
  return `(${parts.join(' && ')})`;
}
