import { Audience } from '../audience';
import { bilingual, formatPoints } from '../format';
import { Bilingual } from '../match-model';

/**
 * "With Dutch B1 your score rises by 6 points." for the person; for an employer the same change is something
 * the candidate would need: "With Dutch B1 the candidate would score 6 points higher."
 */
export function withGain(what: Bilingual, gain: number, audience: Audience): Bilingual {
  return bilingual((lang) => {
    const points = formatPoints(gain, lang);
    if (audience === 'employer') {
      return lang === 'nl'
        ? `Met ${what.nl} zou de kandidaat ${points} hoger scoren.`
        : `With ${what.en} the candidate would score ${points} higher.`;
    }
    return lang === 'nl'
      ? `Met ${what.nl} stijgt je score met ${points}.`
      : `With ${what.en} your score rises by ${points}.`;
  });
}
