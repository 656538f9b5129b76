import { parse } from 'csv-parse/sync';
import { ISCO_LEVELS, IscoLevel, iscoLevelOf, isIscoCode } from '../isco/isco-code';
import {
  EscoOccupationRecord,
  IscoGroupRecord,
  SkillRecord,
  SynonymRecord,
  TaxonomyDataError,
} from './taxonomy-records';

type CsvRow = Record<string, string>;

const ESCO_OCCUPATION_URI =
  /^http:\/\/data\.europa\.eu\/esco\/occupation\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const ESCO_CODE = /^\d{4}(\.\d+)+$/;
const SKILL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Collects problems per row so one run reports all of them; `line` counts the header as line 1. */
class RowProblems {
  readonly problems: string[] = [];
  constructor(private readonly file: string) {}
  add(line: number, message: string): void {
    this.problems.push(`${this.file}:${line}: ${message}`);
  }
  throwIfAny(): void {
    if (this.problems.length > 0) throw new TaxonomyDataError(this.problems);
  }
}

function readRows(csv: string, file: string, requiredColumns: string[]): CsvRow[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as CsvRow[];
  const missing = requiredColumns.filter((column) => rows.length > 0 && !(column in rows[0]));
  if (missing.length > 0) throw new TaxonomyDataError([`${file}: missing column(s) ${missing.join(', ')}`]);
  return rows;
}

/** ESCO labels carry stray double spaces; compare and show them with single spaces. */
function cleanLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

export function parseIscoGroupsCsv(csv: string, file = 'isco08_groups.csv'): IscoGroupRecord[] {
  const problems = new RowProblems(file);
  const records = readRows(csv, file, ['isco_code', 'level', 'parent_code', 'label_en', 'label_nl_major_only']).map(
    (row, index): IscoGroupRecord => {
      const line = index + 2;
      const code = row.isco_code;
      if (!isIscoCode(code)) problems.add(line, `"${code}" is not an ISCO-08 code`);
      else if (row.level !== iscoLevelOf(code)) problems.add(line, `level "${row.level}" does not fit code ${code}`);
      if (!(ISCO_LEVELS as readonly string[]).includes(row.level)) problems.add(line, `unknown level "${row.level}"`);
      const parentCode = row.parent_code || null;
      const groupAbove = code.length > 1 ? code.slice(0, -1) : null;
      if (parentCode !== groupAbove) {
        problems.add(line, `parent "${row.parent_code}" is not the group above ${code}`);
      }
      if (!row.label_en) problems.add(line, 'English label is empty');
      return {
        code,
        level: row.level as IscoLevel,
        parentCode,
        labelEn: cleanLabel(row.label_en),
        labelNl: row.label_nl_major_only ? cleanLabel(row.label_nl_major_only) : null,
      };
    },
  );
  problems.throwIfAny();
  return records;
}

export function parseEscoOccupationsCsv(csv: string, file = 'occupations_nl_slim.csv'): EscoOccupationRecord[] {
  const problems = new RowProblems(file);
  const records = readRows(csv, file, ['esco_uri', 'esco_code', 'isco4', 'preferred_label_nl', 'alt_labels_nl']).map(
    (row, index): EscoOccupationRecord => {
      const line = index + 2;
      const id = ESCO_OCCUPATION_URI.exec(row.esco_uri)?.[1];
      if (!id) problems.add(line, `"${row.esco_uri}" is not an ESCO occupation URI`);
      if (!ESCO_CODE.test(row.esco_code)) problems.add(line, `"${row.esco_code}" is not an ESCO occupation code`);
      if (!/^\d{4}$/.test(row.isco4) || !row.esco_code.startsWith(row.isco4)) {
        problems.add(line, `ISCO unit group "${row.isco4}" does not fit ESCO code ${row.esco_code}`);
      }
      const preferredLabel = cleanLabel(row.preferred_label_nl);
      if (!preferredLabel) problems.add(line, 'preferred label is empty');
      const altLabels = [...new Set(row.alt_labels_nl.split('|').map(cleanLabel))].filter(
        (label) => label !== '' && label !== preferredLabel,
      );
      return { id: id ?? '', escoCode: row.esco_code, iscoCode: row.isco4, preferredLabel, altLabels };
    },
  );
  problems.throwIfAny();
  return records;
}

export function parseSynonymsCsv(csv: string, file = 'flemish-synonyms.csv'): SynonymRecord[] {
  const problems = new RowProblems(file);
  const seen = new Set<string>();
  const records = readRows(csv, file, ['label', 'esco_code', 'primary']).map((row, index): SynonymRecord => {
    const line = index + 2;
    const label = cleanLabel(row.label);
    if (!label) problems.add(line, 'label is empty');
    if (!ESCO_CODE.test(row.esco_code)) problems.add(line, `"${row.esco_code}" is not an ESCO occupation code`);
    if (row.primary !== 'yes' && row.primary !== 'no')
      problems.add(line, `primary must be yes or no, got "${row.primary}"`);
    const key = `${label.toLowerCase()}→${row.esco_code}`;
    if (seen.has(key)) problems.add(line, `"${label}" is already mapped to ${row.esco_code}`);
    seen.add(key);
    return { label, escoCode: row.esco_code, primary: row.primary === 'yes' };
  });
  problems.throwIfAny();
  return records;
}

export function parseSkillsCsv(csv: string, file = 'skills.csv'): SkillRecord[] {
  const problems = new RowProblems(file);
  const seen = new Set<string>();
  const records = readRows(csv, file, ['id', 'name_nl', 'name_en', 'isco_groups']).map((row, index): SkillRecord => {
    const line = index + 2;
    if (!SKILL_ID.test(row.id)) problems.add(line, `id "${row.id}" is not a lowercase slug`);
    if (seen.has(row.id)) problems.add(line, `id "${row.id}" is used twice`);
    seen.add(row.id);
    if (!row.name_nl || !row.name_en) problems.add(line, 'Dutch and English names are both required');
    const iscoCodes = row.isco_groups.split('|').map((code) => code.trim());
    for (const code of iscoCodes) if (!isIscoCode(code)) problems.add(line, `"${code}" is not an ISCO-08 code`);
    return { id: row.id, nameNl: cleanLabel(row.name_nl), nameEn: cleanLabel(row.name_en), iscoCodes };
  });
  problems.throwIfAny();
  return records;
}
