import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { TextAreaField } from './fields';

type Reason = Schemas['RejectDto']['reason'];
const REASONS: Reason[] = ['missing_skill', 'language_level', 'experience', 'position_filled', 'other'];

interface Props {
  applicationId: string;
  name: string;
  onCancel: () => void;
  onRejected: () => void;
}

/**
 * Saying no always comes with feedback: a reason from the list and a few words of your own. The API takes
 * the words as optional; Werkpunt asks for them, because a bare "no" teaches the job seeker nothing.
 */
export function RejectForm({ applicationId, name, onCancel, onRejected }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason | ''>('');
  const [text, setText] = useState('');
  const [wrong, setWrong] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const legend = useRef<HTMLHeadingElement>(null);

  // The form replaces the button that opened it: bring focus along, so keyboard users land in it.
  useEffect(() => legend.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = [...(reason ? [] : ['reason']), ...(text.trim() ? [] : ['text'])];
    setWrong(missing);
    if (missing.length > 0 || !reason) {
      setError(t('employer.reject.incomplete'));
      return;
    }
    setBusy(true);
    const { data } = await api.POST('/api/v1/applications/{id}/reject', {
      params: { path: { id: applicationId } },
      body: { reason, text: text.trim() },
    });
    setBusy(false);
    if (data) onRejected();
    else setError(t('employer.reject.failed'));
  };

  const reasonError = wrong.includes('reason') ? t('employer.reject.reasonMissing') : undefined;
  return (
    <form className="reject-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4 tabIndex={-1} ref={legend}>
        {t('employer.reject.title', { name })}
      </h4>
      <ErrorText>{error}</ErrorText>
      <fieldset aria-describedby={reasonError ? `${applicationId}-reason-error` : undefined}>
        <legend>{t('employer.reject.reason')}</legend>
        {reasonError && (
          <p className="field-error" id={`${applicationId}-reason-error`}>
            {reasonError}
          </p>
        )}
        {REASONS.map((option) => (
          <label key={option} className="check">
            <input
              type="radio"
              name={`reason-${applicationId}`}
              value={option}
              checked={reason === option}
              onChange={() => setReason(option)}
            />
            {t(`employer.reject.reasons.${option}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('employer.reject.text')}
        hint={t('employer.reject.textHint')}
        required
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={wrong.includes('text') ? t('employer.reject.textMissing') : undefined}
      />
      <div className="actions">
        <button type="submit" className="button button-danger" disabled={busy}>
          {t('employer.reject.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('employer.reject.cancel')}
        </button>
      </div>
    </form>
  );
}
