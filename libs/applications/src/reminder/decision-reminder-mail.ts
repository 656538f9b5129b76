import { OutgoingMail, PreferredLanguage } from '@werkpunt/identity';

export interface DecisionReminderFacts {
  vacancyTitle: string;
  waitingSince: Date;
  /** Where the recruiter signs in to decide. */
  link: string;
}

/** To one recruiter, in their language: an applicant has waited 14 days; the policy asks for an answer to all. */
export function decisionReminderMail(
  to: string,
  language: PreferredLanguage,
  facts: DecisionReminderFacts,
): OutgoingMail {
  const english = language === PreferredLanguage.English;
  const since = new Intl.DateTimeFormat(english ? 'en-GB' : 'nl-BE', {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(facts.waitingSince);
  return english
    ? {
        to,
        subject: `An applicant is waiting for your decision: ${facts.vacancyTitle}`,
        text:
          `An applicant for "${facts.vacancyTitle}" has been waiting for a decision since ${since}.\n\n` +
          `Please move the application on or reject it with a short reason, so the person hears from you: ` +
          `${facts.link}\n\n` +
          `You receive this mail as a recruiter of the organisation that posted the vacancy.`,
      }
    : {
        to,
        subject: `Een kandidaat wacht op je beslissing: ${facts.vacancyTitle}`,
        text:
          `Een kandidaat voor "${facts.vacancyTitle}" wacht sinds ${since} op een beslissing.\n\n` +
          `Zet de sollicitatie een stap verder of wijs ze af met een korte reden, zodat de persoon iets van je ` +
          `hoort: ${facts.link}\n\n` +
          `Je krijgt deze mail als rekruteerder van de organisatie die de vacature plaatste.`,
      };
}
