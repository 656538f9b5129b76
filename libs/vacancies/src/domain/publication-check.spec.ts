import { publicationProblems, PublishableFields } from './publication-check';

const complete: PublishableFields = {
  title: 'Kok (m/v/x)',
  description: 'Je kookt mee in onze buurtkeuken in Rabot: soep, dagschotel en dessert voor zestig mensen.',
  closingDate: '2026-12-31',
  positions: 1,
  hoursPerWeekMin: 19,
  hoursPerWeekMax: 38,
};

describe('publication check', () => {
  it('accepts a complete vacancy', () => {
    expect(publicationProblems(complete, '2026-11-28')).toEqual([]);
  });

  it('needs a closing date after today', () => {
    expect(publicationProblems({ ...complete, closingDate: null }, '2026-11-28').map((p) => p.field)).toEqual([
      'closingDate',
    ]);
    expect(publicationProblems(complete, '2026-12-31').map((p) => p.field)).toEqual(['closingDate']);
  });

  it('needs a real description', () => {
    expect(publicationProblems({ ...complete, description: 'Kok.' }, '2026-11-28').map((p) => p.field)).toEqual([
      'description',
    ]);
  });

  it('refuses hours that do not make a range', () => {
    expect(
      publicationProblems({ ...complete, hoursPerWeekMin: 38, hoursPerWeekMax: 19 }, '2026-11-28').map((p) => p.field),
    ).toEqual(['hoursPerWeekMax']);
  });
});
