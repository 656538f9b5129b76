/** How a label matched the query, best first. */
export const MATCH_KINDS = ['exact', 'prefix', 'word-prefix', 'contains', 'fuzzy'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** One label of one occupation that matched the query, with what ranking needs to know about it. */
export interface LabelMatch {
  occupationId: string;
  escoCode: string;
  label: string;
  /** LABEL_WEIGHTS: lower names the occupation more directly. */
  weight: number;
  matchKind: MatchKind;
  /** pg_trgm word_similarity(query, label), 0–1: how well the query matches some words of the label. */
  wordSimilarity: number;
  /** pg_trgm similarity(query, label), 0–1: how alike the whole label is. */
  similarity: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Exact before prefix before word prefix before contains before fuzzy; typos rank by how alike they
 * are; then preferred labels and everyday synonyms before obscure alternatives; then shorter labels,
 * which are the more general ones ("schoonmaker" before "schoonmaker van lokalen en grote ruimtes").
 */
export function compareLabelMatches(a: LabelMatch, b: LabelMatch): number {
  const byMatchKind = MATCH_KINDS.indexOf(a.matchKind) - MATCH_KINDS.indexOf(b.matchKind);
  if (byMatchKind !== 0) return byMatchKind;
  if (a.matchKind === 'fuzzy') {
    const bySimilarity = b.wordSimilarity - a.wordSimilarity || b.similarity - a.similarity;
    if (bySimilarity !== 0) return bySimilarity;
  }
  return (
    a.weight - b.weight ||
    a.label.length - b.label.length ||
    compareText(a.escoCode, b.escoCode) ||
    compareText(a.label, b.label)
  );
}

/** Each occupation once, represented by its best-matching label, best occupations first. */
export function rankOccupationMatches<T extends LabelMatch>(matches: readonly T[], limit: number): T[] {
  const bestPerOccupation = new Map<string, T>();
  for (const match of matches) {
    const best = bestPerOccupation.get(match.occupationId);
    if (!best || compareLabelMatches(match, best) < 0) bestPerOccupation.set(match.occupationId, match);
  }
  return [...bestPerOccupation.values()].sort(compareLabelMatches).slice(0, limit);
}
