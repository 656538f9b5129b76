import { Audience } from '../audience';
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

/** The second sentence: do the job's hours fit what the person looks for? */
function fitSentence(fits: boolean, wanted: string, audience: Audience, lang: Lang): string {
  const nl = lang === 'nl';
  if (audience === 'employer') {
    if (fits) return nl ? 'Dat past bij wat de kandidaat zoekt.' : 'That fits what the candidate is looking for.';
    return nl ? `De kandidaat zoekt ${wanted}.` : `The candidate is looking for ${wanted}.`;
  }
  if (fits) return nl ? 'Dat past bij wat je zoekt.' : 'That fits what you are looking for.';
  return nl ? `Jij zoekt ${wanted}.` : `You are looking for ${wanted}.`;
}

export function hoursFactor(
  seeker: Pick<MatchSeeker, 'hoursPerWeekMin' | 'hoursPerWeekMax'>,
  vacancy: Pick<MatchVacancy, 'hoursPerWeekMin' | 'hoursPerWeekMax'>,
  audience: Audience = 'seeker',
): FactorResult {
  const [seekerMin, seekerMax] = range(seeker.hoursPerWeekMin, seeker.hoursPerWeekMax);
  const [jobMin, jobMax] = range(vacancy.hoursPerWeekMin, vacancy.hoursPerWeekMax);
  const gap = Math.max(0, jobMin - seekerMax, seekerMin - jobMax);
  const value = Math.max(0, 1 - gap / HOURS_GAP_TO_ZERO);
  const reason = bilingual((lang) => {
    const job = hoursText(jobMin, jobMax, lang);
    const week = lang === 'nl' ? `Deze job is ${job} per week.` : `This job is ${job} a week.`;
    return `${week} ${fitSentence(gap === 0, hoursText(seekerMin, seekerMax, lang), audience, lang)}`;
  });
  return { value, reason, informative: true, improvements: [] };
}
