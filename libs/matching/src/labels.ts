import { Bilingual, MatchLabels } from './match-model';
import { Lang } from './format';

export function skillLabel(skillId: string, labels: MatchLabels | undefined, lang: Lang): string {
  return labels?.skills?.[skillId]?.[lang] ?? skillId;
}

export function occupationLabel(occupationId: string, labels: MatchLabels | undefined, lang: Lang): string {
  return labels?.occupations?.[occupationId]?.[lang] ?? occupationId;
}

/** The languages most asked and spoken in Ghent; others show their ISO code. */
const LANGUAGE_NAMES: Record<string, Bilingual> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  fr: { nl: 'Frans', en: 'French' },
  en: { nl: 'Engels', en: 'English' },
  de: { nl: 'Duits', en: 'German' },
  es: { nl: 'Spaans', en: 'Spanish' },
  it: { nl: 'Italiaans', en: 'Italian' },
  pt: { nl: 'Portugees', en: 'Portuguese' },
  pl: { nl: 'Pools', en: 'Polish' },
  ro: { nl: 'Roemeens', en: 'Romanian' },
  bg: { nl: 'Bulgaars', en: 'Bulgarian' },
  sk: { nl: 'Slovaaks', en: 'Slovak' },
  ru: { nl: 'Russisch', en: 'Russian' },
  uk: { nl: 'Oekraïens', en: 'Ukrainian' },
  tr: { nl: 'Turks', en: 'Turkish' },
  ar: { nl: 'Arabisch', en: 'Arabic' },
  fa: { nl: 'Perzisch', en: 'Persian' },
  ps: { nl: 'Pasjtoe', en: 'Pashto' },
  so: { nl: 'Somalisch', en: 'Somali' },
  ti: { nl: 'Tigrinya', en: 'Tigrinya' },
  am: { nl: 'Amhaars', en: 'Amharic' },
  zh: { nl: 'Chinees', en: 'Chinese' },
};

export function languageName(code: string, lang: Lang): string {
  return LANGUAGE_NAMES[code.toLowerCase()]?.[lang] ?? code.toUpperCase();
}
