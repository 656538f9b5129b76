import { MatchScore } from './match-model';

/** An item with its score (or its full explanation, which carries the score). */
export interface ExplainedMatch<T, S extends MatchScore = MatchScore> {
  item: T;
  explanation: S;
}

/**
 * Eligible matches, best first. Equal scores are ordered by id (code-unit order, not locale order) so the
 * same inputs always give the same list, whatever order the search engine returned them in.
 */
export function rankMatches<T extends { id: string }, M extends ExplainedMatch<T>>(items: readonly M[]): M[] {
  return items
    .filter((match) => match.explanation.eligible)
    .sort((a, b) => {
      if (b.explanation.score !== a.explanation.score) return b.explanation.score - a.explanation.score;
      if (a.item.id === b.item.id) return 0;
      return a.item.id < b.item.id ? -1 : 1;
    });
}
