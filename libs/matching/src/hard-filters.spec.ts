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
        expect(result.reason.nl).toBe('De kandidaat kan via het OCMW werken met een artikel 60-contract.');
      }
      const eligible = aSeeker({ eligibleProgrammes: ['artikel60'] });
      expect(pick(hardFilters(eligible, vacancy, aProximity(), FOR_SEEKER), 'programmeEligibility').reason.nl).toBe(
        'Je kunt via het OCMW werken met een artikel 60-contract.',
      );
      for (const direction of [FOR_SEEKER, FOR_EMPLOYER]) {
        const refused = pick(hardFilters(aSeeker(), vacancy, aProximity(), direction), 'programmeEligibility');
        expect(refused.passed).toBe(false);
        expect(`${refused.reason.nl} ${refused.reason.en}`).not.toMatch(/leefloon|living wage/i);
      }
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
    // Only an employer's search applies consent, so its reason always speaks about the candidate.
    expect(result.reason).toEqual({
      nl: 'Het profiel van de kandidaat is niet zichtbaar voor werkgevers.',
      en: 'The candidate’s profile is not visible to employers.',
    });
    const forSeeker = hardFilters(aSeeker({ visibleToEmployers: false }), aVacancy(), aProximity(), FOR_SEEKER);
    expect(forSeeker.every((filter) => filter.passed)).toBe(true);
  });

  describe('for an employer, about the candidate in the third person', () => {
    const reasonOf = (filter: HardFilterName, seeker = aSeeker(), vacancy = aVacancy(), where = aProximity()) =>
      pick(hardFilters(seeker, vacancy, where, FOR_EMPLOYER), filter).reason;

    it('words the profile, the programme and the licence for the employer', () => {
      expect(reasonOf('seekerActive')).toEqual({
        nl: 'Het profiel van de kandidaat staat op actief: de kandidaat zoekt werk.',
        en: 'The candidate’s profile is active: the candidate is looking for work.',
      });
      expect(reasonOf('seekerActive', aSeeker({ active: false })).nl).toBe(
        'Het profiel van de kandidaat staat niet op actief.',
      );
      const instapstage = aVacancy({ programme: 'instapstage' });
      expect(reasonOf('programmeEligibility', aSeeker({ eligibleProgrammes: ['instapstage'] }), instapstage)).toEqual({
        nl: 'De kandidaat kan een instapstage doen.',
        en: 'The candidate can do an instapstage (starter internship).',
      });
      expect(reasonOf('programmeEligibility', aSeeker(), instapstage).en).toMatch(
        / The candidate does not meet these conditions now\.$/,
      );
      // Advice to ask a counsellor is the person's to follow, not the employer's.
      expect(reasonOf('programmeEligibility', aSeeker(), aVacancy({ programme: 'artikel_60' }))).toEqual({
        nl: 'Een artikel 60-job loopt via het OCMW. De kandidaat komt er nu niet voor in aanmerking.',
        en: 'An artikel 60 job goes through the OCMW (public welfare centre). The candidate is not eligible for it now.',
      });
      expect(reasonOf('programmeEligibility', aSeeker(), aVacancy({ programme: 'activa' })).nl).toBe(
        'Deze job hoort bij een programma met eigen voorwaarden. De kandidaat voldoet daar nu niet aan.',
      );
      const truck = aVacancy({ drivingLicences: ['C'] });
      expect(reasonOf('drivingLicence', aSeeker({ drivingLicences: ['C'] }), truck)).toEqual({
        nl: 'De kandidaat heeft het rijbewijs dat deze job vraagt (C).',
        en: 'The candidate has the driving licence this job asks for (C).',
      });
      expect(reasonOf('drivingLicence', aSeeker({ drivingLicences: [] }), truck)).toEqual({
        nl: 'Deze job vraagt rijbewijs C. De kandidaat heeft dat niet.',
        en: 'This job asks for driving licence C. The candidate does not have it.',
      });
    });

    it('words the travel distance for the employer', () => {
      const bike = aSeeker({ transportModes: ['bike'], maxCommuteMinutes: 20, maxCommuteKm: null });
      expect(reasonOf('maxCommute', bike, aVacancy(), aProximity({ distanceKm: 3 }))).toEqual({
        nl: 'Deze job ligt binnen de reisafstand van de kandidaat (tot 5 km).',
        en: 'This job is within the candidate’s travel distance (up to 5 km).',
      });
      expect(reasonOf('maxCommute', bike, aVacancy(), aProximity({ distanceKm: 8 }))).toEqual({
        nl: 'Deze job ligt 8 km ver. Dat is verder dan de kandidaat wil reizen (tot 5 km).',
        en: 'This job is 8 km away. That is further than the candidate wants to travel (up to 5 km).',
      });
      expect(reasonOf('maxCommute', bike, aVacancy(), aProximity({ distanceKm: 5.01 })).nl).toBe(
        'Deze job ligt net iets verder dan de kandidaat wil reizen (tot 5 km).',
      );
      expect(reasonOf('maxCommute', bike, aVacancy(), aProximity({ sameNeighbourhood: true })).nl).toBe(
        'De kandidaat woont in dezelfde wijk als deze job.',
      );
      expect(reasonOf('maxCommute', bike, aVacancy(), aProximity({ distanceKm: null })).en).toBe(
        'We do not know where this job is, so we do not leave the candidate out.',
      );
    });

    it('never speaks to the reader as "je" or "you"', () => {
      const people = [aSeeker(), aSeeker({ active: false, drivingLicences: [], visibleToEmployers: false })];
      const jobs = [
        aVacancy({ drivingLicences: ['C'], programme: 'instapstage' }),
        aVacancy({ programme: 'artikel60' }),
      ];
      for (const seeker of people) {
        for (const vacancy of jobs) {
          for (const { reason } of hardFilters(seeker, vacancy, aProximity({ distanceKm: 50 }), FOR_EMPLOYER)) {
            expect(`${reason.nl} ${reason.en}`).not.toMatch(/\b(je|jij|jou|you|your)\b/i);
          }
        }
      }
    });
  });

  it('keeps the wording for the person unchanged', () => {
    const bike = aSeeker({ transportModes: ['bike'], maxCommuteMinutes: 20, maxCommuteKm: null });
    const reasons = hardFilters(bike, aVacancy({ drivingLicences: ['C'] }), aProximity({ distanceKm: 8 }), FOR_SEEKER);
    expect(pick(reasons, 'seekerActive').reason.nl).toBe('Je profiel staat op actief: je zoekt werk.');
    expect(pick(reasons, 'drivingLicence').reason.en).toBe('This job asks for driving licence C. You do not have it.');
    expect(pick(reasons, 'maxCommute').reason.en).toBe(
      'This job is 8 km away. That is further than you want to travel (up to 5 km).',
    );
  });
});
