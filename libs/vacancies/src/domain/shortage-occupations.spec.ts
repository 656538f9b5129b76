import { isShortageOccupation, SHORTAGE_ISCO_GROUPS } from './shortage-occupations';

describe('knelpuntberoepen by ISCO group', () => {
  it.each(['2221', '3221', '5321', '7411', '7212', '8332', '5120', '2512', '2522'])(
    '%s is a shortage group',
    (code) => {
      expect(isShortageOccupation(code)).toBe(true);
    },
  );

  it.each(['9112', '5223', '4110', '9329'])('%s is not', (code) => {
    expect(isShortageOccupation(code)).toBe(false);
  });

  it('lists each group once, as a valid ISCO code', () => {
    const codes = SHORTAGE_ISCO_GROUPS.map((group) => group.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^\d{1,4}$/.test(code))).toBe(true);
  });
});
