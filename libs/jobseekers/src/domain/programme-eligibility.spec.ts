import { EligibilityFacts, programmeEligibility } from './programme-eligibility';
import { AgeBand, Programme } from './profile-vocabulary';

const NOW = new Date('2026-11-28T10:00:00Z');
const YOUNG_LOW_EDUCATED: EligibilityFacts = {
  dateOfBirth: '2004-03-10',
  registeredSince: '2026-05-28',
  educationLevel: 'low',
  livingWageClient: false,
  inArtikel60: false,
};

describe('programmeEligibility', () => {
  it('makes an under-25 without a secondary diploma eligible for instapstage after 6 months registered', () => {
    const result = programmeEligibility(YOUNG_LOW_EDUCATED, NOW);
    expect(result).toEqual({ ageBand: AgeBand.Under25, monthsRegistered: 6, programmes: [Programme.Instapstage] });
  });

  it('refuses instapstage one day short of 6 months', () => {
    const result = programmeEligibility({ ...YOUNG_LOW_EDUCATED, registeredSince: '2026-05-29' }, NOW);
    expect(result.monthsRegistered).toBe(5);
    expect(result.programmes).toEqual([]);
  });

  it('refuses instapstage with a secondary diploma, at 25, or without a known date of birth', () => {
    expect(programmeEligibility({ ...YOUNG_LOW_EDUCATED, educationLevel: 'mid' }, NOW).programmes).toEqual([]);
    expect(programmeEligibility({ ...YOUNG_LOW_EDUCATED, dateOfBirth: '2001-11-28' }, NOW).programmes).toEqual([]);
    expect(programmeEligibility({ ...YOUNG_LOW_EDUCATED, dateOfBirth: null }, NOW)).toMatchObject({
      ageBand: null,
      programmes: [],
    });
    expect(programmeEligibility({ ...YOUNG_LOW_EDUCATED, registeredSince: null }, NOW)).toMatchObject({
      monthsRegistered: null,
      programmes: [],
    });
  });

  it('makes a living-wage client eligible for artikel 60 unless already in one', () => {
    const client = { ...YOUNG_LOW_EDUCATED, dateOfBirth: '1985-01-01', livingWageClient: true };
    expect(programmeEligibility(client, NOW).programmes).toEqual([Programme.Artikel60]);
    expect(programmeEligibility({ ...client, inArtikel60: true }, NOW).programmes).toEqual([]);
  });
});
