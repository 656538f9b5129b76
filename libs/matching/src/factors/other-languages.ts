import { CefrLevelCode, compareCefrLevels } from '@werkpunt/taxonomy';
import { bilingual, formatPoints, Lang } from '../format';
import { languageName } from '../labels';
import { MatchLanguage, MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult, ImprovementOption } from './factor-result';
import { languageLevelValue } from './language-level';

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

function languageSentence(asked: MatchLanguage, actual: CefrLevelCode | null, lang: Lang): string {
  const name = languageName(asked.language, lang);
  if (lang === 'nl') {
    return actual === null
      ? `Vraagt ${name} ${asked.level}, jij spreekt nog geen ${name}.`
      : `Vraagt ${name} ${asked.level}, jij hebt ${actual}.`;
  }
  return actual === null
    ? `Asks for ${name} ${asked.level}, you do not speak ${name} yet.`
    : `Asks for ${name} ${asked.level}, you have ${actual}.`;
}

function improvement(seeker: LanguageSeeker, asked: MatchLanguage): ImprovementOption {
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
  return {
    change,
    suggestion: (gain) =>
      bilingual((lang) =>
        lang === 'nl'
          ? `Met ${languageName(asked.language, lang)} ${asked.level} stijgt je score met ${formatPoints(gain, lang)}.`
          : `With ${languageName(asked.language, lang)} ${asked.level} your score rises by ${formatPoints(gain, lang)}.`,
      ),
  };
}

/** The share of the asked languages the person speaks well enough; one level short counts half. */
export function otherLanguagesFactor(
  seeker: LanguageSeeker,
  vacancy: Pick<MatchVacancy, 'otherLanguages'>,
): FactorResult {
  const asked = vacancy.otherLanguages;
  if (asked.length === 0) {
    return {
      value: 1,
      reason: { nl: 'Deze job vraagt geen andere talen.', en: 'This job does not ask for other languages.' },
      improvements: [],
    };
  }
  const assessed = asked.map((language) => {
    const actual = seekerLevel(seeker, language.language);
    return { language, actual, value: languageLevelValue(actual, language.level) };
  });
  const value = assessed.reduce((sum, entry) => sum + entry.value, 0) / assessed.length;
  return {
    value,
    reason: bilingual((lang) =>
      assessed.map((entry) => languageSentence(entry.language, entry.actual, lang)).join(' '),
    ),
    improvements: assessed.filter((entry) => entry.value < 1).map((entry) => improvement(seeker, entry.language)),
  };
}
