import { otherLanguagesFactor } from './other-languages';

describe('otherLanguagesFactor', () => {
  it('is 1 when the vacancy asks no other language', () => {
    expect(otherLanguagesFactor({ dutchLevel: null, otherLanguages: [] }, { otherLanguages: [] })).toMatchObject({
      value: 1,
      reason: { nl: 'Deze job vraagt geen andere talen.', en: 'This job does not ask for other languages.' },
    });
  });

  it('averages the languages asked: met 1, one level below 0.5, else 0', () => {
    const result = otherLanguagesFactor(
      {
        dutchLevel: 'B1',
        otherLanguages: [
          { language: 'fr', level: 'A2' },
          { language: 'en', level: 'B2' },
        ],
      },
      {
        otherLanguages: [
          { language: 'en', level: 'B1' },
          { language: 'fr', level: 'B1' },
          { language: 'de', level: 'A2' },
          { language: 'tr', level: 'A1' },
        ],
      },
    );
    expect(result.value).toBeCloseTo((1 + 0.5 + 0 + 0) / 4, 10);
    expect(result.reason).toEqual({
      nl: 'Vraagt Engels B1, jij hebt B2. Vraagt Frans B1, jij hebt A2. Vraagt Duits A2, jij spreekt nog geen Duits. Vraagt Turks A1, jij spreekt nog geen Turks.',
      en: 'Asks for English B1, you have B2. Asks for French B1, you have A2. Asks for German A2, you do not speak German yet. Asks for Turkish A1, you do not speak Turkish yet.',
    });
    expect(result.improvements.map((option) => option.change)).toEqual([
      {
        otherLanguages: [
          { language: 'en', level: 'B2' },
          { language: 'fr', level: 'B1' },
        ],
      },
      {
        otherLanguages: [
          { language: 'fr', level: 'A2' },
          { language: 'en', level: 'B2' },
          { language: 'de', level: 'A2' },
        ],
      },
      {
        otherLanguages: [
          { language: 'fr', level: 'A2' },
          { language: 'en', level: 'B2' },
          { language: 'tr', level: 'A1' },
        ],
      },
    ]);
    expect(result.improvements[0].suggestion(0.4)).toEqual({
      nl: 'Met Frans B1 stijgt je score met 0,4 punten.',
      en: 'With French B1 your score rises by 0.4 points.',
    });
  });

  it('reads Dutch listed among other languages from the Dutch level, and shows unknown codes upper case', () => {
    const result = otherLanguagesFactor(
      { dutchLevel: 'B2', otherLanguages: [{ language: 'xx', level: 'C1' }] },
      {
        otherLanguages: [
          { language: 'nl', level: 'B1' },
          { language: 'xx', level: 'B1' },
        ],
      },
    );
    expect(result.value).toBe(1);
    expect(result.reason.nl).toBe('Vraagt Nederlands B1, jij hebt B2. Vraagt XX B1, jij hebt C1.');
  });
});
