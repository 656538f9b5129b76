import { IscoLevel } from '../isco/isco-code';

/** Rows of the taxonomy reference files in seeds/data/taxonomy, as the seed writes them. */
export interface IscoGroupRecord {
  code: string;
  level: IscoLevel;
  parentCode: string | null;
  labelEn: string;
  labelNl: string | null;
}

export interface EscoOccupationRecord {
  /** The UUID at the end of the ESCO URI: stable across ESCO releases, so it is our id too. */
  id: string;
  escoCode: string;
  iscoCode: string;
  preferredLabel: string;
  altLabels: string[];
}

/** A curated everyday word for an ESCO occupation; `primary` when it is what people mostly mean by it. */
export interface SynonymRecord {
  label: string;
  escoCode: string;
  primary: boolean;
}

export interface SkillRecord {
  id: string;
  nameNl: string;
  nameEn: string;
  iscoCodes: string[];
}

export interface TaxonomyReferenceData {
  iscoGroups: IscoGroupRecord[];
  occupations: EscoOccupationRecord[];
  synonyms: SynonymRecord[];
  skills: SkillRecord[];
}

/** Lists every problem of a reference file at once, with file and line, so a curator fixes them in one go. */
export class TaxonomyDataError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid taxonomy reference data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TaxonomyDataError';
  }
}
