import { educationFactor } from './education';

describe('educationFactor', () => {
  it('is 1 when no diploma is asked (none or low)', () => {
    for (const minimumEducation of ['none', 'low'] as const) {
      expect(
        educationFactor({ educationLevel: 'low', diplomaRecognition: 'in_progress' }, { minimumEducation }),
      ).toEqual({
        value: 1,
        reason: { nl: 'Deze job vraagt geen diploma.', en: 'This job does not ask for a diploma.' },
        informative: false,
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

describe('educationFactor for an employer', () => {
  const mid = { minimumEducation: 'mid' } as const;

  it('says whether the candidate has the diploma', () => {
    expect(
      educationFactor({ educationLevel: 'high', diplomaRecognition: 'recognised' }, mid, 'employer').reason,
    ).toEqual({
      nl: 'Deze job vraagt een diploma secundair onderwijs. De kandidaat heeft dat.',
      en: 'This job asks for a secondary-school diploma. The candidate has one.',
    });
    expect(
      educationFactor({ educationLevel: 'low', diplomaRecognition: 'not_needed' }, mid, 'employer').reason,
    ).toEqual({
      nl: 'Deze job vraagt een diploma secundair onderwijs. De kandidaat heeft dat (nog) niet.',
      en: 'This job asks for a secondary-school diploma. The candidate does not have one (yet).',
    });
  });

  it('words the recognition and its improvement for the employer', () => {
    const pending = educationFactor({ educationLevel: 'mid', diplomaRecognition: 'in_progress' }, mid, 'employer');
    expect(pending.reason.nl).toBe(
      'Deze job vraagt een diploma secundair onderwijs. De erkenning van het diploma van de kandidaat loopt nog.',
    );
    expect(pending.improvements[0].suggestion(3)).toEqual({
      nl: 'Als het diploma van de kandidaat erkend is, zou de kandidaat 3 punten hoger scoren.',
      en: 'Once the candidate’s diploma is recognised, the candidate would score 3 points higher.',
    });
  });

  it('leaves the advice to apply for recognition to the person', () => {
    const missing = educationFactor({ educationLevel: 'low', diplomaRecognition: 'not_needed' }, mid, 'employer');
    expect(missing.improvements[0].suggestion(10)).toEqual({
      nl: 'Met een diploma secundair onderwijs zou de kandidaat 10 punten hoger scoren.',
      en: 'With a secondary-school diploma the candidate would score 10 points higher.',
    });
  });
});
