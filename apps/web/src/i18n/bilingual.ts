import { useTranslation } from 'react-i18next';
import { asLanguage } from './i18n';

/** Picks the current language's side of the API's { nl, en } texts. */
export function useBilingual(): (text: { nl: string; en: string }) => string {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return (text) => text[language];
}
