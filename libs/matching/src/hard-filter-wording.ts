import { Audience } from './audience';
import { formatKm, joinList, Lang } from './format';
import { Bilingual } from './match-model';

/**
 * The hard filters' sentences that speak about the person, once for the person themselves and once about the
 * candidate for an employer. Sentences about the job alone ("Deze vacature is open.") stay in hard-filters.ts.
 *
 * Artikel 60 reasons never mention the living wage: employers see these reasons too, and whether someone
 * lives on a leefloon is not theirs to know.
 */
export interface HardFilterWording {
  active: Bilingual;
  notActive: Bilingual;
  instapstage: Bilingual;
  noInstapstage: Bilingual;
  artikel60: Bilingual;
  noArtikel60: Bilingual;
  programme: Bilingual;
  noProgramme: Bilingual;
  hasLicence: (licences: string[], lang: Lang) => string;
  lacksLicence: (licences: string[], lang: Lang) => string;
  ownWijk: Bilingual;
  unknownPlace: Bilingual;
  withinReach: (radiusKm: number, lang: Lang) => string;
  justBeyondReach: (radiusKm: number, lang: Lang) => string;
  beyondReach: (distanceKm: number, radiusKm: number, lang: Lang) => string;
}

const INSTAPSTAGE_RULE = {
  nl: 'Een instapstage is voor jongeren onder 25 zonder diploma secundair onderwijs. Ze moeten minstens 6 maanden ingeschreven zijn als werkzoekende.',
  en: 'An instapstage is for young people under 25 without a secondary-school diploma. They must have been registered as job seekers for at least 6 months.',
};

const SEEKER: HardFilterWording = {
  active: { nl: 'Je profiel staat op actief: je zoekt werk.', en: 'Your profile is active: you are looking for work.' },
  notActive: { nl: 'Je profiel staat niet op actief.', en: 'Your profile is not set to active.' },
  instapstage: { nl: 'Je kunt een instapstage doen.', en: 'You can do an instapstage (starter internship).' },
  noInstapstage: {
    nl: `${INSTAPSTAGE_RULE.nl} Jij voldoet daar nu niet aan.`,
    en: `${INSTAPSTAGE_RULE.en} You do not meet these conditions now.`,
  },
  artikel60: {
    nl: 'Je kunt via het OCMW werken met een artikel 60-contract.',
    en: 'You can work through the OCMW (public welfare centre) on an artikel 60 contract.',
  },
  noArtikel60: {
    nl: 'Een artikel 60-job loopt via het OCMW. Jij komt er nu niet voor in aanmerking. Vraag je begeleider wat wel kan.',
    en: 'An artikel 60 job goes through the OCMW (public welfare centre). You are not eligible for it now. Ask your counsellor what is possible.',
  },
  programme: {
    nl: 'Je voldoet aan de voorwaarden van dit programma.',
    en: 'You meet the conditions of this programme.',
  },
  noProgramme: {
    nl: 'Deze job hoort bij een programma met eigen voorwaarden. Jij voldoet daar nu niet aan.',
    en: 'This job belongs to a programme with its own conditions. You do not meet them now.',
  },
  hasLicence: (licences, lang) =>
    lang === 'nl'
      ? `Je hebt het rijbewijs dat deze job vraagt (${joinList(licences, lang)}).`
      : `You have the driving licence this job asks for (${joinList(licences, lang)}).`,
  lacksLicence: (licences, lang) =>
    lang === 'nl'
      ? `Deze job vraagt rijbewijs ${joinList(licences, lang)}. Dat heb je niet.`
      : `This job asks for driving licence ${joinList(licences, lang)}. You do not have it.`,
  ownWijk: { nl: 'Deze job is in je eigen wijk.', en: 'This job is in your own neighbourhood.' },
  unknownPlace: {
    nl: 'We weten niet waar deze job is. Daarom laten we hem niet weg.',
    en: 'We do not know where this job is, so we do not leave it out.',
  },
  withinReach: (radius, lang) =>
    lang === 'nl'
      ? `Deze job ligt binnen je reisafstand (tot ${formatKm(radius, lang)}).`
      : `This job is within your travel distance (up to ${formatKm(radius, lang)}).`,
  justBeyondReach: (radius, lang) =>
    lang === 'nl'
      ? `Deze job ligt net iets verder dan je wilt reizen (tot ${formatKm(radius, lang)}).`
      : `This job is just beyond the distance you want to travel (up to ${formatKm(radius, lang)}).`,
  beyondReach: (distance, radius, lang) =>
    lang === 'nl'
      ? `Deze job ligt ${formatKm(distance, lang)} ver. Dat is verder dan je wilt reizen (tot ${formatKm(radius, lang)}).`
      : `This job is ${formatKm(distance, lang)} away. That is further than you want to travel (up to ${formatKm(radius, lang)}).`,
};

