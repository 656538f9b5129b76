import { hardFilters } from './hard-filters';
import { HardFilterName, HardFilterResult } from './match-model';
import { aProximity, aSeeker, aVacancy } from './testing/fixtures';

const FOR_SEEKER = { direction: 'vacancies-for-seeker' } as const;
const FOR_EMPLOYER = { direction: 'candidates-for-vacancy' } as const;

function pick(results: HardFilterResult[], filter: HardFilterName): HardFilterResult {
  const result = results.find((candidate) => candidate.filter === filter);
  if (!result) throw new Error(`no ${filter} filter`);
  return result;
}

describe('hardFilters', () => {
  it('passes a normal match and lists every filter; consent only when an employer searches', () => {
    const forSeeker = hardFilters(aSeeker(), aVacancy(), aProximity(), FOR_SEEKER);
    expect(forSeeker.map((result) => result.filter)).toEqual([
      'vacancyOpen',
      'seekerActive',
      'programmeEligibility',
      'drivingLicence',
      'maxCommute',
    ]);
    expect(forSeeker.every((result) => result.passed)).toBe(true);
    const forEmployer = hardFilters(aSeeker(), aVacancy(), aProximity(), FOR_EMPLOYER);
    expect(forEmployer.map((result) => result.filter)).toContain('consent');
  });

  it('fails a closed vacancy and an inactive profile', () => {
    expect(pick(hardFilters(aSeeker(), aVacancy({ open: false }), aProximity(), FOR_SEEKER), 'vacancyOpen')).toEqual({
      filter: 'vacancyOpen',
      passed: false,
      reason: { nl: 'Deze vacature is niet meer open.', en: 'This vacancy is no longer open.' },
    });
    expect(
      pick(hardFilters(aSeeker({ active: false }), aVacancy(), aProximity(), FOR_SEEKER), 'seekerActive').passed,
    ).toBe(false);
  });

  describe('programme eligibility', () => {
    it('lets anyone take a programme without an entry rule', () => {
      for (const programme of ['regular', 'ibo', 'werkervaring', 'brugproject', 'internship']) {
        const result = pick(
          hardFilters(aSeeker(), aVacancy({ programme }), aProximity(), FOR_SEEKER),
          'programmeEligibility',
        );
        expect(result.passed).toBe(true);
      }
    });

    it('requires the pre-computed eligibility for instapstage', () => {
      const vacancy = aVacancy({ programme: 'instapstage' });
      const refused = pick(hardFilters(aSeeker(), vacancy, aProximity(), FOR_SEEKER), 'programmeEligibility');
      expect(refused).toEqual({
        filter: 'programmeEligibility',
        passed: false,
        reason: {
          nl: 'Een instapstage is voor jongeren onder 25 zonder diploma secundair onderwijs. Ze moeten minstens 6 maanden ingeschreven zijn als werkzoekende. Jij voldoet daar nu niet aan.',
          en: 'An instapstage is for young people under 25 without a secondary-school diploma. They must have been registered as job seekers for at least 6 months. You do not meet these conditions now.',
        },
      });
      const eligible = aSeeker({ eligibleProgrammes: ['instapstage'] });
      expect(pick(hardFilters(eligible, vacancy, aProximity(), FOR_SEEKER), 'programmeEligibility').passed).toBe(true);
    });

    it('accepts both spellings of artikel 60 and never mentions the living wage', () => {
      const vacancy = aVacancy({ programme: 'artikel_60' });
      for (const spelling of ['artikel_60', 'artikel60']) {
        const result = pick(
          hardFilters(aSeeker({ eligibleProgrammes: [spelling] }), vacancy, aProximity(), FOR_EMPLOYER),
          'programmeEligibility',
        );
        expect(result.passed).toBe(true);
        expect(result.reason.nl).toBe('Je kunt via het OCMW werken met een artikel 60-contract.');
      }
      const refused = pick(hardFilters(aSeeker(), vacancy, aProximity(), FOR_SEEKER), 'programmeEligibility');
      expect(refused.passed).toBe(false);
      expect(`${refused.reason.nl} ${refused.reason.en}`).not.toMatch(/leefloon|living wage/i);
    });

    it('treats an unknown programme as one with its own conditions', () => {
      const vacancy = aVacancy({ programme: 'activa' });
      expect(pick(hardFilters(aSeeker(), vacancy, aProximity(), FOR_SEEKER), 'programmeEligibility').passed).toBe(
        false,
      );
      const eligible = aSeeker({ eligibleProgrammes: ['activa'] });
      expect(pick(hardFilters(eligible, vacancy, aProximity(), FOR_SEEKER), 'programmeEligibility').passed).toBe(true);
    });
  });

  describe('driving licence', () => {
    it('requires every licence the vacancy asks for, counting the categories a licence includes', () => {
      const vacancy = aVacancy({ drivingLicences: ['B', 'C'] });
      const missing = pick(
        hardFilters(aSeeker({ drivingLicences: ['B'] }), vacancy, aProximity(), FOR_SEEKER),
        'drivingLicence',
      );
      expect(missing.passed).toBe(false);
      expect(missing.reason).toEqual({
        nl: 'Deze job vraagt rijbewijs C. Dat heb je niet.',
        en: 'This job asks for driving licence C. You do not have it.',
      });
      const lorry = pick(
        hardFilters(aSeeker({ drivingLicences: ['ce'] }), vacancy, aProximity(), FOR_SEEKER),
        'drivingLicence',
      );
      expect(lorry.passed).toBe(true);
      expect(lorry.reason.nl).toBe('Je hebt het rijbewijs dat deze job vraagt (B en C).');
    });

    it('passes when no licence is asked', () => {
      const result = pick(hardFilters(aSeeker(), aVacancy(), aProximity(), FOR_SEEKER), 'drivingLicence');
      expect(result.reason.nl).toBe('Deze job vraagt geen rijbewijs.');
    });
  });

  describe('maximum commute', () => {
    // 30 minutes by public transport (faster than the bike): 9 km.
    it('fails beyond the commute radius, with the distance and the radius in the reason', () => {
      const result = pick(
        hardFilters(aSeeker(), aVacancy(), aProximity({ distanceKm: 9.84 }), FOR_SEEKER),
        'maxCommute',
      );
      expect(result).toEqual({
        filter: 'maxCommute',
        passed: false,
        reason: {
          nl: 'Deze job ligt 9,8 km ver. Dat is verder dan je wilt reizen (tot 9 km).',
          en: 'This job is 9.8 km away. That is further than you want to travel (up to 9 km).',
        },
      });
    });

    it('does not show a distance that rounds to the radius as if it were beyond it', () => {
      const result = pick(
        hardFilters(aSeeker(), aVacancy(), aProximity({ distanceKm: 9.04 }), FOR_SEEKER),
        'maxCommute',
      );
      expect(result.passed).toBe(false);
      expect(result.reason).toEqual({
        nl: 'Deze job ligt net iets verder dan je wilt reizen (tot 9 km).',
        en: 'This job is just beyond the distance you want to travel (up to 9 km).',
      });
    });

    it('passes on the radius, in the own wijk and when the job has no location', () => {
      expect(
        pick(hardFilters(aSeeker(), aVacancy(), aProximity({ distanceKm: 9 }), FOR_SEEKER), 'maxCommute').reason.nl,
      ).toBe('Deze job ligt binnen je reisafstand (tot 9 km).');
      const walker = aSeeker({ transportModes: ['walk'], maxCommuteMinutes: 5 });
      const ownWijk = aProximity({ distanceKm: 1.4, sameNeighbourhood: true });
      expect(pick(hardFilters(walker, aVacancy(), ownWijk, FOR_SEEKER), 'maxCommute').passed).toBe(true);
      const unknown = pick(hardFilters(walker, aVacancy(), aProximity({ distanceKm: null }), FOR_SEEKER), 'maxCommute');
      expect(unknown).toMatchObject({
        passed: true,
        reason: { en: 'We do not know where this job is, so we do not leave it out.' },
      });
    });
  });

  it('fails consent for an employer search when the profile is not visible', () => {
    const result = pick(
      hardFilters(aSeeker({ visibleToEmployers: false }), aVacancy(), aProximity(), FOR_EMPLOYER),
      'consent',
    );
    expect(result.passed).toBe(false);
    expect(result.reason.nl).toBe(
      'Je profiel is niet zichtbaar voor werkgevers. Zij zien jou dus niet bij hun kandidaten.',
    );
    const forSeeker = hardFilters(aSeeker({ visibleToEmployers: false }), aVacancy(), aProximity(), FOR_SEEKER);
    expect(forSeeker.every((filter) => filter.passed)).toBe(true);
  });
});
