import { dutchFactor } from './dutch';

describe('dutchFactor', () => {
  it('is 1 when the vacancy asks no Dutch', () => {
    expect(dutchFactor({ dutchLevel: null }, { dutchLevel: null })).toEqual({
      value: 1,
      reason: { nl: 'Deze job vraagt geen Nederlands.', en: 'This job does not ask for Dutch.' },
      informative: false,
      improvements: [],
    });
  });

  it('is 1 when the level is met', () => {
    const result = dutchFactor({ dutchLevel: 'B2' }, { dutchLevel: 'B1' });
    expect(result.value).toBe(1);
    expect(result.reason).toEqual({
      nl: 'Vraagt Nederlands B1, jij hebt B2. Dat is genoeg.',
      en: 'Asks for Dutch B1, you have B2. That is enough.',
    });
    expect(result.improvements).toEqual([]);
  });

  it('is 0.5 one level below, with the level to reach as the improvement', () => {
    const result = dutchFactor({ dutchLevel: 'A2' }, { dutchLevel: 'B1' });
    expect(result.value).toBe(0.5);
    expect(result.reason).toEqual({
      nl: 'Vraagt Nederlands B1, jij hebt A2. Dat is één niveau lager.',
      en: 'Asks for Dutch B1, you have A2. That is one level below.',
    });
    expect(result.improvements).toHaveLength(1);
    expect(result.improvements[0].change).toEqual({ dutchLevel: 'B1' });
    expect(result.improvements[0].suggestion(6)).toEqual({
      nl: 'Met Nederlands B1 stijgt je score met 6 punten.',
      en: 'With Dutch B1 your score rises by 6 points.',
    });
  });

  it('is 0 two or more levels below, or without Dutch', () => {
    const far = dutchFactor({ dutchLevel: 'A1' }, { dutchLevel: 'B2' });
    expect(far.value).toBe(0);
    expect(far.reason).toEqual({
      nl: 'Vraagt Nederlands B2, jij hebt A1. Dat is 3 niveaus lager.',
      en: 'Asks for Dutch B2, you have A1. That is 3 levels below.',
    });
    const none = dutchFactor({ dutchLevel: null }, { dutchLevel: 'A2' });
    expect(none.value).toBe(0);
    expect(none.reason).toEqual({
      nl: 'Vraagt Nederlands A2, jij hebt nog geen Nederlands.',
      en: 'Asks for Dutch A2, you do not speak Dutch yet.',
    });
    expect(none.improvements[0].change).toEqual({ dutchLevel: 'A2' });
  });
});

describe('dutchFactor for an employer', () => {
  it('says what the job asks and what the candidate has', () => {
    const short = dutchFactor({ dutchLevel: 'A2' }, { dutchLevel: 'B1' }, 'employer');
    expect(short.reason).toEqual({
      nl: 'Vraagt Nederlands B1; de kandidaat heeft A2. Dat is één niveau lager.',
      en: 'Asks for Dutch B1; the candidate has A2. That is one level below.',
    });
    expect(dutchFactor({ dutchLevel: null }, { dutchLevel: 'A2' }, 'employer').reason).toEqual({
      nl: 'Vraagt Nederlands A2; de kandidaat spreekt nog geen Nederlands.',
      en: 'Asks for Dutch A2; the candidate does not speak Dutch yet.',
    });
  });

  it('words the improvement as what the candidate would need', () => {
    const short = dutchFactor({ dutchLevel: 'A2' }, { dutchLevel: 'B1' }, 'employer');
    expect(short.improvements[0].suggestion(6)).toEqual({
      nl: 'Met Nederlands B1 zou de kandidaat 6 punten hoger scoren.',
      en: 'With Dutch B1 the candidate would score 6 points higher.',
    });
  });

  it('marks a job that asks no Dutch as a filler, for every reader', () => {
    expect(dutchFactor({ dutchLevel: 'B1' }, { dutchLevel: null }, 'employer')).toMatchObject({
      value: 1,
      reason: { nl: 'Deze job vraagt geen Nederlands.' },
      informative: false,
    });
    expect(dutchFactor({ dutchLevel: 'B1' }, { dutchLevel: 'A2' }).informative).toBe(true);
  });
});
