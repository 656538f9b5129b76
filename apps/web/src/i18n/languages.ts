import { useTranslation } from 'react-i18next';

/** The languages most spoken by newcomers in Ghent, besides Dutch; names come from the browser. */
export const LANGUAGES = [
  'ar',
  'en',
  'fr',
  'tr',
  'bg',
  'ro',
  'pl',
  'es',
  'pt',
  'ru',
  'uk',
  'fa',
  'ps',
  'so',
  'ti',
  'sq',
  'de',
];

/** A language's name for an ISO 639-1 code, in the language the page is shown in. */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (code: string) => names.of(code) ?? code;
}
