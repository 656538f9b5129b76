import { CEFR_LEVEL_CODES } from '@werkpunt/taxonomy';

/** A1 = 1 … C2 = 6, so an index can filter "asks at most A2" as a number range. */
export function cefrRank(level: string): number {
  const rank = CEFR_LEVEL_CODES.indexOf(level as (typeof CEFR_LEVEL_CODES)[number]);
  if (rank < 0) throw new Error(`Not a CEFR level: ${level}`);
  return rank + 1;
}
