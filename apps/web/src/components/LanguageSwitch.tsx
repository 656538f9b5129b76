import { useTranslation } from 'react-i18next';
import { asLanguage, switchLanguage } from '../i18n/i18n';

/** Offers the other language, named in that language so everyone recognises their own. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = asLanguage(i18n.language) === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => switchLanguage(other)}>
      {t(`layout.switchTo.${other}`)}
    </button>
  );
}
