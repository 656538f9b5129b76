import { cefrLevelsShort } from '@werkpunt/taxonomy';
import { bilingual, formatPoints } from '../format';
import { MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';
import { languageLevelValue } from './language-level';

export function dutchFactor(
  seeker: Pick<MatchSeeker, 'dutchLevel'>,
  vacancy: Pick<MatchVacancy, 'dutchLevel'>,
): FactorResult {
  const required = vacancy.dutchLevel;
  if (required === null) {
    return {
      value: 1,
      reason: { nl: 'Deze job vraagt geen Nederlands.', en: 'This job does not ask for Dutch.' },
      improvements: [],
    };
  }
  const actual = seeker.dutchLevel;
  const value = languageLevelValue(actual, required);
  const short = actual === null ? null : cefrLevelsShort(actual, required);
  const reason = bilingual((lang) => {
    const nl = lang === 'nl';
    const asks = nl ? `Vraagt Nederlands ${required}` : `Asks for Dutch ${required}`;
    if (actual === null) return nl ? `${asks}, jij hebt nog geen Nederlands.` : `${asks}, you do not speak Dutch yet.`;
    const have = nl ? `${asks}, jij hebt ${actual}.` : `${asks}, you have ${actual}.`;
    if (short === 0) return `${have} ${nl ? 'Dat is genoeg.' : 'That is enough.'}`;
    if (short === 1) return `${have} ${nl ? 'Dat is één niveau lager.' : 'That is one level below.'}`;
    return `${have} ${nl ? `Dat is ${short} niveaus lager.` : `That is ${short} levels below.`}`;
  });
  const improvements =
    value < 1
      ? [
          {
            change: { dutchLevel: required },
            suggestion: (gain: number) =>
              bilingual((lang) =>
                lang === 'nl'
                  ? `Met Nederlands ${required} stijgt je score met ${formatPoints(gain, lang)}.`
                  : `With Dutch ${required} your score rises by ${formatPoints(gain, lang)}.`,
              ),
          },
        ]
      : [];
  return { value, reason, improvements };
}
