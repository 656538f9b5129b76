import fc from 'fast-check';
import { explainMatch, MAX_IMPROVEMENTS, scoreMatch } from './explain-match';
import * as arbitrary from './testing/arbitraries';
import { MatchExplanation, MatchSeeker } from './match-model';
import { aContext, aProximity, aSeeker, aVacancy } from './testing/fixtures';
import { buildMatchWeights, MATCH_FACTOR_NAMES } from './weights';

function factor(explanation: MatchExplanation, name: string) {
  const found = explanation.factors.find((candidate) => candidate.factor === name);
  if (!found) throw new Error(`no factor ${name}`);
  return found;
}

/** Σ weight × value / Σ weights × 100, unrounded, from what the explanation shows. */
function exactScore(explanation: MatchExplanation): number {
  const totalWeight = explanation.factors.reduce((sum, f) => sum + f.weight, 0);
  return explanation.factors.reduce((sum, f) => sum + (f.weight * f.value * 100) / totalWeight, 0);
}

function expectArithmeticHolds(explanation: MatchExplanation): void {
  const totalWeight = explanation.factors.reduce((sum, f) => sum + f.weight, 0);
  const exact = explanation.factors.map((f) => (f.weight * f.value * 100) / totalWeight);
  const exactScore = exact.reduce((sum, points) => sum + points, 0);
  expect(Math.abs(explanation.score - exactScore)).toBeLessThanOrEqual(0.05 + 1e-9);
  const contributionSum = explanation.factors.reduce((sum, f) => sum + f.contribution, 0);
  expect(Math.abs(contributionSum - explanation.score)).toBeLessThanOrEqual(0.1);
  explanation.factors.forEach((f, index) => {
    expect(Math.abs(f.contribution - exact[index])).toBeLessThan(0.1 + 1e-9);
    expect(Math.round(f.contribution * 10)).toBeCloseTo(f.contribution * 10, 9);
  });
}

