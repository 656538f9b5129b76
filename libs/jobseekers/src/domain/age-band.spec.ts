import { ageBandOn } from './age-band';
import { AgeBand } from './profile-vocabulary';

// Instants are UTC; the age counts on Ghent's calendar day (Europe/Brussels, UTC+1 in winter, +2 in summer).
describe('ageBandOn', () => {
  it('is under 25 the day before the 25th birthday and 25–49 on it', () => {
    expect(ageBandOn('2001-12-01', new Date('2026-11-30T12:00:00Z'))).toBe(AgeBand.Under25);
    expect(ageBandOn('2001-12-01', new Date('2026-12-01T12:00:00Z'))).toBe(AgeBand.From25To49);
  });

  it('turns 50+ on the 50th birthday', () => {
    expect(ageBandOn('1976-12-01', new Date('2026-11-30T12:00:00Z'))).toBe(AgeBand.From25To49);
    expect(ageBandOn('1976-12-01', new Date('2026-12-01T12:00:00Z'))).toBe(AgeBand.From50);
  });

  it('counts the birthday from midnight in Ghent, not in UTC', () => {
    // 23:30 UTC on 30 November is already 1 December in Ghent.
    expect(ageBandOn('2001-12-01', new Date('2026-11-30T23:30:00Z'))).toBe(AgeBand.From25To49);
    expect(ageBandOn('2001-12-01', new Date('2026-11-30T22:30:00Z'))).toBe(AgeBand.Under25);
  });

  it('lets someone born on 29 February turn a year older on 1 March in other years', () => {
    expect(ageBandOn('2000-02-29', new Date('2025-02-28T12:00:00Z'))).toBe(AgeBand.Under25);
    expect(ageBandOn('2000-02-29', new Date('2025-03-01T12:00:00Z'))).toBe(AgeBand.From25To49);
  });

  it('is unknown without a date of birth', () => {
    expect(ageBandOn(null, new Date('2026-11-30T12:00:00Z'))).toBeNull();
  });
});
