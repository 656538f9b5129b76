import { CefrLevelCode, cefrLevelsShort } from '@werkpunt/taxonomy';

/** One level short still counts half: people climb a CEFR level in months, often while working. */
export function languageLevelValue(actual: CefrLevelCode | null, required: CefrLevelCode): number {
  if (actual === null) return 0;
  const short = cefrLevelsShort(actual, required);
  if (short === 0) return 1;
  return short === 1 ? 0.5 : 0;
}
