import { aProximity, aSeeker } from '../testing/fixtures';
import { distanceFactor } from './distance';

// 20 minutes by bike: a commute radius of 5 km.
const seeker = aSeeker({ transportModes: ['bike'], maxCommuteMinutes: 20, maxCommuteKm: null });

describe('distanceFactor', () => {
  it('is 1 in the own wijk and 0.9 in a neighbouring wijk', () => {
    expect(
      distanceFactor(
        seeker,
        aProximity({ sameNeighbourhood: true, distanceKm: 0.4, jobNeighbourhoodName: 'Rabot-Blaisantvest' }),
      ),
    ).toEqual({
      value: 1,
      reason: {
        nl: 'Deze job is in je eigen wijk (Rabot-Blaisantvest).',
        en: 'This job is in your own neighbourhood (Rabot-Blaisantvest).',
      },
      informative: true,
      improvements: [],
    });
    const next = distanceFactor(
      seeker,
      aProximity({ neighbouringNeighbourhood: true, distanceKm: 1.23, jobNeighbourhoodName: 'Brugse Poort' }),
    );
    expect(next.value).toBe(0.9);
    expect(next.reason).toEqual({
      nl: 'Deze job is in een wijk naast de jouwe (Brugse Poort). Je woont 1,2 km van deze job.',
      en: 'This job is in a neighbourhood next to yours (Brugse Poort). You live 1.2 km from this job.',
    });
  });

  it('decays from 0.85 to 0 at the commute radius', () => {
    const near = distanceFactor(seeker, aProximity({ distanceKm: 1.2 }));
    expect(near.value).toBeCloseTo(0.85 * (1 - 1.2 / 5), 10);
    expect(near.reason).toEqual({ nl: 'Je woont 1,2 km van deze job.', en: 'You live 1.2 km from this job.' });
    expect(distanceFactor(seeker, aProximity({ distanceKm: 0 })).value).toBe(0.85);
    expect(distanceFactor(seeker, aProximity({ distanceKm: 2.5 })).value).toBeCloseTo(0.425, 10);
    const far = distanceFactor(seeker, aProximity({ distanceKm: 6 }));
    expect(far.value).toBe(0);
    expect(far.reason).toEqual({
      nl: 'Je woont 6 km van deze job. Dat is verder dan je wilt reizen.',
      en: 'You live 6 km from this job. That is further than you want to travel.',
    });
  });

  it('is a neutral 0.5 when the job has no location', () => {
    expect(distanceFactor(seeker, aProximity({ distanceKm: null }))).toEqual({
      value: 0.5,
      reason: { nl: 'We weten niet waar deze job is.', en: 'We do not know where this job is.' },
      informative: true,
      improvements: [],
    });
  });
});

describe('distanceFactor for an employer', () => {
  it('speaks about the candidate in the third person', () => {
    expect(distanceFactor(seeker, aProximity({ distanceKm: 1.23 }), 'employer').reason).toEqual({
      nl: 'De kandidaat woont 1,2 km van deze job.',
      en: 'The candidate lives 1.2 km from this job.',
    });
    expect(distanceFactor(seeker, aProximity({ distanceKm: 6 }), 'employer').reason).toEqual({
      nl: 'De kandidaat woont 6 km van deze job. Dat is verder dan de kandidaat wil reizen.',
      en: 'The candidate lives 6 km from this job. That is further than the candidate wants to travel.',
    });
    const own = aProximity({ sameNeighbourhood: true, distanceKm: 0.4, jobNeighbourhoodName: 'Rabot-Blaisantvest' });
    expect(distanceFactor(seeker, own, 'employer').reason).toEqual({
      nl: 'De kandidaat woont in dezelfde wijk als deze job (Rabot-Blaisantvest).',
      en: 'The candidate lives in the same neighbourhood as this job (Rabot-Blaisantvest).',
    });
    const next = aProximity({
      neighbouringNeighbourhood: true,
      distanceKm: 1.23,
      jobNeighbourhoodName: 'Brugse Poort',
    });
    expect(distanceFactor(seeker, next, 'employer').reason).toEqual({
      nl: 'Deze job is in een wijk naast die van de kandidaat (Brugse Poort). De kandidaat woont 1,2 km van deze job.',
      en: 'This job is in a neighbourhood next to the candidate’s (Brugse Poort). The candidate lives 1.2 km from this job.',
    });
  });

  it('gives the same value and flag as for the person', () => {
    const where = aProximity({ distanceKm: 2.5 });
    const forEmployer = distanceFactor(seeker, where, 'employer');
    expect(forEmployer.value).toBe(distanceFactor(seeker, where).value);
    expect(forEmployer.informative).toBe(true);
  });
});
