import { type InputHTMLAttributes } from 'react';
import { FieldMessages, useDescribedIds } from './FieldMessages';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled input whose hint and error are read out with it. */
export function Field({ label, hint, error, ...input }: FieldProps) {
  const { id, hintId, errorId, describedBy } = useDescribedIds(hint, error);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <input id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...input} />
    </div>
  );
}
