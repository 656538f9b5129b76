import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from './draft';
import { useOccupationDetails } from './occupation-details';
import { type OccupationMatch, useOccupationSearch } from '../../components/use-occupation-search';

type Occupation = OccupationMatch;

export function OccupationsStep({ draft, change }: StepProps) {
  const { t } = useTranslation();
  const [words, setWords] = useState('');
  const found = useOccupationSearch(words);
  const chosen = draft.desiredOccupations;
  const details = useOccupationDetails(chosen.map((c) => c.occupationId));
  const labelOf = (id: string) => details.find((d) => d.id === id)?.label ?? '…';

  const add = (occupation: Occupation) => {
    if (chosen.some((c) => c.occupationId === occupation.id) || chosen.length >= 5) return;
    change({ desiredOccupations: [...chosen, { occupationId: occupation.id, experienceMonths: 0 }] });
    setWords('');
  };
  const remove = (id: string) => change({ desiredOccupations: chosen.filter((c) => c.occupationId !== id) });
  const setMonths = (id: string, months: number) =>
    change({
      desiredOccupations: chosen.map((c) => (c.occupationId === id ? { ...c, experienceMonths: months } : c)),
    });

  return (
    <>
      <div className="field">
        <label htmlFor="occupation-search">{t('wizard.occupations.label')}</label>
        <p className="hint" id="occupation-hint">
          {t('wizard.occupations.hint')}
        </p>
        <input
          id="occupation-search"
          type="search"
          autoComplete="off"
          aria-describedby="occupation-hint"
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
      </div>
      <div aria-live="polite">{found && <p>{t('wizard.occupations.found', { count: found.length })}</p>}</div>
      {found && found.length > 0 && (
        <ul className="choices">
          {found.map((occupation) => (
            <li key={occupation.id}>
              <button type="button" className="choice" onClick={() => add(occupation)}>
                {t('wizard.occupations.add', { label: occupation.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('wizard.occupations.chosen')}</h3>
      {chosen.length === 0 && <p>{t('wizard.occupations.none')}</p>}
      <ul className="chosen">
        {chosen.map((c) => {
          const label = labelOf(c.occupationId);
          return (
            <li key={c.occupationId}>
              <span className="chosen-label">{label}</span>
              <label>
                {t('wizard.occupations.months')}
                <input
                  type="number"
                  min={0}
                  max={600}
                  inputMode="numeric"
                  value={c.experienceMonths}
                  onChange={(e) => setMonths(c.occupationId, Number(e.target.value) || 0)}
                />
              </label>
              <button type="button" className="link-button" onClick={() => remove(c.occupationId)}>
                {t('wizard.occupations.remove', { label })}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
