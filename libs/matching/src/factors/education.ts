import { EducationLevelCode, meetsEducationLevel } from '@werkpunt/taxonomy';
import { Audience } from '../audience';
import { bilingual, formatPoints, Lang, sentences } from '../format';
import { Bilingual, MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult, ImprovementOption, nothingAsked } from './factor-result';
import { withGain } from './suggestion';

/** A diploma in recognition (DGS/NARIC) will most likely count, but the employer cannot rely on it yet. */
export const RECOGNITION_IN_PROGRESS_VALUE = 0.7;

const DIPLOMA: Record<EducationLevelCode, { nl: string; en: string }> = {
  low: { nl: 'geen diploma', en: 'no diploma' },
  mid: { nl: 'een diploma secundair onderwijs', en: 'a secondary-school diploma' },
  high: { nl: 'een diploma hoger onderwijs', en: 'a higher-education diploma' },
};

/** What follows "Deze job vraagt een diploma …." for each reader. */
const HOLDS: Record<Audience, Record<'yes' | 'inRecognition' | 'no', Bilingual>> = {
  seeker: {
    yes: { nl: 'Dat heb je.', en: 'You have one.' },
    inRecognition: {
      nl: 'De erkenning van je diploma loopt nog.',
      en: 'The recognition of your diploma is still in progress.',
    },
    no: { nl: 'Dat heb je (nog) niet.', en: 'You do not have one (yet).' },
  },
  employer: {
    yes: { nl: 'De kandidaat heeft dat.', en: 'The candidate has one.' },
    inRecognition: {
      nl: 'De erkenning van het diploma van de kandidaat loopt nog.',
      en: 'The recognition of the candidate’s diploma is still in progress.',
    },
    no: { nl: 'De kandidaat heeft dat (nog) niet.', en: 'The candidate does not have one (yet).' },
  },
};

function asks(level: EducationLevelCode, lang: Lang): string {
  return lang === 'nl' ? `Deze job vraagt ${DIPLOMA[level].nl}.` : `This job asks for ${DIPLOMA[level].en}.`;
}

function reasonFor(level: EducationLevelCode, holds: Bilingual): Bilingual {
  return bilingual((lang) => `${asks(level, lang)} ${holds[lang]}`);
}

function recognitionSuggestion(gain: number, audience: Audience): Bilingual {
  return bilingual((lang) => {
    const points = formatPoints(gain, lang);
    if (audience === 'employer') {
      return lang === 'nl'
        ? `Als het diploma van de kandidaat erkend is, zou de kandidaat ${points} hoger scoren.`
        : `Once the candidate’s diploma is recognised, the candidate would score ${points} higher.`;
    }
    return lang === 'nl'
      ? `Als je diploma erkend is, stijgt je score met ${points}.`
      : `Once your diploma is recognised, your score rises by ${points}.`;
  });
}

/** The advice to apply for recognition is the person's to act on; an employer only hears what it would add. */
function diplomaSuggestion(required: EducationLevelCode, gain: number, audience: Audience): Bilingual {
  const gained = withGain(DIPLOMA[required], gain, audience);
  if (audience === 'employer') return gained;
  return {
    nl: sentences(gained.nl, "Heb je zo'n diploma uit het buitenland? Vraag dan de erkenning aan."),
    en: sentences(gained.en, 'Do you have such a diploma from abroad? Then apply for its recognition.'),
  };
}

function diplomaImprovement(
  seeker: Pick<MatchSeeker, 'diplomaRecognition'>,
  required: EducationLevelCode,
  audience: Audience,
): ImprovementOption {
  return {
    // A diploma earned here, or a foreign one once recognised: either way it then counts fully.
    change: {
      educationLevel: required,
      diplomaRecognition: seeker.diplomaRecognition === 'in_progress' ? 'recognised' : seeker.diplomaRecognition,
    },
    suggestion: (gain) => diplomaSuggestion(required, gain, audience),
  };
}

export function educationFactor(
  seeker: Pick<MatchSeeker, 'educationLevel' | 'diplomaRecognition'>,
  vacancy: Pick<MatchVacancy, 'minimumEducation'>,
  audience: Audience = 'seeker',
): FactorResult {
  const required = vacancy.minimumEducation;
  // "low" means no diploma is needed, so an unrecognised foreign diploma cannot be held against anyone there.
  if (required === 'none' || required === 'low') {
    return nothingAsked({ nl: 'Deze job vraagt geen diploma.', en: 'This job does not ask for a diploma.' });
  }
  const holds = HOLDS[audience];
  const meets = meetsEducationLevel(seeker.educationLevel, required);
  if (meets && seeker.diplomaRecognition !== 'in_progress') {
    return { value: 1, reason: reasonFor(required, holds.yes), informative: true, improvements: [] };
  }
  if (meets) {
    return {
      value: RECOGNITION_IN_PROGRESS_VALUE,
      reason: reasonFor(required, holds.inRecognition),
      informative: true,
      improvements: [
        { change: { diplomaRecognition: 'recognised' }, suggestion: (gain) => recognitionSuggestion(gain, audience) },
      ],
    };
  }
  return {
    value: 0,
    reason: reasonFor(required, holds.no),
    informative: true,
    improvements: [diplomaImprovement(seeker, required, audience)],
  };
}
