import { occupationRelationBetween, OccupationRelation } from '@werkpunt/taxonomy';
import { Audience } from '../audience';
import { bilingual, Lang, sentences } from '../format';
import { occupationLabel } from '../labels';
import { Bilingual, MatchLabels, MatchSeeker, MatchSeekerOccupation, MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';

/** 'same-major' counts as unrelated: ISCO major groups are too broad ("craft and related trades"). */
export const OCCUPATION_RELATION_VALUE: Readonly<Record<OccupationRelation, number>> = Object.freeze({
  'same-occupation': 1,
  'same-unit': 0.8,
  'same-minor': 0.6,
  'same-sub-major': 0.3,
  'same-major': 0,
  unrelated: 0,
});

/** A second or third wish still counts almost fully: people often list several trades they would gladly do. */
export function wishRankFactor(rank: number): number {
  if (rank <= 1) return 1;
  if (rank === 2) return 0.95;
  return 0.9;
}

/** Experience adds up to 0.1, reached after two years; enough to break ties, never enough to lift an unrelated job. */
export const EXPERIENCE_BONUS_PER_YEAR = 0.05;
export const MAX_EXPERIENCE_BONUS = 0.1;

export function experienceBonus(experienceMonths: number): number {
  return Math.min(MAX_EXPERIENCE_BONUS, (Math.max(0, experienceMonths) / 12) * EXPERIENCE_BONUS_PER_YEAR);
}

interface WishMatch {
  wish: MatchSeekerOccupation;
  relation: OccupationRelation;
  value: number;
}

function valueOf(wish: MatchSeekerOccupation, vacancy: MatchVacancy): WishMatch {
  const relation = occupationRelationBetween(
    { id: wish.occupationId, iscoCode: wish.iscoCode },
    { id: vacancy.occupationId, iscoCode: vacancy.iscoCode },
  );
  const base = OCCUPATION_RELATION_VALUE[relation];
  const value = base === 0 ? 0 : Math.min(1, base * wishRankFactor(wish.rank) + experienceBonus(wish.experienceMonths));
  return { wish, relation, value };
}

/** Phrases that differ by reader: "het beroep dat je zoekt" or "het beroep dat de kandidaat zoekt". */
interface OccupationWording {
  wanted: Bilingual;
  wantedPlural: Bilingual;
  noWish: Bilingual;
  experience: Bilingual;
}

const WORDING: Record<Audience, OccupationWording> = {
  seeker: {
    wanted: { nl: 'het beroep dat je zoekt', en: 'the occupation you are looking for' },
    wantedPlural: { nl: 'de beroepen die je zoekt', en: 'the occupations you are looking for' },
    noWish: {
      nl: 'Je hebt nog niet gekozen welk beroep je zoekt.',
      en: 'You have not chosen which occupation you are looking for yet.',
    },
    experience: { nl: 'Je ervaring telt mee.', en: 'Your experience counts.' },
  },
  employer: {
    wanted: { nl: 'het beroep dat de kandidaat zoekt', en: 'the occupation the candidate is looking for' },
    wantedPlural: { nl: 'de beroepen die de kandidaat zoekt', en: 'the occupations the candidate is looking for' },
    noWish: {
      nl: 'De kandidaat heeft nog geen beroep gekozen.',
      en: 'The candidate has not chosen an occupation yet.',
    },
    experience: { nl: 'De ervaring van de kandidaat telt mee.', en: 'The candidate’s experience counts.' },
  },
};

interface WordingContext {
  labels: MatchLabels | undefined;
  wording: OccupationWording;
}

function relationSentence(match: WishMatch, vacancy: MatchVacancy, context: WordingContext, lang: Lang) {
  const { labels, wording } = context;
  const wanted = occupationLabel(match.wish.occupationId, labels, lang);
  const job = occupationLabel(vacancy.occupationId, labels, lang);
  const it = wording.wanted[lang];
  const nl = lang === 'nl';
  switch (match.relation) {
    case 'same-occupation':
      return nl ? `Dit is ${it}: ${job}.` : `This is ${it}: ${job}.`;
    case 'same-unit':
      return nl
        ? `Deze job (${job}) lijkt sterk op ${it}: ${wanted}.`
        : `This job (${job}) is very close to ${it}: ${wanted}.`;
    case 'same-minor':
      return nl ? `Deze job (${job}) lijkt op ${it}: ${wanted}.` : `This job (${job}) is similar to ${it}: ${wanted}.`;
    default:
      return nl
        ? `Deze job (${job}) is verwant aan ${it}: ${wanted}.`
        : `This job (${job}) is related to ${it}: ${wanted}.`;
  }
}

/** The best fit over the person's wishes; the vacancy's own occupation must be near one of them. */
export function occupationFactor(
  seeker: Pick<MatchSeeker, 'desiredOccupations'>,
  vacancy: MatchVacancy,
  labels?: MatchLabels,
  audience: Audience = 'seeker',
): FactorResult {
  const wording = WORDING[audience];
  if (seeker.desiredOccupations.length === 0) {
    return { value: 0, reason: wording.noWish, informative: true, improvements: [] };
  }
  // Ties go to the most wanted wish, so the reason names the occupation the person cares most about.
  const best = seeker.desiredOccupations
    .map((wish) => valueOf(wish, vacancy))
    .reduce((a, b) => (b.value > a.value || (b.value === a.value && b.wish.rank < a.wish.rank) ? b : a));
  if (best.value === 0) {
    return {
      value: 0,
      reason: bilingual((lang) => {
        const job = occupationLabel(vacancy.occupationId, labels, lang);
        const them = wording.wantedPlural[lang];
        return lang === 'nl' ? `Deze job (${job}) past niet bij ${them}.` : `This job (${job}) does not match ${them}.`;
      }),
      informative: true,
      improvements: [],
    };
  }
  const experienced = experienceBonus(best.wish.experienceMonths) > 0;
  return {
    value: best.value,
    reason: bilingual((lang) =>
      sentences(relationSentence(best, vacancy, { labels, wording }, lang), experienced && wording.experience[lang]),
    ),
    informative: true,
    improvements: [],
  };
}
