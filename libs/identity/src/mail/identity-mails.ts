import { PreferredLanguage } from '../accounts/account.entity';
import { OutgoingMail } from './mailer';

/** The mails of the identity context, in the reader's language, plain text (readable everywhere). */

export function passwordResetMail(to: string, language: PreferredLanguage, link: string, token: string): OutgoingMail {
  return language === PreferredLanguage.English
    ? {
        to,
        subject: 'Choose a new password for Werkpunt',
        text:
          `Someone asked to reset the password of your Werkpunt account.\n\n` +
          `Choose a new password within 30 minutes: ${link}\n` +
          `Code: ${token}\n\n` +
          `Did you not ask for this? Then ignore this mail; your password stays the same.`,
      }
    : {
        to,
        subject: 'Kies een nieuw wachtwoord voor Werkpunt',
        text:
          `Iemand vroeg om het wachtwoord van je Werkpunt-account te vervangen.\n\n` +
          `Kies binnen 30 minuten een nieuw wachtwoord: ${link}\n` +
          `Code: ${token}\n\n` +
          `Heb jij dit niet gevraagd? Dan mag je deze mail negeren; je wachtwoord blijft hetzelfde.`,
      };
}

export function activationMail(to: string, language: PreferredLanguage, link: string, token: string): OutgoingMail {
  return language === PreferredLanguage.English
    ? {
        to,
        subject: 'Your Werkpunt account is ready',
        text: `The city made a Werkpunt account for you. Choose your password within 7 days: ${link}\nCode: ${token}`,
      }
    : {
        to,
        subject: 'Je Werkpunt-account staat klaar',
        text: `De stad maakte een Werkpunt-account voor je. Kies binnen 7 dagen je wachtwoord: ${link}\nCode: ${token}`,
      };
}

export function recruiterInvitationMail(to: string, inviterName: string, link: string, token: string): OutgoingMail {
  // The invitee has no account yet, so no language preference: both languages.
  return {
    to,
    subject: 'Uitnodiging voor Werkpunt / Invitation to Werkpunt',
    text:
      `${inviterName} nodigt je uit om vacatures te beheren op Werkpunt. Maak je account binnen 7 dagen: ${link}\n` +
      `Code: ${token}\n\n` +
      `${inviterName} invites you to manage vacancies on Werkpunt. Create your account within 7 days: ${link}\n` +
      `Code: ${token}`,
  };
}

export function inactivityWarningMail(
  to: string,
  language: PreferredLanguage,
  eraseOn: Date,
  link: string,
): OutgoingMail {
  const date = new Intl.DateTimeFormat(language === PreferredLanguage.English ? 'en-GB' : 'nl-BE', {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(eraseOn);
  return language === PreferredLanguage.English
    ? {
        to,
        subject: 'Your Werkpunt account will be deleted',
        text:
          `You have not signed in to Werkpunt for a long time. To protect your data, we delete your account ` +
          `and your data on ${date}.\n\n` +
          `Do you want to keep your account? Sign in before then: ${link}\n\n` +
          `Do you want us to delete it? Then you do not have to do anything.`,
      }
    : {
        to,
        subject: 'Je Werkpunt-account wordt verwijderd',
        text:
          `Je hebt je al lang niet meer aangemeld bij Werkpunt. Om je gegevens te beschermen, verwijderen we je ` +
          `account en je gegevens op ${date}.\n\n` +
          `Wil je je account houden? Meld je voor die dag aan: ${link}\n\n` +
          `Mag je account weg? Dan hoef je niets te doen.`,
      };
}
