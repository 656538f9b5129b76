import { hoursFactor } from './hours';

describe('hoursFactor', () => {
  it('is 1 for any overlap', () => {
    const result = hoursFactor(
      { hoursPerWeekMin: 20, hoursPerWeekMax: 30 },
      { hoursPerWeekMin: 30, hoursPerWeekMax: 38 },
    );
    expect(result.value).toBe(1);
    expect(result.reason).toEqual({
      nl: 'Deze job is 30 tot 38 uur per week. Dat past bij wat je zoekt.',
      en: 'This job is 30 to 38 hours a week. That fits what you are looking for.',
    });
  });

  it('decays with the gap, reaching 0 at 16 hours', () => {
    const seeker = { hoursPerWeekMin: 20, hoursPerWeekMax: 24 };
    const result = hoursFactor(seeker, { hoursPerWeekMin: 38, hoursPerWeekMax: 38 });
    expect(result.value).toBeCloseTo(1 - 14 / 16, 10);
    expect(result.reason).toEqual({
      nl: 'Deze job is 38 uur per week. Jij zoekt 20 tot 24 uur.',
      en: 'This job is 38 hours a week. You are looking for 20 to 24 hours.',
    });
    expect(hoursFactor(seeker, { hoursPerWeekMin: 12, hoursPerWeekMax: 16 }).value).toBeCloseTo(0.75, 10);
    expect(
      hoursFactor({ hoursPerWeekMin: 8, hoursPerWeekMax: 10 }, { hoursPerWeekMin: 38, hoursPerWeekMax: 40 }).value,
    ).toBe(0);
  });

  it('tolerates a range entered the wrong way round', () => {
    expect(
      hoursFactor({ hoursPerWeekMin: 30, hoursPerWeekMax: 20 }, { hoursPerWeekMin: 25, hoursPerWeekMax: 25 }).value,
    ).toBe(1);
  });
});

describe('hoursFactor for an employer', () => {
  it('says what the candidate is looking for', () => {
    const job = { hoursPerWeekMin: 38, hoursPerWeekMax: 38 };
    expect(hoursFactor({ hoursPerWeekMin: 20, hoursPerWeekMax: 24 }, job, 'employer').reason).toEqual({
      nl: 'Deze job is 38 uur per week. De kandidaat zoekt 20 tot 24 uur.',
      en: 'This job is 38 hours a week. The candidate is looking for 20 to 24 hours.',
    });
    expect(hoursFactor({ hoursPerWeekMin: 30, hoursPerWeekMax: 38 }, job, 'employer').reason).toEqual({
      nl: 'Deze job is 38 uur per week. Dat past bij wat de kandidaat zoekt.',
      en: 'This job is 38 hours a week. That fits what the candidate is looking for.',
    });
  });
});
