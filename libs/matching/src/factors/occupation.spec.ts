import { MatchSeekerOccupation } from '../match-model';
import { aContext, aVacancy, ORDER_PICKER, WAREHOUSE_WORKER } from '../testing/fixtures';
import { occupationFactor } from './occupation';

const labels = aContext().labels;

function wish(overrides: Partial<MatchSeekerOccupation>): MatchSeekerOccupation {
  return { occupationId: 'esco:other', iscoCode: '9999', rank: 1, experienceMonths: 0, ...overrides };
}

describe('occupationFactor', () => {
  const vacancy = aVacancy({ occupationId: ORDER_PICKER, iscoCode: '9334' });

  it.each([
    ['the same ESCO occupation', wish({ occupationId: ORDER_PICKER, iscoCode: '9334' }), 1],
    ['the same ISCO unit group', wish({ iscoCode: '9334' }), 0.8],
    ['the same minor group', wish({ iscoCode: '9333' }), 0.6],
    ['the same sub-major group', wish({ iscoCode: '9321' }), 0.3],
    ['only the same major group', wish({ iscoCode: '9112' }), 0],
    ['an unrelated group', wish({ iscoCode: '5120' }), 0],
  ])('values %s at %s', (_, desired, value) => {
    expect(occupationFactor({ desiredOccupations: [desired] }, vacancy).value).toBeCloseTo(value, 10);
  });

  it('names the occupation in both languages', () => {
    expect(
      occupationFactor(
        { desiredOccupations: [wish({ occupationId: ORDER_PICKER, iscoCode: '9334' })] },
        vacancy,
        labels,
      ).reason,
    ).toEqual({
      nl: 'Dit is het beroep dat je zoekt: orderpicker.',
      en: 'This is the occupation you are looking for: order picker.',
    });
    const close = occupationFactor(
      { desiredOccupations: [wish({ occupationId: WAREHOUSE_WORKER, iscoCode: '9334' })] },
      vacancy,
      labels,
    );
    expect(close.reason).toEqual({
      nl: 'Deze job (orderpicker) lijkt sterk op het beroep dat je zoekt: magazijnier.',
      en: 'This job (order picker) is very close to the occupation you are looking for: warehouse worker.',
    });
    expect(occupationFactor({ desiredOccupations: [wish({ iscoCode: '5120' })] }, vacancy, labels).reason.nl).toBe(
      'Deze job (orderpicker) past niet bij de beroepen die je zoekt.',
    );
  });

  it('discounts lower-ranked wishes and takes the best one', () => {
    const second = wish({ occupationId: ORDER_PICKER, iscoCode: '9334', rank: 2 });
    const third = wish({ occupationId: ORDER_PICKER, iscoCode: '9334', rank: 3 });
    expect(occupationFactor({ desiredOccupations: [second] }, vacancy).value).toBeCloseTo(0.95, 10);
    expect(occupationFactor({ desiredOccupations: [third] }, vacancy).value).toBeCloseTo(0.9, 10);
    const minorFirst = wish({ iscoCode: '9333', rank: 1 });
    expect(occupationFactor({ desiredOccupations: [minorFirst, second] }, vacancy).value).toBeCloseTo(0.95, 10);
  });

  it('adds a capped bonus for experience, never above 1 and never for an unrelated job', () => {
    const unit = (experienceMonths: number) => wish({ iscoCode: '9334', experienceMonths });
    expect(occupationFactor({ desiredOccupations: [unit(12)] }, vacancy).value).toBeCloseTo(0.85, 10);
    expect(occupationFactor({ desiredOccupations: [unit(120)] }, vacancy).value).toBeCloseTo(0.9, 10);
    const exact = wish({ occupationId: ORDER_PICKER, iscoCode: '9334', experienceMonths: 60 });
    const result = occupationFactor({ desiredOccupations: [exact] }, vacancy, labels);
    expect(result.value).toBe(1);
    expect(result.reason.en).toBe('This is the occupation you are looking for: order picker. Your experience counts.');
    expect(
      occupationFactor({ desiredOccupations: [wish({ iscoCode: '5120', experienceMonths: 60 })] }, vacancy).value,
    ).toBe(0);
  });

  it('is 0 with a clear reason when no occupation is chosen', () => {
    expect(occupationFactor({ desiredOccupations: [] }, vacancy)).toEqual({
      value: 0,
      reason: {
        nl: 'Je hebt nog niet gekozen welk beroep je zoekt.',
        en: 'You have not chosen which occupation you are looking for yet.',
      },
      informative: true,
      improvements: [],
    });
  });

  it('falls back to the id when a label is missing', () => {
    expect(
      occupationFactor({ desiredOccupations: [wish({ iscoCode: '5120' })] }, aVacancy({ occupationId: 'esco:x' }))
        .reason.en,
    ).toBe('This job (esco:x) does not match the occupations you are looking for.');
  });
});

describe('occupationFactor for an employer', () => {
  const vacancy = aVacancy({ occupationId: ORDER_PICKER, iscoCode: '9334' });

  it('names the occupation the candidate is looking for', () => {
    const exact = wish({ occupationId: ORDER_PICKER, iscoCode: '9334', experienceMonths: 60 });
    expect(occupationFactor({ desiredOccupations: [exact] }, vacancy, labels, 'employer').reason).toEqual({
      nl: 'Dit is het beroep dat de kandidaat zoekt: orderpicker. De ervaring van de kandidaat telt mee.',
      en: 'This is the occupation the candidate is looking for: order picker. The candidate’s experience counts.',
    });
    const close = wish({ occupationId: WAREHOUSE_WORKER, iscoCode: '9334' });
    expect(occupationFactor({ desiredOccupations: [close] }, vacancy, labels, 'employer').reason).toEqual({
      nl: 'Deze job (orderpicker) lijkt sterk op het beroep dat de kandidaat zoekt: magazijnier.',
      en: 'This job (order picker) is very close to the occupation the candidate is looking for: warehouse worker.',
    });
    const unrelated = occupationFactor(
      { desiredOccupations: [wish({ iscoCode: '5120' })] },
      vacancy,
      labels,
      'employer',
    );
    expect(unrelated.reason.en).toBe(
      'This job (order picker) does not match the occupations the candidate is looking for.',
    );
    expect(occupationFactor({ desiredOccupations: [] }, vacancy, labels, 'employer').reason).toEqual({
      nl: 'De kandidaat heeft nog geen beroep gekozen.',
      en: 'The candidate has not chosen an occupation yet.',
    });
  });
});
