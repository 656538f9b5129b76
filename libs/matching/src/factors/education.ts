import { EducationLevelCode, meetsEducationLevel } from '@werkpunt/taxonomy';
import { bilingual, formatPoints, Lang } from '../format';
import { MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';

/** A diploma in recognition (DGS/NARIC) will most likely count, but the employer cannot rely on it yet. */
export const RECOGNITION_IN_PROGRESS_VALUE = 0.7;

const DIPLOMA: Record<EducationLevelCode, { nl: string; en: string }> = {
  low: { nl: 'geen diploma', en: 'no diploma' },
  mid: { nl: 'een diploma secundair onderwijs', en: 'a secondary-school diploma' },
  high: { nl: 'een diploma hoger onderwijs', en: 'a higher-education diploma' },
};

function asks(level: EducationLevelCode, lang: Lang): string {
  return lang === 'nl' ? `Deze job vraagt ${DIPLOMA[level].nl}.` : `This job asks for ${DIPLOMA[level].en}.`;
}

export function educationFactor(
  seeker: Pick<MatchSeeker, 'educationLevel' | 'diplomaRecognition'>,
  vacancy: Pick<MatchVacancy, 'minimumEducation'>,
): FactorResult {
  const required = vacancy.minimumEducation;
  // "low" means no diploma is needed, so an unrecognised foreign diploma cannot be held against anyone there.
  if (required === 'none' || required === 'low') {
    return {
      value: 1,
      reason: { nl: 'Deze job vraagt geen diploma.', en: 'This job does not ask for a diploma.' },
      improvements: [],
    };
  }
  const meets = meetsEducationLevel(seeker.educationLevel, required);
  if (meets && seeker.diplomaRecognition !== 'in_progress') {
    return {
      value: 1,
      reason: bilingual((lang) => `${asks(required, lang)} ${lang === 'nl' ? 'Dat heb je.' : 'You have one.'}`),
      improvements: [],
    };
  }
  if (meets) {
    return {
      value: RECOGNITION_IN_PROGRESS_VALUE,
      reason: bilingual(
        (lang) =>
          `${asks(required, lang)} ${lang === 'nl' ? 'De erkenning van je diploma loopt nog.' : 'The recognition of your diploma is still in progress.'}`,
      ),
      improvements: [
        {
          change: { diplomaRecognition: 'recognised' },
          suggestion: (gain) =>
            bilingual((lang) =>
              lang === 'nl'
                ? `Als je diploma erkend is, stijgt je score met ${formatPoints(gain, lang)}.`
                : `Once your diploma is recognised, your score rises by ${formatPoints(gain, lang)}.`,
            ),
        },
      ],
    };
  }
  return {
    value: 0,
    reason: bilingual(
      (lang) => `${asks(required, lang)} ${lang === 'nl' ? 'Dat heb je (nog) niet.' : 'You do not have one (yet).'}`,
    ),
    improvements: [
      {
        // A diploma earned here, or a foreign one once recognised: either way it then counts fully.
        change: {
          educationLevel: required,
          diplomaRecognition: seeker.diplomaRecognition === 'in_progress' ? 'recognised' : seeker.diplomaRecognition,
        },
        suggestion: (gain) =>
          bilingual((lang) =>
            lang === 'nl'
              ? `Met ${DIPLOMA[required].nl} stijgt je score met ${formatPoints(gain, lang)}. Heb je zo'n diploma uit het buitenland? Vraag dan de erkenning aan.`
              : `With ${DIPLOMA[required].en} your score rises by ${formatPoints(gain, lang)}. Do you have such a diploma from abroad? Then apply for its recognition.`,
          ),
      },
    ],
  };
}
