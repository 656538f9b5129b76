import {
  bodyOf,
  emptyForm,
  formOf,
  previewOf,
  skillWish,
  withLicence,
  withSkillWish,
} from '../src/employer/vacancy-form';

describe('the vacancy editor form', () => {
  const form = { ...emptyForm('site-1'), requiredSkillIds: ['a'], niceToHaveSkillIds: ['b'] };

  it('tells how much each skill is asked', () => {
    expect(skillWish(form, 'a')).toBe('required');
    expect(skillWish(form, 'b')).toBe('niceToHave');
    expect(skillWish(form, 'c')).toBe('none');
  });

  it('keeps a skill in one list at most when it is marked', () => {
    expect(withSkillWish(form, 'b', 'required')).toEqual({ requiredSkillIds: ['a', 'b'], niceToHaveSkillIds: [] });
    expect(withSkillWish(form, 'a', 'niceToHave')).toEqual({ requiredSkillIds: [], niceToHaveSkillIds: ['b', 'a'] });
    expect(withSkillWish(form, 'a', 'none')).toEqual({ requiredSkillIds: [], niceToHaveSkillIds: ['b'] });
    expect(withSkillWish(form, 'c', 'none')).toEqual({ requiredSkillIds: ['a'], niceToHaveSkillIds: ['b'] });
  });

  it('ticks and unticks licences in a fixed order', () => {
    const withC = { ...form, drivingLicences: withLicence(form, 'C', true) };
    expect(withLicence(withC, 'B', true)).toEqual(['B', 'C']);
    expect(withLicence(withC, 'C', false)).toEqual([]);
  });

  it('sends skills, other languages and licences to the API, and shows them in the preview', () => {
    const filled = {
      ...form,
      otherLanguages: [{ language: 'en', level: 'B1' as const }],
      drivingLicences: ['B' as const],
    };
    const body = bodyOf(filled);
    expect(body).toMatchObject({
      requiredSkillIds: ['a'],
      niceToHaveSkillIds: ['b'],
      otherLanguages: [{ language: 'en', level: 'B1' }],
      drivingLicences: ['B'],
    });
    const preview = previewOf(filled, null);
    expect(preview.otherLanguages).toEqual([{ language: 'en', level: 'B1' }]);
    expect(formOf(preview)).toMatchObject({ requiredSkillIds: ['a'], drivingLicences: ['B'] });
  });
});
