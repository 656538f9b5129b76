import {
  CEFR_LEVEL_CODES,
  CEFR_LEVELS,
  cefrLevelsShort,
  compareCefrLevels,
  isCefrLevelCode,
  meetsCefrLevel,
} from './cefr-levels';
import {
  compareEducationLevels,
  EDUCATION_LEVELS,
  educationLevelForIsced,
  isEducationLevelCode,
  meetsEducationLevel,
} from './education-levels';

describe('CEFR levels', () => {
  it('orders A1 < A2 < B1 < B2 < C1 < C2', () => {
    const shuffled = ['C1', 'A2', 'B2', 'A1', 'C2', 'B1'] as const;
    expect([...shuffled].sort(compareCefrLevels)).toEqual([...CEFR_LEVEL_CODES]);
  });

  it('says whether a level is enough', () => {
    expect(meetsCefrLevel('B1', 'A2')).toBe(true);
    expect(meetsCefrLevel('B1', 'B1')).toBe(true);
    expect(meetsCefrLevel('A2', 'B1')).toBe(false);
  });

  it('counts the levels still to climb', () => {
    expect(cefrLevelsShort('A1', 'B1')).toBe(2);
    expect(cefrLevelsShort('C1', 'B1')).toBe(0);
  });

  it('recognises codes exactly', () => {
    expect(isCefrLevelCode('B2')).toBe(true);
    expect(isCefrLevelCode('b2')).toBe(false);
    expect(isCefrLevelCode(3)).toBe(false);
  });

  it('describes every level in Dutch and English', () => {
    for (const level of CEFR_LEVELS) {
      expect(level.canDoNl.length).toBeGreaterThan(40);
      expect(level.canDoEn.length).toBeGreaterThan(40);
    }
  });
});

describe('education levels', () => {
  it('maps every ISCED 2011 level once', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(educationLevelForIsced)).toEqual([
      'low',
      'low',
      'low',
      'mid',
      'mid',
      'high',
      'high',
      'high',
      'high',
    ]);
    expect(EDUCATION_LEVELS.flatMap((level) => level.iscedLevels)).toHaveLength(9);
  });

  it('rejects levels outside ISCED 2011', () => {
    expect(() => educationLevelForIsced(9)).toThrow('ISCED 2011');
  });

  it('compares levels', () => {
    expect(compareEducationLevels('low', 'high')).toBeLessThan(0);
    expect(meetsEducationLevel('high', 'mid')).toBe(true);
    expect(meetsEducationLevel('low', 'mid')).toBe(false);
    expect(isEducationLevelCode('mid')).toBe(true);
    expect(isEducationLevelCode('medium')).toBe(false);
  });
});
