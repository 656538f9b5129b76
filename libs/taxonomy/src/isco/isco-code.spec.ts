import { iscoLevelOf, iscoPathCodes, iscoRelationBetween, isIscoAncestorOrSelf } from './isco-code';

describe('ISCO codes', () => {
  it('reads the level from the code length', () => {
    expect(['9', '91', '911', '9112'].map(iscoLevelOf)).toEqual(['major', 'sub-major', 'minor', 'unit']);
  });

  it('rejects what is not an ISCO-08 code', () => {
    expect(() => iscoLevelOf('91123')).toThrow('Not an ISCO-08 code');
    expect(() => iscoLevelOf('9a')).toThrow();
    expect(() => iscoLevelOf('')).toThrow();
  });

  it('lists the path from major group to the code', () => {
    expect(iscoPathCodes('9112')).toEqual(['9', '91', '911', '9112']);
    expect(iscoPathCodes('0')).toEqual(['0']);
  });

  it('knows ancestors by prefix', () => {
    expect(isIscoAncestorOrSelf('911', '9112')).toBe(true);
    expect(isIscoAncestorOrSelf('9112', '9112')).toBe(true);
    expect(isIscoAncestorOrSelf('912', '9112')).toBe(false);
  });

  it.each([
    ['9112', '9112', 'same-unit'],
    ['9112', '9111', 'same-minor'],
    ['9112', '9121', 'same-sub-major'],
    ['9112', '9333', 'same-major'],
    ['9112', '2221', 'unrelated'],
    ['2221', '3221', 'unrelated'],
  ] as const)('%s and %s: %s', (a, b, relation) => {
    expect(iscoRelationBetween(a, b)).toBe(relation);
    expect(iscoRelationBetween(b, a)).toBe(relation);
  });
});
