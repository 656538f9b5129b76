import { PASSWORD_MAX_LENGTH, passwordProblems } from './password-rules';

describe('passwordProblems', () => {
  it('accepts a long passphrase without symbols or digits', () => {
    expect(passwordProblems('fiets naar de vrijdagmarkt')).toEqual([]);
  });

  it('refuses fewer than 12 characters, counting code points', () => {
    expect(passwordProblems('kort wachtw')[0]).toMatch(/at least 12/);
    expect(passwordProblems('ééééééééééé')[0]).toMatch(/at least 12/);
  });

  it('refuses more than the maximum length', () => {
    expect(passwordProblems('a b'.repeat(PASSWORD_MAX_LENGTH))[0]).toMatch(/at most 128/);
  });

  it('refuses passwords from the breach list, in any case and with a number tacked on', () => {
    expect(passwordProblems('qwerty123456')[0]).toMatch(/often used or leaked/);
    expect(passwordProblems('QWERTY123456')[0]).toMatch(/often used or leaked/);
    expect(passwordProblems('password2024!')[0]).toMatch(/often used or leaked/);
    expect(passwordProblems('football1234567')[0]).toMatch(/often used or leaked/);
  });

  it('refuses one or two characters repeated', () => {
    expect(passwordProblems('zzzzzzzzzzzzzz')).toHaveLength(1);
    expect(passwordProblems('xyxyxyxyxyxyxy')).toHaveLength(1);
  });

  it('refuses the own e-mail address or name', () => {
    expect(passwordProblems('amina.elamrani@example.org', { email: 'amina.elamrani@example.org' })[0]).toMatch(
      /e-mail address or your name/,
    );
    expect(passwordProblems('Amina El Amrani', { displayName: 'amina el amrani' })[0]).toMatch(/your name/);
  });
});
