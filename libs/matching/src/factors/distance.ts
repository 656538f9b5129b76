import { commuteRadiusKm } from '../commute-radius';
import { bilingual, formatKm, Lang, sentences } from '../format';
import { MatchProximity, MatchSeeker } from '../match-model';
import { FactorResult } from './factor-result';

export const SAME_NEIGHBOURHOOD_VALUE = 1;
export const NEIGHBOURING_NEIGHBOURHOOD_VALUE = 0.9;
/** Just outside the neighbouring wijken: below a neighbouring wijk, so neighbourhood-first holds at any distance. */
export const NEARBY_START_VALUE = 0.85;
/** Without a location we neither reward nor punish the job. */
export const UNKNOWN_DISTANCE_VALUE = 0.5;

function named(name: string | null | undefined): string {
  return name ? ` (${name})` : '';
}

function liveSentence(distanceKm: number | null, lang: Lang): string | null {
  if (distanceKm === null) return null;
  return lang === 'nl'
    ? `Je woont ${formatKm(distanceKm, lang)} van deze job.`
    : `You live ${formatKm(distanceKm, lang)} from this job.`;
}

export function distanceFactor(
  seeker: Pick<MatchSeeker, 'maxCommuteKm' | 'maxCommuteMinutes' | 'transportModes'>,
  proximity: MatchProximity,
): FactorResult {
  const name = named(proximity.jobNeighbourhoodName);
  if (proximity.sameNeighbourhood) {
    return {
      value: SAME_NEIGHBOURHOOD_VALUE,
      reason: { nl: `Deze job is in je eigen wijk${name}.`, en: `This job is in your own neighbourhood${name}.` },
      improvements: [],
    };
  }
  if (proximity.neighbouringNeighbourhood) {
    return {
      value: NEIGHBOURING_NEIGHBOURHOOD_VALUE,
      reason: bilingual((lang) =>
        sentences(
          lang === 'nl'
            ? `Deze job is in een wijk naast de jouwe${name}.`
            : `This job is in a neighbourhood next to yours${name}.`,
          liveSentence(proximity.distanceKm, lang),
        ),
      ),
      improvements: [],
    };
  }
  const distance = proximity.distanceKm;
  if (distance === null) {
    return {
      value: UNKNOWN_DISTANCE_VALUE,
      reason: { nl: 'We weten niet waar deze job is.', en: 'We do not know where this job is.' },
      improvements: [],
    };
  }
  const radius = commuteRadiusKm(seeker);
  const within = distance < radius;
  const value = within ? NEARBY_START_VALUE * (1 - distance / radius) : 0;
  return {
    value,
    reason: bilingual((lang) =>
      sentences(
        liveSentence(distance, lang),
        !within && (lang === 'nl' ? 'Dat is verder dan je wilt reizen.' : 'That is further than you want to travel.'),
      ),
    ),
    improvements: [],
  };
}
