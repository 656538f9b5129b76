import { iscoRelationBetween, IscoRelation } from '@werkpunt/taxonomy';
import { Bilingual } from '@werkpunt/matching';
import { GroupTension } from './occupation-tension';

/** Fewer open vacancies than this for a wish, or more job seekers per vacancy, and we look next door. */
export const FEW_OPENINGS = 5;
export const HIGH_TENSION = 4;
const MAX_SUGGESTIONS = 5;
/** Only groups this close count as "similar": the same minor group, or the same sub-major group. */
const CLOSE_RELATIONS: IscoRelation[] = ['same-minor', 'same-sub-major'];

export interface WishTension {
  occupationId: string;
  iscoCode: string;
  openVacancies: number;
  jobSeekers: number;
  tension: number;
  /** True when this wish has few openings: suggestions follow. */
  few: boolean;
}

export interface OccupationSuggestion {
  iscoCode: string;
  relation: IscoRelation;
  openVacancies: number;
  tension: number;
  occupationId: string;
  reason: Bilingual;
}

/**
 * Pure: for a wish with few openings, the nearby ISCO unit groups (taxonomy neighbours) that have more open
 * vacancies and fewer job seekers per vacancy, closest relation first, then most openings.
 */
export function suggestSimilarGroups(
  wish: { occupationId: string; iscoCode: string },
  groups: ReadonlyMap<string, GroupTension>,
  labels: { group: (code: string) => Bilingual; own: Bilingual },
): { tension: WishTension; suggestions: OccupationSuggestion[] } {
  const own = groups.get(wish.iscoCode);
  const openVacancies = own?.openVacancies ?? 0;
  const jobSeekers = own?.jobSeekers ?? 0;
  const tension = own?.tension ?? 0;
  const few = openVacancies < FEW_OPENINGS || tension > HIGH_TENSION;
  const result = {
    tension: { ...wish, openVacancies, jobSeekers, tension, few },
    suggestions: [] as OccupationSuggestion[],
  };
  if (!few) return result;
  result.suggestions = [...groups.values()]
    .filter((g) => g.iscoCode !== wish.iscoCode && g.topOccupationId !== null)
    .map((g) => ({ group: g, relation: iscoRelationBetween(wish.iscoCode, g.iscoCode) }))
    .filter(
      ({ group, relation }) =>
        CLOSE_RELATIONS.includes(relation) &&
        group.openVacancies > openVacancies &&
        (openVacancies === 0 || group.tension < tension),
    )
    .sort(
      (a, b) =>
        CLOSE_RELATIONS.indexOf(a.relation) - CLOSE_RELATIONS.indexOf(b.relation) ||
        b.group.openVacancies - a.group.openVacancies ||
        a.group.iscoCode.localeCompare(b.group.iscoCode),
    )
    .slice(0, MAX_SUGGESTIONS)
    .map(({ group, relation }) => {
      const name = labels.group(group.iscoCode);
      return {
        iscoCode: group.iscoCode,
        relation,
        openVacancies: group.openVacancies,
        tension: group.tension,
        occupationId: group.topOccupationId!,
        reason: {
          nl: `${name.nl}: ${group.openVacancies} vacatures nu, ${formatNl(group.tension)} werkzoekenden per vacature. Dit werk lijkt op ${labels.own.nl}.`,
          en: `${name.en}: ${group.openVacancies} open vacancies now, ${group.tension} job seekers per vacancy. This work is close to ${labels.own.en}.`,
        },
      };
    });
  return result;
}

function formatNl(value: number): string {
  return String(value).replace('.', ',');
}
