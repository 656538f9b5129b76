import { suggestUsername, USERNAME_PATTERN } from './username';

describe('suggestUsername', () => {
  it('makes a readable login name from the name, with four digits', () => {
    expect(suggestUsername('Yusuf Demir')).toMatch(/^yusuf-demir-\d{4}$/);
    expect(suggestUsername('Tomáš Horváth')).toMatch(/^tomas-horvath-\d{4}$/);
  });

  it('always gives a valid login name, also for names without Latin letters', () => {
    for (const name of ['Анна Петрова', '  ', "O'Neill-de Vries", 'x'.repeat(200)]) {
      expect(suggestUsername(name)).toMatch(USERNAME_PATTERN);
    }
  });
});
