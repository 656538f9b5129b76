import { Audience } from '../audience';
import { bilingual, joinList, Lang } from '../format';
import { MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult, nothingAsked } from './factor-result';

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

/** "wat je zoekt" / "wat de kandidaat zoekt" */
const WANTED: Record<Audience, Record<Lang, string>> = {
  seeker: { nl: 'wat je zoekt', en: 'what you are looking for' },
  employer: { nl: 'wat de kandidaat zoekt', en: 'what the candidate is looking for' },
};

function fitSentence(refused: string[], audience: Audience, lang: Lang): string {
  const nl = lang === 'nl';
  const wanted = WANTED[audience][lang];
  if (refused.length === 0) return nl ? `Dat past bij ${wanted}.` : `That fits ${wanted}.`;
  const refusedText = capitalise(
    joinList(
      refused.map((shift) => shiftName(shift, lang)),
      lang,
    ),
  );
  const plural = refused.length > 1;
  return nl
    ? `${refusedText} ${plural ? 'passen' : 'past'} niet bij ${wanted}.`
    : `${refusedText} ${plural ? 'do' : 'does'} not fit ${wanted}.`;
}

export function shiftsFactor(
  seeker: Pick<MatchSeeker, 'shifts'>,
  vacancy: Pick<MatchVacancy, 'shifts'>,
  audience: Audience = 'seeker',
): FactorResult {
  const asked = [...new Set(vacancy.shifts)];
  if (asked.length === 0) {
    return nothingAsked({
      nl: 'Deze job vraagt geen bijzondere werkuren.',
      en: 'This job does not ask for particular working times.',
    });
  }
  const accepted = new Set(seeker.shifts);
  const refused = asked.filter((shift) => !accepted.has(shift));
  const value = (asked.length - refused.length) / asked.length;
  const reason = bilingual((lang) => {
    const all = joinList(
      asked.map((shift) => shiftName(shift, lang)),
      lang,
    );
    const asks = lang === 'nl' ? `Deze job vraagt ${all}.` : `This job asks for ${all}.`;
    return `${asks} ${fitSentence(refused, audience, lang)}`;
  });
  return { value, reason, informative: true, improvements: [] };
}
