import { PreferredLanguage } from '@werkpunt/identity';
import { decisionReminderMail } from './decision-reminder-mail';

describe('decision reminder mail', () => {
  const facts = {
    vacancyTitle: 'Winkelmedewerker',
    waitingSince: new Date('2026-11-02T09:00:00Z'),
    link: 'https://werkpunt.example/login',
  };

  it('is written in the recruiter’s language, with the date in Ghent', () => {
    const dutch = decisionReminderMail('a@example.test', PreferredLanguage.Dutch, facts);
    expect(dutch.subject).toBe('Een kandidaat wacht op je beslissing: Winkelmedewerker');
    expect(dutch.text).toContain('sinds 2 november 2026');
    const english = decisionReminderMail('b@example.test', PreferredLanguage.English, facts);
    expect(english.subject).toBe('An applicant is waiting for your decision: Winkelmedewerker');
    expect(english.text).toContain('since 2 November 2026');
    expect(english.text).toContain(facts.link);
  });
});
