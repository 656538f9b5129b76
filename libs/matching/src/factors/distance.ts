import { Audience } from '../audience';
import { commuteRadiusKm } from '../commute-radius';
import { bilingual, formatKm, Lang, sentences } from '../format';
import { Bilingual, MatchProximity, MatchSeeker } from '../match-model';
import { FactorResult } from './factor-result';

export const SAME_NEIGHBOURHOOD_VALUE = 1;
export const NEIGHBOURING_NEIGHBOURHOOD_VALUE = 0.9;
/** Just outside the neighbouring wijken: below a neighbouring wijk, so neighbourhood-first holds at any distance. */
export const NEARBY_START_VALUE = 0.85;
/** Without a location we neither reward nor punish the job. */
export const UNKNOWN_DISTANCE_VALUE = 0.5;

interface DistanceWording {
  /** `name` is the job's wijk in brackets, or empty. */
  sameWijk: (name: string) => Bilingual;
  nextWijk: (name: string, lang: Lang) => string;
  lives: (km: string, lang: Lang) => string;
  tooFar: Bilingual;
}

const WORDING: Record<Audience, DistanceWording> = {
  seeker: {
    sameWijk: (name) => ({
      nl: `Deze job is in je eigen wijk${name}.`,
      en: `This job is in your own neighbourhood${name}.`,
    }),
    nextWijk: (name, lang) =>
      lang === 'nl'
        ? `Deze job is in een wijk naast de jouwe${name}.`
        : `This job is in a neighbourhood next to yours${name}.`,
    lives: (km, lang) => (lang === 'nl' ? `Je woont ${km} van deze job.` : `You live ${km} from this job.`),
    tooFar: { nl: 'Dat is verder dan je wilt reizen.', en: 'That is further than you want to travel.' },
  },
  employer: {
    sameWijk: (name) => ({
      nl: `De kandidaat woont in dezelfde wijk als deze job${name}.`,
      en: `The candidate lives in the same neighbourhood as this job${name}.`,
    }),
    nextWijk: (name, lang) =>
      lang === 'nl'
        ? `Deze job is in een wijk naast die van de kandidaat${name}.`
        : `This job is in a neighbourhood next to the candidate’s${name}.`,
    lives: (km, lang) =>
      lang === 'nl' ? `De kandidaat woont ${km} van deze job.` : `The candidate lives ${km} from this job.`,
    tooFar: {
      nl: 'Dat is verder dan de kandidaat wil reizen.',
      en: 'That is further than the candidate wants to travel.',
    },
  },
};

function named(name: string | null | undefined): string {
  return name ? ` (${name})` : '';
}

function liveSentence(distanceKm: number | null, wording: DistanceWording, lang: Lang): string | null {
  return distanceKm === null ? null : wording.lives(formatKm(distanceKm, lang), lang);
}

function located(value: number, reason: Bilingual): FactorResult {
  return { value, reason, informative: true, improvements: [] };
}

export function distanceFactor(
  seeker: Pick<MatchSeeker, 'maxCommuteKm' | 'maxCommuteMinutes' | 'transportModes'>,
  proximity: MatchProximity,
  audience: Audience = 'seeker',
): FactorResult {
  const wording = WORDING[audience];
  const name = named(proximity.jobNeighbourhoodName);
  if (proximity.sameNeighbourhood) return located(SAME_NEIGHBOURHOOD_VALUE, wording.sameWijk(name));
  if (proximity.neighbouringNeighbourhood) {
    return located(
      NEIGHBOURING_NEIGHBOURHOOD_VALUE,
      bilingual((lang) => sentences(wording.nextWijk(name, lang), liveSentence(proximity.distanceKm, wording, lang))),
    );
  }
  const distance = proximity.distanceKm;
  if (distance === null) {
    // Not a filler: the job does have a place, we just do not know it, and the half marks count.
    return located(UNKNOWN_DISTANCE_VALUE, {
      nl: 'We weten niet waar deze job is.',
      en: 'We do not know where this job is.',
    });
  }
  const radius = commuteRadiusKm(seeker);
  const within = distance < radius;
  return located(
    within ? NEARBY_START_VALUE * (1 - distance / radius) : 0,
    bilingual((lang) => sentences(liveSentence(distance, wording, lang), !within && wording.tooFar[lang])),
  );
}
