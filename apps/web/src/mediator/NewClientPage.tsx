import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useMyWerkpunten } from './CaseloadPage';
import { ClaimSlip } from './shared';

export function NewClientPage() {
  const { t } = useTranslation();
  const werkpunten = useMyWerkpunten();
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<'nl' | 'en'>('nl');
  const [picked, setWerkpuntId] = useState('');
  // Only a mediator at several Werkpunten chooses; the first is preselected, as in the caseload.
  const werkpuntId = werkpunten && werkpunten.length > 1 ? picked || werkpunten[0].id : undefined;
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Schemas['CreatedClientDto'] | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('mediator.newClient.nameMissing'));
    setBusy(true);
    const { data } = await api.POST('/api/v1/clients', {
      body: { displayName: name.trim(), preferredLanguage: language, werkpuntId },
    });
    setBusy(false);
    if (!data) return setError(t('mediator.newClient.failed'));
    setError('');
    setCreated(data);
  };

  if (created) {
    const id = created.account.id;
    return (
      <>
        <PageTitle>{t('mediator.newClient.createdTitle')}</PageTitle>
        <p role="status" className="notice notice-success no-print">
          {t('mediator.newClient.created', { name: created.account.displayName })}
        </p>
        <ClaimSlip created={created} name={created.account.displayName} />
        <p className="actions no-print">
          <Link className="button" to={`/mediator/clients/${id}/profile`}>
            {t('mediator.newClient.fillProfile')}
          </Link>
          <Link className="button button-secondary" to={`/mediator/clients/${id}`}>
            {t('mediator.newClient.openFile')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('mediator.newClient.title')}</PageTitle>
      <p>{t('mediator.newClient.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('mediator.newClient.name')}
          hint={t('mediator.newClient.nameHint')}
          autoComplete="off"
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <fieldset>
          <legend>{t('mediator.newClient.language')}</legend>
          {(['nl', 'en'] as const).map((code) => (
            <label key={code} className="check">
              <input
                type="radio"
                name="language"
                value={code}
                checked={language === code}
                onChange={() => setLanguage(code)}
              />
              {t(`mediator.languages.${code}`)}
            </label>
          ))}
        </fieldset>
        {werkpunten && werkpunten.length > 1 && (
          <div className="field">
            <label htmlFor="new-client-werkpunt">{t('mediator.caseload.werkpunt')}</label>
            <select id="new-client-werkpunt" value={werkpuntId} onChange={(e) => setWerkpuntId(e.target.value)}>
              {werkpunten.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <ErrorText>{error}</ErrorText>
        <button type="submit" className="button" disabled={busy}>
          {t('mediator.newClient.submit')}
        </button>
      </form>
    </>
  );
}
