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

describe('otherLanguagesFactor for an employer', () => {
  const candidate = { dutchLevel: 'B1' as const, otherLanguages: [{ language: 'fr', level: 'A2' as const }] };
  const asks = {
    otherLanguages: [
      { language: 'fr', level: 'B1' as const },
      { language: 'de', level: 'A2' as const },
    ],
  };

  it('says what the candidate speaks', () => {
    expect(otherLanguagesFactor(candidate, asks, 'employer').reason).toEqual({
      nl: 'Vraagt Frans B1; de kandidaat heeft A2. Vraagt Duits A2; de kandidaat spreekt nog geen Duits.',
      en: 'Asks for French B1; the candidate has A2. Asks for German A2; the candidate does not speak German yet.',
    });
  });

  it('words the improvement as what the candidate would need', () => {
    expect(otherLanguagesFactor(candidate, asks, 'employer').improvements[0].suggestion(2.5)).toEqual({
      nl: 'Met Frans B1 zou de kandidaat 2,5 punten hoger scoren.',
      en: 'With French B1 the candidate would score 2.5 points higher.',
    });
  });

  it('marks a job that asks no other language as a filler', () => {
    expect(otherLanguagesFactor(candidate, { otherLanguages: [] }, 'employer').informative).toBe(false);
    expect(otherLanguagesFactor(candidate, asks).informative).toBe(true);
  });
});
