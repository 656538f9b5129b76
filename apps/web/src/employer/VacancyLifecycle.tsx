import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { Field } from '../components/Field';

type Vacancy = Schemas['VacancyDto'];

interface Props {
  vacancy: Vacancy;
  onChanged: (vacancy: Vacancy, message: string) => void;
}

/** Pausing, filling and closing a vacancy that is online; closing without filling asks why, as the API does. */
export function VacancyLifecycle({ vacancy, onChanged }: Props) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [error, setError] = useState('');
  if (vacancy.status !== 'published' && vacancy.status !== 'paused') return null;
  const path = { params: { path: { id: vacancy.id } } };

  const step = async (to: 'pause' | 'fill') => {
    setError('');
    const { data } =
      to === 'pause'
        ? await api.POST('/api/v1/vacancies/{id}/pause', { ...path, body: {} })
        : await api.POST('/api/v1/vacancies/{id}/fill', { ...path, body: {} });
    if (data) onChanged(data, t(`employer.lifecycle.done.${data.status}`));
    else setError(t('employer.lifecycle.failed'));
  };

  const close = async (event: FormEvent) => {
    event.preventDefault();
    setReasonMissing(!reason.trim());
    if (!reason.trim()) return;
    const { data } = await api.POST('/api/v1/vacancies/{id}/close', { ...path, body: { reason: reason.trim() } });
    if (data) onChanged(data, t(`employer.lifecycle.done.${data.status}`));
    else setError(t('employer.lifecycle.failed'));
  };

  return (
    <section aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('employer.lifecycle.title')}</h2>
      <ErrorText>{error}</ErrorText>
      <div className="actions">
        {vacancy.status === 'published' && (
          <button type="button" className="button button-secondary" onClick={() => void step('pause')}>
            {t('employer.lifecycle.pause')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => void step('fill')}>
          {t('employer.lifecycle.fill')}
        </button>
        {!closing && (
          <button type="button" className="button button-secondary" onClick={() => setClosing(true)}>
            {t('employer.lifecycle.close')}
          </button>
        )}
      </div>
      {closing && (
        <form className="form" onSubmit={(e) => void close(e)} noValidate>
          <Field
            label={t('employer.lifecycle.reason')}
            hint={t('employer.lifecycle.reasonHint')}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonMissing ? t('employer.lifecycle.reasonMissing') : undefined}
          />
          <button type="submit" className="button button-danger">
            {t('employer.lifecycle.confirmClose')}
          </button>
        </form>
      )}
    </section>
  );
}
