import { aContext } from '../testing/fixtures';
import { requiredSkillsFactor } from './required-skills';

const labels = aContext().labels;

describe('requiredSkillsFactor', () => {
  it('is 1 when nothing is required', () => {
    expect(requiredSkillsFactor({ skillIds: [] }, { requiredSkillIds: [] })).toMatchObject({
      value: 1,
      reason: { nl: 'Deze job vraagt geen bepaalde vaardigheden.', en: 'This job does not ask for specific skills.' },
      improvements: [],
    });
  });

  it('is the share covered and names what is missing', () => {
    const result = requiredSkillsFactor(
      { skillIds: ['skill:forklift'] },
      { requiredSkillIds: ['skill:forklift', 'skill:scanner', 'skill:haccp', 'skill:forklift'] },
      labels,
    );
    expect(result.value).toBeCloseTo(1 / 3, 10);
    expect(result.reason).toEqual({
      nl: 'Je hebt 1 van de 3 vaardigheden die deze job vraagt. Je mist nog: handscanner gebruiken en HACCP toepassen.',
      en: 'You have 1 of the 3 skills this job asks for. Still missing: use a hand scanner and apply HACCP.',
    });
    expect(result.improvements.map((option) => option.change)).toEqual([
      { skillIds: ['skill:forklift', 'skill:scanner'] },
      { skillIds: ['skill:forklift', 'skill:haccp'] },
    ]);
    expect(result.improvements[0].suggestion(3.8)).toEqual({
      nl: 'Met de vaardigheid ‘handscanner gebruiken’ stijgt je score met 3,8 punten.',
      en: 'With the skill ‘use a hand scanner’ your score rises by 3.8 points.',
    });
  });

  it('speaks of one skill when one is asked, and falls back to the id without a label', () => {
    expect(requiredSkillsFactor({ skillIds: ['s:1'] }, { requiredSkillIds: ['s:1'] }).reason.nl).toBe(
      'Je hebt de vaardigheid die deze job vraagt.',
    );
    expect(requiredSkillsFactor({ skillIds: [] }, { requiredSkillIds: ['s:1'] }).reason).toEqual({
      nl: 'Je mist nog: s:1.',
      en: 'Still missing: s:1.',
    });
  });

  it('names at most three missing skills', () => {
    const result = requiredSkillsFactor({ skillIds: [] }, { requiredSkillIds: ['a', 'b', 'c', 'd', 'e'] });
    expect(result.value).toBe(0);
    expect(result.reason.nl).toBe(
      'Je hebt 0 van de 5 vaardigheden die deze job vraagt. Je mist nog: a, b, c en nog 2 andere.',
    );
    expect(result.reason.en).toBe('You have 0 of the 5 skills this job asks for. Still missing: a, b, c and 2 more.');
    expect(result.improvements).toHaveLength(5);
  });
});

describe('requiredSkillsFactor for an employer', () => {
  it('says which skills the candidate has and misses', () => {
    const result = requiredSkillsFactor(
      { skillIds: ['skill:forklift'] },
      { requiredSkillIds: ['skill:forklift', 'skill:scanner'] },
      labels,
      'employer',
    );
    expect(result.reason).toEqual({
      nl: 'De kandidaat heeft 1 van de 2 vaardigheden die deze job vraagt. De kandidaat mist nog: handscanner gebruiken.',
      en: 'The candidate has 1 of the 2 skills this job asks for. The candidate still lacks: use a hand scanner.',
    });
    expect(result.improvements[0].suggestion(5)).toEqual({
      nl: 'Met de vaardigheid ‘handscanner gebruiken’ zou de kandidaat 5 punten hoger scoren.',
      en: 'With the skill ‘use a hand scanner’ the candidate would score 5 points higher.',
    });
    const all = requiredSkillsFactor(
      { skillIds: ['skill:forklift'] },
      { requiredSkillIds: ['skill:forklift'] },
      labels,
      'employer',
    );
    expect(all.reason.en).toBe('The candidate has the skill this job asks for.');
  });

  it('marks a job that asks no skills as a filler', () => {
    expect(requiredSkillsFactor({ skillIds: [] }, { requiredSkillIds: [] }, labels, 'employer').informative).toBe(
      false,
    );
    expect(requiredSkillsFactor({ skillIds: [] }, { requiredSkillIds: ['skill:haccp'] }).informative).toBe(true);
  });
});
