import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useBilingual } from '../../i18n/bilingual';
import type { StepProps } from './draft';

/** The Dutch level, each explained by what you can do with it rather than by its code alone. */
export function LanguagesStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const [levels, setLevels] = useState<Schemas['LanguageLevelDto'][]>([]);
  useEffect(() => {
    void api.GET('/api/v1/language-levels').then(({ data }) => setLevels(data ?? []));
  }, []);
  return (
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
              {t('wizard.languages.level', { code: level.code, label: pick({ nl: level.labelNl, en: level.labelEn }) })}
            </strong>
            <span className="level-text">{pick({ nl: level.canDoNl, en: level.canDoEn })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
