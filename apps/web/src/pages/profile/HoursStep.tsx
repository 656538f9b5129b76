import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Field } from '../../components/Field';
import { belgianDate, isoFromBelgian } from './dates';
import type { StepProps } from './draft';

const SHIFTS: Schemas['Shift'][] = ['day', 'evening', 'night', 'weekend'];

export function HoursStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const time = draft.workTime;
  // What the person types stays as typed; the draft gets the date once it is one (the step checks the rest).
  const [from, setFrom] = useState(() => belgianDate(draft.availableFrom) || (draft.availableFrom ?? ''));
  const changeFrom = (text: string) => {
    setFrom(text);
    change({ availableFrom: text.trim() === '' ? null : (isoFromBelgian(text) ?? text) });
  };
  const toggle = (shift: Schemas['Shift']) =>
    change({
      workTime: {
        ...time,
        shifts: time.shifts.includes(shift) ? time.shifts.filter((s) => s !== shift) : [...time.shifts, shift],
      },
    });
  return (
    <>
      <Field
        label={t('wizard.hours.min')}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={time.hoursPerWeekMin}
        onChange={(e) => change({ workTime: { ...time, hoursPerWeekMin: Number(e.target.value) || 1 } })}
      />
      <Field
        label={t('wizard.hours.max')}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={time.hoursPerWeekMax}
        onChange={(e) => change({ workTime: { ...time, hoursPerWeekMax: Number(e.target.value) || 1 } })}
      />
      <fieldset>
        <legend>{t('wizard.hours.shifts')}</legend>
        {SHIFTS.map((shift) => (
          <label key={shift} className="check">
            <input type="checkbox" checked={time.shifts.includes(shift)} onChange={() => toggle(shift)} />
            {t(`shift.${shift}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('wizard.hours.from')}
        hint={t('wizard.hours.fromHint')}
        inputMode="numeric"
        autoComplete="off"
        value={from}
        onChange={(e) => changeFrom(e.target.value)}
      />
    </>
  );
}
