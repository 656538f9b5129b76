import { useTranslation } from 'react-i18next';
import { asLanguage } from './i18n';

/** Belgian conventions in either language: 28/11/2026, 1.234,5 in Dutch. */
export function useFormats() {
  const { i18n } = useTranslation();
  const locale = `${asLanguage(i18n.language)}-BE`;
  return {
    date: (iso: string | null | undefined) =>
      iso
        ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))
        : '',
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    number: (value: number, fractionDigits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value),
  };
}