describe('explainMatch', () => {
  it('scores a close match and explains every factor in order', () => {
    const explanation = explainMatch(aSeeker(), aVacancy(), aProximity({ distanceKm: 1.8 }), aContext());
    expect(explanation.eligible).toBe(true);
    expect(explanation.factors.map((f) => f.factor)).toEqual(MATCH_FACTOR_NAMES);
    // Everything met except distance: 0.85 × (1 − 1.8 / 9 km) = 0.68 of 15 points.
    expect(factor(explanation, 'distance')).toEqual({
      factor: 'distance',
      value: expect.closeTo(0.68, 10),
      weight: 15,
      contribution: 10.2,
      reason: { nl: 'Je woont 1,8 km van deze job.', en: 'You live 1.8 km from this job.' },
      informative: true,
    });
    expect(explanation.score).toBe(95.2);
    expect(factor(explanation, 'occupation').contribution).toBe(30);
    expect(explanation.improvements).toEqual([]);
    expectArithmeticHolds(explanation);
  });

  it('keeps contributions adding up to the score when each one rounds the same way', () => {
    // Ten factors at a third each: rounding them one by one would lose 0.3 points.
    const weights = Object.fromEntries(MATCH_FACTOR_NAMES.map((name) => [name, 1])) as ReturnType<
      typeof buildMatchWeights
    >;
    const seeker = aSeeker({ skillIds: ['a'], shifts: ['day'] });
    const vacancy = aVacancy({
      requiredSkillIds: ['a', 'b', 'c'],
      niceToHaveSkillIds: ['a', 'b', 'c'],
      shifts: ['day', 'night', 'weekend'],
    });
    const explanation = explainMatch(seeker, vacancy, aProximity(), aContext({ weights }));
    expect(
      factor(explanation, 'requiredSkills').contribution + factor(explanation, 'niceToHaveSkills').contribution,
    ).toBeCloseTo(6.7, 9);
    expectArithmeticHolds(explanation);
  });

  it('marks a match ineligible when a hard filter fails, and still explains it', () => {
    const explanation = explainMatch(aSeeker(), aVacancy({ drivingLicences: ['C'] }), aProximity(), aContext());
    expect(explanation.eligible).toBe(false);
    expect(explanation.hardFilters.find((filter) => !filter.passed)?.filter).toBe('drivingLicence');
    expect(explanation.score).toBeGreaterThan(0);
  });

  it('uses the configured weights', () => {
    const weights = buildMatchWeights({ distance: 0, freshness: 0 });
    const explanation = explainMatch(aSeeker(), aVacancy(), aProximity({ distanceKm: 8 }), aContext({ weights }));
    expect(explanation.score).toBe(100);
    expect(factor(explanation, 'distance')).toMatchObject({ weight: 0, contribution: 0 });
    expect(() =>
      explainMatch(aSeeker(), aVacancy(), aProximity(), aContext({ weights: { ...weights, dutch: -1 } })),
    ).toThrow('dutch must not be negative');
  });

  describe('improvements', () => {
    const vacancy = aVacancy({
      requiredSkillIds: ['skill:forklift', 'skill:scanner', 'skill:haccp'],
      niceToHaveSkillIds: ['skill:first-aid'],
      dutchLevel: 'B1',
      minimumEducation: 'mid',
    });
    const seeker = aSeeker({
      skillIds: ['skill:forklift', 'skill:scanner'],
      dutchLevel: 'A2',
      educationLevel: 'mid',
      diplomaRecognition: 'in_progress',
    });
    const context = aContext();
    const proximity = aProximity();
    const explanation = explainMatch(seeker, vacancy, proximity, context);

    /** Re-runs the match for the changed person; checks the promised gain against what the score then does. */
    function expectGain(gain: number, changed: Partial<MatchSeeker>, before: MatchExplanation = explanation): void {
      const improved = explainMatch({ ...seeker, ...changed }, vacancy, proximity, context);
      expect(gain).toBeCloseTo(Math.round((exactScore(improved) - exactScore(before)) * 10) / 10, 9);
      expect(Math.abs(improved.score - before.score - gain)).toBeLessThanOrEqual(0.1 + 1e-9);
    }

    it('offers the largest gains first, at most three', () => {
      // Dutch 6, the missing skill 5, the nice-to-have skill 5; the recognition (2.4) does not make the cut.
      expect(explanation.improvements.map((improvement) => improvement.factor)).toEqual([
        'dutch',
        'requiredSkills',
        'niceToHaveSkills',
      ]);
      expect(explanation.improvements).toHaveLength(MAX_IMPROVEMENTS);
      const gains = explanation.improvements.map((improvement) => improvement.gain);
      expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    });

    it('promises exactly the rise the score shows when the person makes the change', () => {
      const [dutch, skill, niceToHave] = explanation.improvements;
      expectGain(dutch.gain, { dutchLevel: 'B1' });
      expectGain(skill.gain, { skillIds: [...seeker.skillIds, 'skill:haccp'] });
      expectGain(niceToHave.gain, { skillIds: [...seeker.skillIds, 'skill:first-aid'] });
      expect(dutch.gain).toBe(6);
      const rest: Partial<MatchSeeker> = {
        dutchLevel: 'B1',
        skillIds: [...seeker.skillIds, 'skill:haccp', 'skill:first-aid'],
      };
      const almost = explainMatch({ ...seeker, ...rest }, vacancy, proximity, context);
      expect(almost.improvements.map((improvement) => improvement.factor)).toEqual(['education']);
      expectGain(almost.improvements[0].gain, { ...rest, diplomaRecognition: 'recognised' }, almost);
      expect(almost.improvements[0].gain).toBe(2.4);
    });

    it('words the suggestion with the gain, naming the skill', () => {
      const [dutch, skill] = explanation.improvements;
      expect(dutch.suggestion).toEqual({
        nl: 'Met Nederlands B1 stijgt je score met 6 punten.',
        en: 'With Dutch B1 your score rises by 6 points.',
      });
      expect(skill.suggestion.nl).toBe(
        `Met de vaardigheid ‘HACCP toepassen’ stijgt je score met ${String(skill.gain).replace('.', ',')} punten.`,
      );
      expect(skill.suggestion.en).toBe(`With the skill ‘apply HACCP’ your score rises by ${skill.gain} points.`);
    });

    it('names a skill by its id when no label is known', () => {
      const niceToHave = explanation.improvements.find((improvement) => improvement.factor === 'niceToHaveSkills');
      expect(niceToHave?.suggestion).toEqual({
        nl: 'Met de vaardigheid ‘skill:first-aid’ (een pluspunt voor deze job) stijgt je score met 5 punten.',
        en: 'With the skill ‘skill:first-aid’ (a plus for this job) your score rises by 5 points.',
      });
    });

    it('suggests a diploma when the level is below', () => {
      const rest: Partial<MatchSeeker> = {
        dutchLevel: 'B1',
        skillIds: [...seeker.skillIds, 'skill:haccp', 'skill:first-aid'],
      };
      const lowSeeker: Partial<MatchSeeker> = { ...rest, educationLevel: 'low', diplomaRecognition: 'not_needed' };
      const low = explainMatch({ ...seeker, ...lowSeeker }, vacancy, proximity, context);
      const [education] = low.improvements;
      expect(education.factor).toBe('education');
      expect(education.gain).toBe(8);
      expectGain(education.gain, { ...lowSeeker, educationLevel: 'mid' }, low);
      expect(education.suggestion.nl).toBe(
        "Met een diploma secundair onderwijs stijgt je score met 8 punten. Heb je zo'n diploma uit het buitenland? Vraag dan de erkenning aan.",
      );
    });

    it('offers nothing for a factor that weighs 0', () => {
      const weights = buildMatchWeights({ dutch: 0 });
      const withoutDutch = explainMatch(seeker, vacancy, proximity, aContext({ weights }));
      expect(withoutDutch.improvements.map((improvement) => improvement.factor)).not.toContain('dutch');
    });
  });

  it('keeps its arithmetic for any person, vacancy and weights', () => {
    const weights = fc
      .tuple(...MATCH_FACTOR_NAMES.map(() => fc.integer({ min: 0, max: 40 })))
      .filter((values) => values.some((value) => value > 0))
      .map((values) => Object.fromEntries(MATCH_FACTOR_NAMES.map((name, index) => [name, values[index]])));
    fc.assert(
      fc.property(
        arbitrary.seeker,
        arbitrary.vacancy,
        arbitrary.proximity,
        weights,
        (seeker, vacancy, proximity, w) => {
          const context = aContext({ today: arbitrary.ARBITRARY_TODAY, weights: buildMatchWeights(w) });
          const explanation = explainMatch(seeker, vacancy, proximity, context);
          expect(explanation.score).toBeGreaterThanOrEqual(0);
          expect(explanation.score).toBeLessThanOrEqual(100);
          expectArithmeticHolds(explanation);
          expect(explanation.improvements.length).toBeLessThanOrEqual(MAX_IMPROVEMENTS);
          const gains = explanation.improvements.map((improvement) => improvement.gain);
          expect(gains.every((gain) => gain > 0)).toBe(true);
          expect([...gains].sort((a, b) => b - a)).toEqual(gains);
          expect(explanation.score + (gains[0] ?? 0)).toBeLessThanOrEqual(100 + 0.1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('ranks on the same score and eligibility that the explanation shows, for anyone', () => {
    fc.assert(
      fc.property(arbitrary.seeker, arbitrary.vacancy, arbitrary.proximity, (seeker, vacancy, proximity) => {
        const context = aContext({ today: arbitrary.ARBITRARY_TODAY });
        const explained = explainMatch(seeker, vacancy, proximity, context);
        expect(scoreMatch(seeker, vacancy, proximity, context)).toEqual({
          score: explained.score,
          eligible: explained.eligible,
          hardFilters: explained.hardFilters,
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('explainMatch for an employer', () => {
  const speaksToReader = /\b(je|jij|jou|jouw|you|your)\b/i;

  it('words every reason and suggestion about the candidate, never to the reader', () => {
    fc.assert(
      fc.property(arbitrary.seeker, arbitrary.vacancy, arbitrary.proximity, (person, job, where) => {
        const context = aContext({ today: arbitrary.ARBITRARY_TODAY, direction: 'candidates-for-vacancy' });
        const explanation = explainMatch(person, job, where, context);
        const texts = [
          ...explanation.hardFilters.map((f) => f.reason),
          ...explanation.factors.map((f) => f.reason),
          ...explanation.improvements.map((i) => i.suggestion),
        ];
        for (const text of texts) expect(`${text.nl} ${text.en}`).not.toMatch(speaksToReader);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same numbers and filler flags as the person sees, only the words differ', () => {
    fc.assert(
      fc.property(arbitrary.seeker, arbitrary.vacancy, arbitrary.proximity, (person, job, where) => {
        const today = arbitrary.ARBITRARY_TODAY;
        const numbers = (explanation: MatchExplanation) => ({
          score: explanation.score,
          factors: explanation.factors.map(({ factor, value, contribution, informative }) => ({
            factor,
            value,
            contribution,
            informative,
          })),
          improvements: explanation.improvements.map(({ factor, gain }) => ({ factor, gain })),
        });
        const forSeeker = explainMatch(person, job, where, aContext({ today }));
        const forEmployer = explainMatch(person, job, where, aContext({ today, direction: 'candidates-for-vacancy' }));
        expect(numbers(forEmployer)).toEqual(numbers(forSeeker));
      }),
      { numRuns: 200 },
    );
  });

  it('flags a factor the job asks nothing on as a filler', () => {
    const explanation = explainMatch(
      aSeeker(),
      aVacancy({ requiredSkillIds: [], niceToHaveSkillIds: [], otherLanguages: [], dutchLevel: null }),
      aProximity(),
      aContext({ direction: 'candidates-for-vacancy' }),
    );
    const fillers = explanation.factors.filter((f) => !f.informative).map((f) => f.factor);
    expect(fillers).toEqual(expect.arrayContaining(['requiredSkills', 'niceToHaveSkills', 'dutch', 'otherLanguages']));
    expect(fillers).not.toContain('distance');
    expect(fillers).not.toContain('occupation');
  });
});
