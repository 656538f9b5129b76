import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Field } from '../../components/Field';
import type { StepProps } from './draft';

const MODES: Schemas['TransportMode'][] = ['walk', 'bike', 'e_bike', 'public_transport', 'car', 'moped'];
const LICENCES: Schemas['DrivingLicence'][] = ['AM', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D'];

export function TransportStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const modes = draft.mobility.transportModes;
  const licences = draft.drivingLicences;
  const toggle = (mode: Schemas['TransportMode']) =>
    change({
      mobility: {
        ...draft.mobility,
        transportModes: modes.includes(mode) ? modes.filter((m) => m !== mode) : [...modes, mode],
      },
    });
  return (
    <>
      <fieldset>
        <legend>{t('wizard.transport.label')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="check">
            <input type="checkbox" checked={modes.includes(mode)} onChange={() => toggle(mode)} />
            {t(`transport.${mode}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('wizard.transport.minutes')}
        hint={t('wizard.transport.minutesHint')}
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        value={draft.mobility.maxCommuteMinutes ?? ''}
        onChange={(e) =>
          change({
            mobility: { ...draft.mobility, maxCommuteMinutes: Number(e.target.value) || null, maxCommuteKm: null },
          })
        }
      />
      <fieldset>
        <legend>{t('wizard.transport.licences')}</legend>
        <p className="hint">{t('wizard.transport.licencesHint')}</p>
        <div className="check-columns">
          {LICENCES.map((licence) => (
            <label key={licence} className="check">
              <input
                type="checkbox"
                checked={licences.includes(licence)}
                onChange={() =>
                  change({
                    drivingLicences: licences.includes(licence)
                      ? licences.filter((l) => l !== licence)
                      : [...licences, licence],
                  })
                }
              />
              {t(`licence.${licence}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
