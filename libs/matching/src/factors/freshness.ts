import { daysBetween, ghentDateOf } from '../ghent-calendar';
import { MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';

/** After two months a vacancy is often filled in practice, even when it is still online. */
export const FRESHNESS_DAYS_TO_FLOOR = 60;
export const FRESHNESS_FLOOR = 0.3;
export const UNKNOWN_FRESHNESS_VALUE = 0.5;

export function freshnessFactor(vacancy: Pick<MatchVacancy, 'publishedAt'>, today: string): FactorResult {
  const published = vacancy.publishedAt === null ? null : ghentDateOf(vacancy.publishedAt);
  if (published === null) {
    return {
      value: UNKNOWN_FRESHNESS_VALUE,
      reason: {
        nl: 'We weten niet sinds wanneer deze vacature online staat.',
        en: 'We do not know since when this vacancy has been online.',
      },
      informative: true,
      improvements: [],
    };
  }
  const days = Math.max(0, daysBetween(published, today));
  const value = Math.max(FRESHNESS_FLOOR, 1 - ((1 - FRESHNESS_FLOOR) * days) / FRESHNESS_DAYS_TO_FLOOR);
  const reason =
    days === 0
      ? { nl: 'Deze vacature is vandaag verschenen.', en: 'This vacancy was published today.' }
      : days === 1
        ? { nl: 'Deze vacature staat 1 dag online.', en: 'This vacancy has been online for 1 day.' }
        : { nl: `Deze vacature staat ${days} dagen online.`, en: `This vacancy has been online for ${days} days.` };
  // The same words for every reader: they are about the vacancy, not about the person.
  return { value, reason, informative: true, improvements: [] };
}
