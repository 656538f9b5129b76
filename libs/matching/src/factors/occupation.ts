import { occupationRelationBetween, OccupationRelation } from '@werkpunt/taxonomy';
import { bilingual, Lang, sentences } from '../format';
import { occupationLabel } from '../labels';
import { MatchLabels, MatchSeeker, MatchSeekerOccupation, MatchVacancy } from '../match-model';
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

function relationSentence(match: WishMatch, vacancy: MatchVacancy, labels: MatchLabels | undefined, lang: Lang) {
  const wanted = occupationLabel(match.wish.occupationId, labels, lang);
  const job = occupationLabel(vacancy.occupationId, labels, lang);
  const nl = lang === 'nl';
  switch (match.relation) {
    case 'same-occupation':
      return nl ? `Dit is het beroep dat je zoekt: ${job}.` : `This is the occupation you are looking for: ${job}.`;
    case 'same-unit':
      return nl
        ? `Deze job (${job}) lijkt sterk op het beroep dat je zoekt: ${wanted}.`
        : `This job (${job}) is very close to the occupation you are looking for: ${wanted}.`;
    case 'same-minor':
      return nl
        ? `Deze job (${job}) lijkt op het beroep dat je zoekt: ${wanted}.`
        : `This job (${job}) is similar to the occupation you are looking for: ${wanted}.`;
    default:
      return nl
        ? `Deze job (${job}) is verwant aan het beroep dat je zoekt: ${wanted}.`
        : `This job (${job}) is related to the occupation you are looking for: ${wanted}.`;
  }
}

/** The best fit over the person's wishes; the vacancy's own occupation must be near one of them. */
export function occupationFactor(
  seeker: Pick<MatchSeeker, 'desiredOccupations'>,
  vacancy: MatchVacancy,
  labels?: MatchLabels,
): FactorResult {
  if (seeker.desiredOccupations.length === 0) {
    return {
      value: 0,
      reason: {
        nl: 'Je hebt nog niet gekozen welk beroep je zoekt.',
        en: 'You have not chosen which occupation you are looking for yet.',
      },
      improvements: [],
    };
  }
  // Ties go to the most wanted wish, so the reason names the occupation the person cares most about.
  const best = seeker.desiredOccupations
    .map((wish) => valueOf(wish, vacancy))
    .reduce((a, b) => (b.value > a.value || (b.value === a.value && b.wish.rank < a.wish.rank) ? b : a));
  if (best.value === 0) {
    return {
      value: 0,
      reason: bilingual((lang) =>
        lang === 'nl'
          ? `Deze job (${occupationLabel(vacancy.occupationId, labels, lang)}) past niet bij de beroepen die je zoekt.`
          : `This job (${occupationLabel(vacancy.occupationId, labels, lang)}) does not match the occupations you are looking for.`,
      ),
      improvements: [],
    };
  }
  const experienced = experienceBonus(best.wish.experienceMonths) > 0;
  return {
    value: best.value,
    reason: bilingual((lang) =>
      sentences(
        relationSentence(best, vacancy, labels, lang),
        experienced && (lang === 'nl' ? 'Je ervaring telt mee.' : 'Your experience counts.'),
      ),
    ),
    improvements: [],
  };
}
