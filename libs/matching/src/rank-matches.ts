import { MatchExplanation } from './match-model';

export interface ExplainedMatch<T> {
  item: T;
  explanation: MatchExplanation;
}

/**
 * Eligible matches, best first. Equal scores are ordered by id (code-unit order, not locale order) so the
 * same inputs always give the same list, whatever order the search engine returned them in.
 */
export function rankMatches<T extends { id: string }>(items: readonly ExplainedMatch<T>[]): ExplainedMatch<T>[] {
  return items
    .filter((match) => match.explanation.eligible)
    .sort((a, b) => {
      if (b.explanation.score !== a.explanation.score) return b.explanation.score - a.explanation.score;
      if (a.item.id === b.item.id) return 0;
      return a.item.id < b.item.id ? -1 : 1;
    });
}
