import { commuteRadiusKm, DEFAULT_MAX_COMMUTE_MINUTES } from './commute-radius';

describe('commuteRadiusKm', () => {
  it('turns minutes into km with the fastest mode the person uses', () => {
    expect(commuteRadiusKm({ maxCommuteMinutes: 30, maxCommuteKm: null, transportModes: ['walk'] })).toBe(2.5);
    expect(commuteRadiusKm({ maxCommuteMinutes: 30, maxCommuteKm: null, transportModes: ['walk', 'bike'] })).toBe(7.5);
    expect(
      commuteRadiusKm({ maxCommuteMinutes: 30, maxCommuteKm: null, transportModes: ['public_transport', 'e_bike'] }),
    ).toBe(10);
    expect(commuteRadiusKm({ maxCommuteMinutes: 60, maxCommuteKm: null, transportModes: ['car', 'moped'] })).toBe(30);
  });

  it('takes the larger of the km limit and the minutes limit', () => {
    expect(commuteRadiusKm({ maxCommuteMinutes: 30, maxCommuteKm: 12, transportModes: ['bike'] })).toBe(12);
    expect(commuteRadiusKm({ maxCommuteMinutes: 60, maxCommuteKm: 5, transportModes: ['bike'] })).toBe(15);
    expect(commuteRadiusKm({ maxCommuteMinutes: null, maxCommuteKm: 4, transportModes: ['car'] })).toBe(4);
  });

  it('uses 45 minutes with the person’s own modes when no limit is set, public transport when no mode is known', () => {
    expect(DEFAULT_MAX_COMMUTE_MINUTES).toBe(45);
    expect(commuteRadiusKm({ maxCommuteMinutes: null, maxCommuteKm: null, transportModes: ['walk'] })).toBe(3.75);
    expect(commuteRadiusKm({ maxCommuteMinutes: null, maxCommuteKm: null, transportModes: [] })).toBe(13.5);
    expect(commuteRadiusKm({ maxCommuteMinutes: 20, maxCommuteKm: null, transportModes: [] })).toBe(6);
  });

  it('respects a limit of zero', () => {
    expect(commuteRadiusKm({ maxCommuteMinutes: 0, maxCommuteKm: null, transportModes: ['car'] })).toBe(0);
  });
});
