import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useBilingual } from '../../i18n/bilingual';
import { LANGUAGES, useLanguageName } from '../../i18n/languages';
import type { StepProps } from './draft';

type Level = Schemas['LanguageDto']['level'];

function OtherLanguages({ draft, change, levels }: StepProps & { levels: Schemas['LanguageLevelDto'][] }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const nameOf = useLanguageName();
  const [language, setLanguage] = useState('');
  const [level, setLevel] = useState<Level>('B1');
  const chosen = draft.otherLanguages;
  const open = LANGUAGES.filter((code) => !chosen.some((c) => c.language === code)).sort((a, b) =>
    nameOf(a).localeCompare(nameOf(b)),
  );
  const levelText = (code: string) => {
    const found = levels.find((l) => l.code === code);
    return found ? t('wizard.languages.level', { code, label: pick({ nl: found.labelNl, en: found.labelEn }) }) : code;
  };
  const add = () => {
    if (!language) return;
    change({ otherLanguages: [...chosen, { language, level }] });
    setLanguage('');
  };
  return (
    <fieldset>
      <legend>{t('wizard.languages.otherLabel')}</legend>
      <p className="hint">{t('wizard.languages.otherHint')}</p>
      {chosen.length > 0 && (
        <ul className="chosen">
          {chosen.map((c) => (
            <li key={c.language}>
              <span className="chosen-label">
                {t('wizard.languages.otherChosen', { language: nameOf(c.language), level: levelText(c.level) })}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => change({ otherLanguages: chosen.filter((o) => o.language !== c.language) })}
              >
                {t('wizard.languages.otherRemove', { language: nameOf(c.language) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="other-language">{t('wizard.languages.otherWhich')}</label>
        <select id="other-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{t('wizard.languages.otherChoose')}</option>
          {open.map((code) => (
            <option key={code} value={code}>
              {nameOf(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="other-level">{t('wizard.languages.otherHow')}</label>
        <select id="other-level" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
          {levels.map((l) => (
            <option key={l.code} value={l.code}>
              {levelText(l.code)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button-secondary" onClick={add}>
        {t('wizard.languages.otherAdd')}
      </button>
    </fieldset>
  );
}

/** The Dutch level, each explained by what you can do with it rather than by its code alone. */
export function LanguagesStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const [levels, setLevels] = useState<Schemas['LanguageLevelDto'][]>([]);
  useEffect(() => {
    void api.GET('/api/v1/language-levels').then(({ data }) => setLevels(data ?? []));
  }, []);
  return (
    <>
      <fieldset>
        <legend>{t('wizard.languages.label')}</legend>
        <p className="hint">{t('wizard.languages.hint')}</p>
        <label className="check">
          <input
            type="radio"
            name="dutch"
            checked={draft.dutchLevel === null}
            onChange={() => change({ dutchLevel: null })}
          />
          {t('wizard.languages.none')}
        </label>
        {levels.map((level) => (
          <label key={level.code} className="check level">
            <input
              type="radio"
              name="dutch"
              checked={draft.dutchLevel === level.code}
              onChange={() => change({ dutchLevel: level.code })}
            />
            <span>
              <strong>
                {t('wizard.languages.level', {
                  code: level.code,
                  label: pick({ nl: level.labelNl, en: level.labelEn }),
                })}
              </strong>
              <span className="level-text">{pick({ nl: level.canDoNl, en: level.canDoEn })}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <OtherLanguages draft={draft} change={change} levels={levels} />
    </>
  );
}
