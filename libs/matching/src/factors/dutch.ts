import { CefrLevelCode, cefrLevelsShort } from '@werkpunt/taxonomy';
import { Audience } from '../audience';
import { bilingual, Lang } from '../format';
import { MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult, nothingAsked } from './factor-result';
import { languageLevelValue } from './language-level';
import { withGain } from './suggestion';

/** "Vraagt Nederlands B1, jij hebt A2." / "Vraagt Nederlands B1; de kandidaat heeft A2." */
function askedAndHeld(required: CefrLevelCode, actual: CefrLevelCode | null, audience: Audience, lang: Lang): string {
  const nl = lang === 'nl';
  const asks = nl ? `Vraagt Nederlands ${required}` : `Asks for Dutch ${required}`;
  if (audience === 'employer') {
    if (actual === null)
      return nl
        ? `${asks}; de kandidaat spreekt nog geen Nederlands.`
        : `${asks}; the candidate does not speak Dutch yet.`;
    return nl ? `${asks}; de kandidaat heeft ${actual}.` : `${asks}; the candidate has ${actual}.`;
  }
  if (actual === null) return nl ? `${asks}, jij hebt nog geen Nederlands.` : `${asks}, you do not speak Dutch yet.`;
  return nl ? `${asks}, jij hebt ${actual}.` : `${asks}, you have ${actual}.`;
}

function howFarShort(short: number, lang: Lang): string {
  const nl = lang === 'nl';
  if (short === 0) return nl ? 'Dat is genoeg.' : 'That is enough.';
  if (short === 1) return nl ? 'Dat is één niveau lager.' : 'That is one level below.';
  return nl ? `Dat is ${short} niveaus lager.` : `That is ${short} levels below.`;
}

export function dutchFactor(
  seeker: Pick<MatchSeeker, 'dutchLevel'>,
  vacancy: Pick<MatchVacancy, 'dutchLevel'>,
  audience: Audience = 'seeker',
): FactorResult {
  const required = vacancy.dutchLevel;
  if (required === null)
    return nothingAsked({ nl: 'Deze job vraagt geen Nederlands.', en: 'This job does not ask for Dutch.' });
  const actual = seeker.dutchLevel;
  const value = languageLevelValue(actual, required);
  const reason = bilingual((lang) => {
    const held = askedAndHeld(required, actual, audience, lang);
    return actual === null ? held : `${held} ${howFarShort(cefrLevelsShort(actual, required), lang)}`;
  });
  const improvements =
    value < 1
      ? [
          {
            change: { dutchLevel: required },
            suggestion: (gain: number) =>
              withGain({ nl: `Nederlands ${required}`, en: `Dutch ${required}` }, gain, audience),
          },
        ]
      : [];
  return { value, reason, informative: true, improvements };
}
