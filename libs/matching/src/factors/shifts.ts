import { bilingual, joinList, Lang } from '../format';
import { MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';

const SHIFT_WORK: Record<string, { nl: string; en: string }> = {
  day: { nl: 'dagwerk', en: 'day work' },
  evening: { nl: 'avondwerk', en: 'evening work' },
  night: { nl: 'nachtwerk', en: 'night work' },
  weekend: { nl: 'weekendwerk', en: 'weekend work' },
};

function shiftName(shift: string, lang: Lang): string {
  return SHIFT_WORK[shift]?.[lang] ?? shift;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function shiftsFactor(seeker: Pick<MatchSeeker, 'shifts'>, vacancy: Pick<MatchVacancy, 'shifts'>): FactorResult {
  const asked = [...new Set(vacancy.shifts)];
  if (asked.length === 0) {
    return {
      value: 1,
      reason: {
        nl: 'Deze job vraagt geen bijzondere werkuren.',
        en: 'This job does not ask for particular working times.',
      },
      improvements: [],
    };
  }
  const accepted = new Set(seeker.shifts);
  const refused = asked.filter((shift) => !accepted.has(shift));
  const value = (asked.length - refused.length) / asked.length;
  const reason = bilingual((lang) => {
    const all = joinList(
      asked.map((shift) => shiftName(shift, lang)),
      lang,
    );
    const nl = lang === 'nl';
    const asks = nl ? `Deze job vraagt ${all}.` : `This job asks for ${all}.`;
    if (refused.length === 0)
      return `${asks} ${nl ? 'Dat past bij wat je zoekt.' : 'That fits what you are looking for.'}`;
    const refusedText = capitalise(
      joinList(
        refused.map((shift) => shiftName(shift, lang)),
        lang,
      ),
    );
    const plural = refused.length > 1;
    return nl
      ? `${asks} ${refusedText} ${plural ? 'passen' : 'past'} niet bij wat je zoekt.`
      : `${asks} ${refusedText} ${plural ? 'do' : 'does'} not fit what you are looking for.`;
  });
  return { value, reason, improvements: [] };
}
