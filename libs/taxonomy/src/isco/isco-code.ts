/** ISCO-08 nests its groups by code prefix: major "9" ⊃ sub-major "91" ⊃ minor "911" ⊃ unit "9112". */
export const ISCO_LEVELS = ['major', 'sub-major', 'minor', 'unit'] as const;
export type IscoLevel = (typeof ISCO_LEVELS)[number];

const ISCO_CODE = /^\d{1,4}$/;

export function isIscoCode(code: string): boolean {
  return ISCO_CODE.test(code);
}

function assertIscoCode(code: string): void {
  if (!isIscoCode(code)) throw new Error(`Not an ISCO-08 code: "${code}"`);
}

export function iscoLevelOf(code: string): IscoLevel {
  assertIscoCode(code);
  return ISCO_LEVELS[code.length - 1];
}

/** The codes from the major group down to the code itself: "9112" → ["9", "91", "911", "9112"]. */
export function iscoPathCodes(code: string): string[] {
  assertIscoCode(code);
  return Array.from({ length: code.length }, (_, i) => code.slice(0, i + 1));
}

/** True when `ancestor` is `code` or one of the groups it belongs to. */
export function isIscoAncestorOrSelf(ancestor: string, code: string): boolean {
  return code.startsWith(ancestor);
}

/** How closely two occupations are related through ISCO: the smallest group their unit groups share. */
export const ISCO_RELATIONS = ['same-unit', 'same-minor', 'same-sub-major', 'same-major', 'unrelated'] as const;
export type IscoRelation = (typeof ISCO_RELATIONS)[number];

const RELATION_BY_SHARED_LEVELS: IscoRelation[] = [
  'unrelated',
  'same-major',
  'same-sub-major',
  'same-minor',
  'same-unit',
];

export function iscoRelationBetween(codeA: string, codeB: string): IscoRelation {
  assertIscoCode(codeA);
  assertIscoCode(codeB);
  let sharedLevels = 0;
  while (sharedLevels < Math.min(codeA.length, codeB.length) && codeA[sharedLevels] === codeB[sharedLevels]) {
    sharedLevels += 1;
  }
  return RELATION_BY_SHARED_LEVELS[sharedLevels];
}
