// The taxonomy context's public surface: other contexts, the apps and the seeds import only from here.
export { TaxonomyModule, TAXONOMY_ENTITIES } from './taxonomy.module';
export { DEFAULT_OCCUPATION_SEARCH_LIMIT, type OccupationDetails, TaxonomyService } from './taxonomy.service';

export { IscoGroup } from './isco/isco-group.entity';
export { Occupation } from './occupations/occupation.entity';
export { OccupationLabel } from './occupations/occupation-label.entity';
export { Skill } from './skills/skill.entity';
export { SkillIscoGroup } from './skills/skill-isco-group.entity';

export {
  ISCO_LEVELS,
  ISCO_RELATIONS,
  type IscoLevel,
  type IscoRelation,
  iscoLevelOf,
  iscoPathCodes,
  iscoRelationBetween,
  isIscoAncestorOrSelf,
  isIscoCode,
} from './isco/isco-code';
export type { IscoGroupFilter, IscoGroupSummary } from './isco/isco-group-directory.service';
export type { OccupationMatch } from './occupations/occupation-search.service';
export { MATCH_KINDS, type MatchKind } from './occupations/occupation-ranking';
export {
  type OccupationRef,
  type OccupationRelation,
  occupationRelationBetween,
} from './occupations/occupation-relation';
export { escoOccupationUri } from './occupations/esco-uri';
export { LABEL_KINDS, LABEL_WEIGHTS, type LabelKind } from './occupations/label-kind';
export type { SkillSummary } from './skills/skill-catalogue.service';
export { normaliseSearchText } from './text/normalise-search-text';

export {
  CEFR_LEVEL_CODES,
  CEFR_LEVELS,
  type CefrLevel,
  type CefrLevelCode,
  cefrLevel,
  cefrLevelsShort,
  compareCefrLevels,
  isCefrLevelCode,
  meetsCefrLevel,
} from './levels/cefr-levels';
export {
  EDUCATION_LEVEL_CODES,
  EDUCATION_LEVELS,
  type EducationLevel,
  type EducationLevelCode,
  compareEducationLevels,
  educationLevel,
  educationLevelForIsced,
  isEducationLevelCode,
  meetsEducationLevel,
} from './levels/education-levels';

// For the seed step: reading and checking the reference files in seeds/data/taxonomy.
export { buildOccupationLabels, type OccupationLabelRecord } from './reference-data/build-occupation-labels';
export {
  checkTaxonomyReferences,
  readTaxonomyReferenceData,
  TAXONOMY_FILES,
} from './reference-data/read-taxonomy-reference-data';
export {
  type EscoOccupationRecord,
  type IscoGroupRecord,
  type SkillRecord,
  type SynonymRecord,
  TaxonomyDataError,
  type TaxonomyReferenceData,
} from './reference-data/taxonomy-records';
