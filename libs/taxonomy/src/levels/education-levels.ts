/**
 * The three education levels the labour-market figures for Ghent use (VDAB / Arvastat), on ISCED 2011.
 * Kept in code, not in a table: three fixed values that matching logic compares, with no rows to join.
 */
export const EDUCATION_LEVEL_CODES = ['low', 'mid', 'high'] as const;
export type EducationLevelCode = (typeof EDUCATION_LEVEL_CODES)[number];

export interface EducationLevel {
  code: EducationLevelCode;
  /** 1 for low up to 3 for high: compare levels by rank. */
  rank: number;
  iscedLevels: number[];
  labelNl: string;
  labelEn: string;
  descriptionNl: string;
  descriptionEn: string;
}

export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  {
    code: 'low',
    rank: 1,
    iscedLevels: [0, 1, 2],
    labelNl: 'laaggeschoold',
    labelEn: 'low-educated',
    descriptionNl:
      'Geen diploma secundair onderwijs: hoogstens lager onderwijs of de eerste jaren van het secundair onderwijs.',
    descriptionEn: 'No secondary-school diploma: at most primary school or the first years of secondary school.',
  },
  {
    code: 'mid',
    rank: 2,
    iscedLevels: [3, 4],
    labelNl: 'middengeschoold',
    labelEn: 'mid-educated',
    descriptionNl:
      'Een diploma secundair onderwijs, ook via een zevende jaar, Se-n-Se, tweedekansonderwijs of volwassenenonderwijs.',
    descriptionEn:
      'A secondary-school diploma, also through a seventh year, Se-n-Se, second-chance or adult education.',
  },
  {
    code: 'high',
    rank: 3,
    iscedLevels: [5, 6, 7, 8],
    labelNl: 'hooggeschoold',
    labelEn: 'high-educated',
    descriptionNl: 'Een diploma hoger onderwijs: graduaat (HBO5), bachelor, master of doctoraat.',
    descriptionEn: 'A higher-education diploma: associate degree (HBO5), bachelor, master or doctorate.',
  },
];

export function isEducationLevelCode(value: unknown): value is EducationLevelCode {
  return typeof value === 'string' && (EDUCATION_LEVEL_CODES as readonly string[]).includes(value);
}

export function educationLevel(code: EducationLevelCode): EducationLevel {
  const level = EDUCATION_LEVELS.find((candidate) => candidate.code === code);
  if (!level) throw new Error(`Unknown education level "${code}"`);
  return level;
}

/** The level an ISCED 2011 level (0–8) belongs to. */
export function educationLevelForIsced(isced: number): EducationLevelCode {
  const level = EDUCATION_LEVELS.find((candidate) => candidate.iscedLevels.includes(isced));
  if (!level) throw new Error(`ISCED 2011 levels run from 0 to 8, got ${isced}`);
  return level.code;
}

/** Negative when a is lower than b, 0 when equal, positive when higher; usable in Array.sort. */
export function compareEducationLevels(a: EducationLevelCode, b: EducationLevelCode): number {
  return educationLevel(a).rank - educationLevel(b).rank;
}

export function meetsEducationLevel(actual: EducationLevelCode, required: EducationLevelCode): boolean {
  return compareEducationLevels(actual, required) >= 0;
}
