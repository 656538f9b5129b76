import { occupationRelationBetween } from './occupation-relation';

describe('occupationRelationBetween', () => {
  const buildingCleaner = { id: 'schoonmaker-gebouwen', iscoCode: '9112' };

  it('recognises the same occupation before its group', () => {
    expect(occupationRelationBetween(buildingCleaner, { ...buildingCleaner })).toBe('same-occupation');
  });

  it('falls back to the smallest shared ISCO group', () => {
    expect(occupationRelationBetween(buildingCleaner, { id: 'toiletmedewerker', iscoCode: '9112' })).toBe('same-unit');
    expect(occupationRelationBetween(buildingCleaner, { id: 'interieurverzorger', iscoCode: '9111' })).toBe(
      'same-minor',
    );
    expect(occupationRelationBetween(buildingCleaner, { id: 'glazenwasser', iscoCode: '9123' })).toBe('same-sub-major');
    expect(occupationRelationBetween(buildingCleaner, { id: 'orderpicker', iscoCode: '9333' })).toBe('same-major');
    expect(occupationRelationBetween(buildingCleaner, { id: 'verpleegkundige', iscoCode: '2221' })).toBe('unrelated');
  });
});
