import { educationFactor } from './education';

describe('educationFactor', () => {
  it('is 1 when no diploma is asked (none or low)', () => {
    for (const minimumEducation of ['none', 'low'] as const) {
      expect(
        educationFactor({ educationLevel: 'low', diplomaRecognition: 'in_progress' }, { minimumEducation }),
      ).toEqual({
        value: 1,
        reason: { nl: 'Deze job vraagt geen diploma.', en: 'This job does not ask for a diploma.' },
        improvements: [],
      });
    }
  });

  it('is 1 when the level is met', () => {
    const result = educationFactor(
      { educationLevel: 'high', diplomaRecognition: 'recognised' },
      { minimumEducation: 'mid' },
    );
    expect(result.value).toBe(1);
    expect(result.reason).toEqual({
      nl: 'Deze job vraagt een diploma secundair onderwijs. Dat heb je.',
      en: 'This job asks for a secondary-school diploma. You have one.',
    });
  });

  it('is 0.7 while the diploma that would meet the level is being recognised', () => {
    const result = educationFactor(
      { educationLevel: 'high', diplomaRecognition: 'in_progress' },
      { minimumEducation: 'high' },
    );
    expect(result.value).toBe(0.7);
    expect(result.reason).toEqual({
      nl: 'Deze job vraagt een diploma hoger onderwijs. De erkenning van je diploma loopt nog.',
      en: 'This job asks for a higher-education diploma. The recognition of your diploma is still in progress.',
    });
    expect(result.improvements[0].change).toEqual({ diplomaRecognition: 'recognised' });
    expect(result.improvements[0].suggestion(2.4)).toEqual({
      nl: 'Als je diploma erkend is, stijgt je score met 2,4 punten.',
      en: 'Once your diploma is recognised, your score rises by 2.4 points.',
    });
  });

  it('is 0 below the level, suggesting the diploma or its recognition', () => {
    const result = educationFactor(
      { educationLevel: 'low', diplomaRecognition: 'not_needed' },
      { minimumEducation: 'mid' },
    );
    expect(result.value).toBe(0);
    expect(result.reason).toEqual({
      nl: 'Deze job vraagt een diploma secundair onderwijs. Dat heb je (nog) niet.',
      en: 'This job asks for a secondary-school diploma. You do not have one (yet).',
    });
    expect(result.improvements[0].change).toEqual({ educationLevel: 'mid', diplomaRecognition: 'not_needed' });
    expect(result.improvements[0].suggestion(8).nl).toBe(
      "Met een diploma secundair onderwijs stijgt je score met 8 punten. Heb je zo'n diploma uit het buitenland? Vraag dan de erkenning aan.",
    );
  });
});
