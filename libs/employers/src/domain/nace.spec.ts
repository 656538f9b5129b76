import { GHENT_NACE_SECTORS, isValidNaceCode, normaliseNaceCode } from './nace';

describe('NACE-BEL codes', () => {
  it('accept a class or a Belgian subclass, with or without the dot', () => {
    expect(normaliseNaceCode('81.21')).toBe('81.21');
    expect(normaliseNaceCode('8121')).toBe('81.21');
    expect(normaliseNaceCode(' 81.210 ')).toBe('81.210');
    expect(normaliseNaceCode('01.11')).toBe('01.11');
  });

  it('refuse other shapes and divisions that do not exist', () => {
    for (const bad of ['81', '81.2', '81.2100', '8a.21', '40.11', '00.10', '04.10', '100.1', '']) {
      expect(isValidNaceCode(bad)).toBe(false);
    }
  });

  it('list only valid, distinct codes for Ghent', () => {
    const codes = GHENT_NACE_SECTORS.map((sector) => sector.code);
    expect(codes.every(isValidNaceCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
