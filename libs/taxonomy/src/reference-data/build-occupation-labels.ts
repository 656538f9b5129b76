import { LABEL_WEIGHTS, LabelKind } from '../occupations/label-kind';
import { normaliseSearchText } from '../text/normalise-search-text';
import { EscoOccupationRecord, SynonymRecord } from './taxonomy-records';

/** One row of occupation_labels; the database adds the normalised form with taxonomy_normalise(). */
export interface OccupationLabelRecord {
  occupationId: string;
  label: string;
  kind: LabelKind;
  weight: number;
}

/**
 * Every label people may search an occupation by. A label that normalises to one already listed for the
 * same occupation is kept once, with the better weight: a curated synonym that repeats an ESCO
 * alternative label lifts that label to synonym rank.
 */
export function buildOccupationLabels(
  occupations: readonly EscoOccupationRecord[],
  synonyms: readonly SynonymRecord[],
): OccupationLabelRecord[] {
  const synonymsByCode = new Map<string, SynonymRecord[]>();
  for (const synonym of synonyms) {
    synonymsByCode.set(synonym.escoCode, [...(synonymsByCode.get(synonym.escoCode) ?? []), synonym]);
  }

  return occupations.flatMap((occupation) => {
    const own = synonymsByCode.get(occupation.escoCode) ?? [];
    const candidates: Omit<OccupationLabelRecord, 'occupationId'>[] = [
      { label: occupation.preferredLabel, kind: 'preferred', weight: LABEL_WEIGHTS.preferred },
      ...own
        .filter((s) => s.primary)
        .map((s) => ({ label: s.label, kind: 'synonym' as const, weight: LABEL_WEIGHTS.primarySynonym })),
      ...occupation.altLabels.map((label) => ({
        label,
        kind: 'alternative' as const,
        weight: LABEL_WEIGHTS.alternative,
      })),
      ...own
        .filter((s) => !s.primary)
        .map((s) => ({ label: s.label, kind: 'synonym' as const, weight: LABEL_WEIGHTS.secondarySynonym })),
    ];
    const seen = new Set<string>();
    return candidates.flatMap((candidate) => {
      const normalised = normaliseSearchText(candidate.label);
      if (normalised === '' || seen.has(normalised)) return [];
      seen.add(normalised);
      return [{ occupationId: occupation.id, ...candidate }];
    });
  });
}
