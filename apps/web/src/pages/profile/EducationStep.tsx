import { useTranslation } from 'react-i18next';
import type { StepProps } from './draft';

const LEVELS = ['low', 'mid', 'high'] as const;

export function EducationStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('wizard.education.label')}</legend>
      {LEVELS.map((level) => (
        <label key={level} className="check">
          <input
            type="radio"
            name="education"
            checked={draft.education.level === level}
            onChange={() => change({ education: { ...draft.education, level } })}
          />
          {t(`wizard.education.${level}`)}
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={draft.education.recognition === 'in_progress'}
          onChange={(e) =>
            change({ education: { ...draft.education, recognition: e.target.checked ? 'in_progress' : 'not_needed' } })
          }
        />
        {t('wizard.education.recognition')}
      </label>
    </fieldset>
  );
}
