import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEscoOccupationsCsv, parseIscoGroupsCsv, parseSkillsCsv, parseSynonymsCsv } from './parse-taxonomy-csv';
import { TaxonomyDataError, TaxonomyReferenceData } from './taxonomy-records';

/** The files in seeds/data/taxonomy; see the README there for where each comes from. */
export const TAXONOMY_FILES = {
  iscoGroups: 'isco08_groups.csv',
  occupations: 'occupations_nl_slim.csv',
  synonyms: 'flemish-synonyms.csv',
  skills: 'skills.csv',
} as const;

/** Checks that every reference between the files resolves, so the seed never half-loads a broken set. */
export function checkTaxonomyReferences(data: TaxonomyReferenceData): void {
  const problems: string[] = [];
  const iscoCodes = new Set(data.iscoGroups.map((group) => group.code));
  const escoCodes = new Set(data.occupations.map((occupation) => occupation.escoCode));
  const occupationIds = new Set<string>();

  for (const group of data.iscoGroups) {
    if (group.parentCode && !iscoCodes.has(group.parentCode)) {
      problems.push(`${TAXONOMY_FILES.iscoGroups}: ${group.code} has unknown parent ${group.parentCode}`);
    }
  }
  for (const occupation of data.occupations) {
    if (!iscoCodes.has(occupation.iscoCode)) {
      problems.push(
        `${TAXONOMY_FILES.occupations}: ${occupation.escoCode} has unknown ISCO group ${occupation.iscoCode}`,
      );
    }
    if (occupationIds.has(occupation.id))
      problems.push(`${TAXONOMY_FILES.occupations}: id ${occupation.id} is used twice`);
    occupationIds.add(occupation.id);
  }
  for (const synonym of data.synonyms) {
    if (!escoCodes.has(synonym.escoCode)) {
      problems.push(`${TAXONOMY_FILES.synonyms}: "${synonym.label}" points to unknown ESCO code ${synonym.escoCode}`);
    }
  }
  for (const skill of data.skills) {
    for (const code of skill.iscoCodes.filter((c) => !iscoCodes.has(c))) {
      problems.push(`${TAXONOMY_FILES.skills}: ${skill.id} points to unknown ISCO group ${code}`);
    }
  }
  if (problems.length > 0) throw new TaxonomyDataError(problems);
}

export function readTaxonomyReferenceData(directory: string): TaxonomyReferenceData {
  const read = (file: string) => readFileSync(join(directory, file), 'utf8');
  const data: TaxonomyReferenceData = {
    iscoGroups: parseIscoGroupsCsv(read(TAXONOMY_FILES.iscoGroups)),
    occupations: parseEscoOccupationsCsv(read(TAXONOMY_FILES.occupations)),
    synonyms: parseSynonymsCsv(read(TAXONOMY_FILES.synonyms)),
    skills: parseSkillsCsv(read(TAXONOMY_FILES.skills)),
  };
  checkTaxonomyReferences(data);
  return data;
}
