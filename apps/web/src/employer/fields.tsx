import { type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { FieldMessages, useDescribedIds } from '../components/FieldMessages';

interface Described {
  label: string;
  hint?: string;
  error?: string;
}

/** Label, hint and error wired to one control, the same way as the shared Field for inputs. */
function Labelled({
  label,
  hint,
  error,
  control,
}: Described & { control: (id: string, describedBy: string | undefined) => ReactNode }) {
  const { id, hintId, errorId, describedBy } = useDescribedIds(hint, error);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {control(id, describedBy)}
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: Described & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Labelled
      label={label}
      hint={hint}
      error={error}
      control={(id, describedBy) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...select}>
          {children}
        </select>
      )}
    />
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  ...textarea
}: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Labelled
      label={label}
      hint={hint}
      error={error}
      control={(id, describedBy) => (
        <textarea
          id={id}
          rows={6}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...textarea}
        />
      )}
    />
  );
}
