import { aContext } from '../testing/fixtures';
import { niceToHaveSkillsFactor } from './nice-to-have-skills';

const labels = aContext().labels;

describe('niceToHaveSkillsFactor', () => {
  it('is 1 when the vacancy lists none', () => {
    expect(niceToHaveSkillsFactor({ skillIds: [] }, { niceToHaveSkillIds: [] })).toMatchObject({
      value: 1,
      reason: { nl: 'Deze job noemt geen extra vaardigheden.', en: 'This job lists no extra skills.' },
    });
  });

  it('is the share covered, with a suggestion that says it is a plus', () => {
    const result = niceToHaveSkillsFactor(
      { skillIds: ['skill:forklift'] },
      { niceToHaveSkillIds: ['skill:forklift', 'skill:haccp'] },
      labels,
    );
    expect(result.value).toBe(0.5);
    expect(result.reason).toEqual({
      nl: 'Je hebt 1 van de 2 extra vaardigheden die een pluspunt zijn. Niet nodig, wel handig: HACCP toepassen.',
      en: 'You have 1 of the 2 extra skills that are a plus. Not needed, but useful: apply HACCP.',
    });
    expect(result.improvements[0].suggestion(1)).toEqual({
      nl: 'Met de vaardigheid ‘HACCP toepassen’ (een pluspunt voor deze job) stijgt je score met 1 punt.',
      en: 'With the skill ‘apply HACCP’ (a plus for this job) your score rises by 1 point.',
    });
  });
});

describe('niceToHaveSkillsFactor for an employer', () => {
  it('says how many of the extra skills the candidate has', () => {
    const result = niceToHaveSkillsFactor(
      { skillIds: ['skill:forklift'] },
      { niceToHaveSkillIds: ['skill:forklift', 'skill:haccp'] },
      labels,
      'employer',
    );
    expect(result.reason).toEqual({
      nl: 'De kandidaat heeft 1 van de 2 extra vaardigheden die een pluspunt zijn. Niet nodig, wel handig: HACCP toepassen.',
      en: 'The candidate has 1 of the 2 extra skills that are a plus. Not needed, but useful: apply HACCP.',
    });
    expect(result.improvements[0].suggestion(1)).toEqual({
      nl: 'Met de vaardigheid ‘HACCP toepassen’ (een pluspunt voor deze job) zou de kandidaat 1 punt hoger scoren.',
      en: 'With the skill ‘apply HACCP’ (a plus for this job) the candidate would score 1 point higher.',
    });
  });

  it('marks a job that lists no extra skills as a filler', () => {
    expect(niceToHaveSkillsFactor({ skillIds: [] }, { niceToHaveSkillIds: [] }, labels, 'employer').informative).toBe(
      false,
    );
  });
});
