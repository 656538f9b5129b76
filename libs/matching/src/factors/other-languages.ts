import { CefrLevelCode, compareCefrLevels } from '@werkpunt/taxonomy';
import { Audience } from '../audience';
import { bilingual, Lang } from '../format';
import { languageName } from '../labels';
import { MatchLanguage, MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult, ImprovementOption, nothingAsked } from './factor-result';
import { languageLevelValue } from './language-level';
import { withGain } from './suggestion';

type LanguageSeeker = Pick<MatchSeeker, 'dutchLevel' | 'otherLanguages'>;

function seekerLevel(seeker: LanguageSeeker, language: string): CefrLevelCode | null {
  const code = language.toLowerCase();
  // A vacancy may list Dutch among its other languages; the person's Dutch lives in its own field.
  if (code === 'nl') return seeker.dutchLevel;
  const levels = seeker.otherLanguages
    .filter((known) => known.language.toLowerCase() === code)
    .map((known) => known.level)
    .sort(compareCefrLevels);
  return levels.length > 0 ? levels[levels.length - 1] : null;
}

function seekerSentence(name: string, asked: string, actual: CefrLevelCode | null, lang: Lang): string {
  if (lang === 'nl') {
    return actual === null ? `${asked}, jij spreekt nog geen ${name}.` : `${asked}, jij hebt ${actual}.`;
  }
  return actual === null ? `${asked}, you do not speak ${name} yet.` : `${asked}, you have ${actual}.`;
}

function employerSentence(name: string, asked: string, actual: CefrLevelCode | null, lang: Lang): string {
  if (lang === 'nl') {
    return actual === null
      ? `${asked}; de kandidaat spreekt nog geen ${name}.`
      : `${asked}; de kandidaat heeft ${actual}.`;
  }
  return actual === null
    ? `${asked}; the candidate does not speak ${name} yet.`
    : `${asked}; the candidate has ${actual}.`;
}

function languageSentence(asked: MatchLanguage, actual: CefrLevelCode | null, audience: Audience, lang: Lang): string {
  const name = languageName(asked.language, lang);
  const asks = lang === 'nl' ? `Vraagt ${name} ${asked.level}` : `Asks for ${name} ${asked.level}`;
  return (audience === 'employer' ? employerSentence : seekerSentence)(name, asks, actual, lang);
}

function improvement(seeker: LanguageSeeker, asked: MatchLanguage, audience: Audience): ImprovementOption {
  const code = asked.language.toLowerCase();
  const change: Partial<MatchSeeker> =
    code === 'nl'
      ? { dutchLevel: asked.level }
      : {
          otherLanguages: [
            ...seeker.otherLanguages.filter((known) => known.language.toLowerCase() !== code),
            { language: asked.language, level: asked.level },
          ],
        };
  const what = bilingual((lang) => `${languageName(asked.language, lang)} ${asked.level}`);
  return { change, suggestion: (gain) => withGain(what, gain, audience) };
}

/** The share of the asked languages the person speaks well enough; one level short counts half. */
export function otherLanguagesFactor(
  seeker: LanguageSeeker,
  vacancy: Pick<MatchVacancy, 'otherLanguages'>,
  audience: Audience = 'seeker',
): FactorResult {
  const asked = vacancy.otherLanguages;
  if (asked.length === 0) {
    return nothingAsked({ nl: 'Deze job vraagt geen andere talen.', en: 'This job does not ask for other languages.' });
  }
  const assessed = asked.map((language) => {
    const actual = seekerLevel(seeker, language.language);
    return { language, actual, value: languageLevelValue(actual, language.level) };
  });
  const value = assessed.reduce((sum, entry) => sum + entry.value, 0) / assessed.length;
  return {
    value,
    reason: bilingual((lang) =>
      assessed.map((entry) => languageSentence(entry.language, entry.actual, audience, lang)).join(' '),
    ),
    informative: true,
    improvements: assessed
      .filter((entry) => entry.value < 1)
      .map((entry) => improvement(seeker, entry.language, audience)),
  };
}
