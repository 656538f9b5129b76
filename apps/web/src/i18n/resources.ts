// All translations, per language: the job-seeker texts plus one file per area (account pages for everyone,
// employer, mediator, city), kept apart so each area's pages can change without touching the others'. The key check reads this.
import accountEn from './areas/account.en.json';
import accountNl from './areas/account.nl.json';
import cityEn from './areas/city.en.json';
import cityNl from './areas/city.nl.json';
import employerEn from './areas/employer.en.json';
import employerNl from './areas/employer.nl.json';
import mediatorEn from './areas/mediator.en.json';
import mediatorNl from './areas/mediator.nl.json';
import en from './en.json';
import nl from './nl.json';

export const translations = {
  nl: { ...nl, account: accountNl, employer: employerNl, mediator: mediatorNl, city: cityNl },
  en: { ...en, account: accountEn, employer: employerEn, mediator: mediatorEn, city: cityEn },
};
