import { bilingual, formatNumber, Lang } from '../format';
import { MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';

/** A gap of two working days a week (16 hours) is where the hours no longer fit at all. */
export const HOURS_GAP_TO_ZERO = 16;

function range(min: number, max: number): [number, number] {
  return min <= max ? [min, max] : [max, min];
}

function hoursText(min: number, max: number, lang: Lang): string {
  const nl = lang === 'nl';
  if (min === max) return `${formatNumber(min, lang)} ${nl ? 'uur' : 'hours'}`;
  return nl
    ? `${formatNumber(min, lang)} tot ${formatNumber(max, lang)} uur`
    : `${formatNumber(min, lang)} to ${formatNumber(max, lang)} hours`;
}

export function hoursFactor(
  seeker: Pick<MatchSeeker, 'hoursPerWeekMin' | 'hoursPerWeekMax'>,
  vacancy: Pick<MatchVacancy, 'hoursPerWeekMin' | 'hoursPerWeekMax'>,
): FactorResult {
  const [seekerMin, seekerMax] = range(seeker.hoursPerWeekMin, seeker.hoursPerWeekMax);
  const [jobMin, jobMax] = range(vacancy.hoursPerWeekMin, vacancy.hoursPerWeekMax);
  const gap = Math.max(0, jobMin - seekerMax, seekerMin - jobMax);
  const value = Math.max(0, 1 - gap / HOURS_GAP_TO_ZERO);
  const reason = bilingual((lang) => {
    const job = hoursText(jobMin, jobMax, lang);
    if (lang === 'nl') {
      return gap === 0
        ? `Deze job is ${job} per week. Dat past bij wat je zoekt.`
        : `Deze job is ${job} per week. Jij zoekt ${hoursText(seekerMin, seekerMax, lang)}.`;
    }
    return gap === 0
      ? `This job is ${job} a week. That fits what you are looking for.`
      : `This job is ${job} a week. You are looking for ${hoursText(seekerMin, seekerMax, lang)}.`;
  });
  return { value, reason, improvements: [] };
}
