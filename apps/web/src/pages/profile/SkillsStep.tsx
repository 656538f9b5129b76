import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../i18n/bilingual';
import type { StepProps } from './draft';
import { useOccupationDetails } from './occupation-details';

export function SkillsStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const details = useOccupationDetails(draft.desiredOccupations.map((c) => c.occupationId));
  const skills = [...new Map(details.flatMap((d) => d.skills).map((s) => [s.id, s])).values()];
  const toggle = (id: string) =>
    change({
      skillIds: draft.skillIds.includes(id) ? draft.skillIds.filter((s) => s !== id) : [...draft.skillIds, id],
    });
  if (draft.desiredOccupations.length === 0) return <p>{t('wizard.skills.noOccupations')}</p>;
  return (
    <fieldset>
      <legend>{t('wizard.skills.label')}</legend>
      <p className="hint">{t('wizard.skills.hint')}</p>
      <div className="check-columns">
        {skills.map((skill) => (
          <label key={skill.id} className="check">
            <input type="checkbox" checked={draft.skillIds.includes(skill.id)} onChange={() => toggle(skill.id)} />
            {pick({ nl: skill.nameNl, en: skill.nameEn })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
