import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OccupationMatch, useOccupationSearch } from '../components/use-occupation-search';

type Occupation = OccupationMatch;

interface Props {
  chosenLabel: string | null;
  error?: string;
  onChoose: (occupation: { id: string; label: string }) => void;
}

/**
 * One ESCO occupation for the vacancy: type, then pick from the list. Plain buttons instead of a combobox
 * popup, so it works the same with a keyboard, a screen reader and a finger.
 */
export function OccupationPicker({ chosenLabel, error, onChoose }: Props) {
  const { t } = useTranslation();
  const [words, setWords] = useState('');
  const found = useOccupationSearch(words);
  const choose = (occupation: Occupation) => {
    onChoose({ id: occupation.id, label: occupation.label });
    setWords('');
  };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor="vacancy-occupation">{t('employer.editor.occupation')}</label>
      <p className="hint" id="vacancy-occupation-hint">
        {t('employer.editor.occupationHint')}
      </p>
      <p className="chosen-occupation" id="vacancy-occupation-chosen">
        {chosenLabel
          ? t('employer.editor.occupationChosen', { label: chosenLabel })
          : t('employer.editor.occupationNone')}
      </p>
      {error && (
        <p className="field-error" id="vacancy-occupation-error">
          {error}
        </p>
      )}
      <input
        id="vacancy-occupation"
        type="search"
        autoComplete="off"
        aria-describedby={`vacancy-occupation-hint vacancy-occupation-chosen${error ? ' vacancy-occupation-error' : ''}`}
        aria-invalid={error ? true : undefined}
        value={words}
        onChange={(e) => setWords(e.target.value)}
      />
      <div aria-live="polite">{found && <p>{t('employer.editor.occupationsFound', { count: found.length })}</p>}</div>
      {found && found.length > 0 && (
        <ul className="choices">
          {found.map((occupation) => (
            <li key={occupation.id}>
              <button type="button" className="choice" onClick={() => choose(occupation)}>
                {t('employer.editor.occupationChoose', { label: occupation.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