// Advice meant for the person ("Vraag je begeleider …") is left out: the employer cannot act on it.
const EMPLOYER: HardFilterWording = {
  active: {
    nl: 'Het profiel van de kandidaat staat op actief: de kandidaat zoekt werk.',
    en: 'The candidate’s profile is active: the candidate is looking for work.',
  },
  notActive: {
    nl: 'Het profiel van de kandidaat staat niet op actief.',
    en: 'The candidate’s profile is not set to active.',
  },
  instapstage: {
    nl: 'De kandidaat kan een instapstage doen.',
    en: 'The candidate can do an instapstage (starter internship).',
  },
  noInstapstage: {
    nl: `${INSTAPSTAGE_RULE.nl} De kandidaat voldoet daar nu niet aan.`,
    en: `${INSTAPSTAGE_RULE.en} The candidate does not meet these conditions now.`,
  },
  artikel60: {
    nl: 'De kandidaat kan via het OCMW werken met een artikel 60-contract.',
    en: 'The candidate can work through the OCMW (public welfare centre) on an artikel 60 contract.',
  },
  noArtikel60: {
    nl: 'Een artikel 60-job loopt via het OCMW. De kandidaat komt er nu niet voor in aanmerking.',
    en: 'An artikel 60 job goes through the OCMW (public welfare centre). The candidate is not eligible for it now.',
  },
  programme: {
    nl: 'De kandidaat voldoet aan de voorwaarden van dit programma.',
    en: 'The candidate meets the conditions of this programme.',
  },
  noProgramme: {
    nl: 'Deze job hoort bij een programma met eigen voorwaarden. De kandidaat voldoet daar nu niet aan.',
    en: 'This job belongs to a programme with its own conditions. The candidate does not meet them now.',
  },
  hasLicence: (licences, lang) =>
    lang === 'nl'
      ? `De kandidaat heeft het rijbewijs dat deze job vraagt (${joinList(licences, lang)}).`
      : `The candidate has the driving licence this job asks for (${joinList(licences, lang)}).`,
  lacksLicence: (licences, lang) =>
    lang === 'nl'
      ? `Deze job vraagt rijbewijs ${joinList(licences, lang)}. De kandidaat heeft dat niet.`
      : `This job asks for driving licence ${joinList(licences, lang)}. The candidate does not have it.`,
  ownWijk: {
    nl: 'De kandidaat woont in dezelfde wijk als deze job.',
    en: 'The candidate lives in the same neighbourhood as this job.',
  },
  unknownPlace: {
    nl: 'We weten niet waar deze job is. Daarom laten we de kandidaat niet weg.',
    en: 'We do not know where this job is, so we do not leave the candidate out.',
  },
  withinReach: (radius, lang) =>
    lang === 'nl'
      ? `Deze job ligt binnen de reisafstand van de kandidaat (tot ${formatKm(radius, lang)}).`
      : `This job is within the candidate’s travel distance (up to ${formatKm(radius, lang)}).`,
  justBeyondReach: (radius, lang) =>
    lang === 'nl'
      ? `Deze job ligt net iets verder dan de kandidaat wil reizen (tot ${formatKm(radius, lang)}).`
      : `This job is just beyond the distance the candidate wants to travel (up to ${formatKm(radius, lang)}).`,
  beyondReach: (distance, radius, lang) =>
    lang === 'nl'
      ? `Deze job ligt ${formatKm(distance, lang)} ver. Dat is verder dan de kandidaat wil reizen (tot ${formatKm(radius, lang)}).`
      : `This job is ${formatKm(distance, lang)} away. That is further than the candidate wants to travel (up to ${formatKm(radius, lang)}).`,
};

export const HARD_FILTER_WORDING: Readonly<Record<Audience, HardFilterWording>> = {
  seeker: SEEKER,
  employer: EMPLOYER,
};
