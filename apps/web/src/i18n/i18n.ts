import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations } from './resources';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'werkpunt.language';

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage can be blocked (private mode, strict settings): Dutch, the city's language, is the default.
  }
  return 'nl';
}

export function asLanguage(value: string | undefined): Language {
  return value === 'en' ? 'en' : 'nl';
}

/** Screen readers pick their voice from <html lang>, so it follows every switch. */
function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
}

export function switchLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered then, but still switched for this visit.
  }
  void i18next.changeLanguage(language);
}

export async function setUpI18n(): Promise<void> {
  i18next.on('languageChanged', reflectOnDocument);
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: translations.nl }, en: { translation: translations.en } },
    lng: rememberedLanguage(),
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  reflectOnDocument(i18next.language);
}
