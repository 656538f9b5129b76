import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { fieldsAtFault } from '../api/problem';
import { ErrorText, StatusText } from '../components/Alert';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';

type Werkpunt = Schemas['WerkpuntStaffDto'];
type Mediator = Schemas['StaffMediatorDto'];

function MediatorItem({ mediator, onChanged }: { mediator: Mediator; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const active = mediator.status === 'active';
  const toggle = async () => {
    setBusy(true);
    const params = { path: { id: mediator.id } };
    const { error } = active
      ? await api.POST('/api/v1/admin/accounts/{id}/deactivate', { params })
      : await api.POST('/api/v1/admin/accounts/{id}/reactivate', { params });
    setBusy(false);
    setFailed(Boolean(error));
    if (!error) {
      onChanged(
        t(active ? 'city.werkpunten.deactivated' : 'city.werkpunten.reactivated', { name: mediator.displayName }),
      );
    }
  };
  return (
    <li className="staff-item">
      <span className="staff-name">{mediator.displayName}</span>
      <span className="staff-email">{mediator.email}</span>
      <span className={`status status-${mediator.status}`}>
        {t(`city.werkpunten.mediatorStatus.${mediator.status}`)}
      </span>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void toggle()}>
        {t(active ? 'city.werkpunten.deactivate' : 'city.werkpunten.reactivate', { name: mediator.displayName })}
      </button>
      {failed && <ErrorText>{t('common.failed')}</ErrorText>}
    </li>
  );
}

function WerkpuntCard({ werkpunt, onChanged }: { werkpunt: Werkpunt; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <article className="card">
      <h2>{werkpunt.name}</h2>
      <p>
        <span className="status">{t(`city.werkpunten.status.${werkpunt.status === 'open' ? 'open' : 'planned'}`)}</span>
      </p>
      <dl className="facts">
        <dt>{t('city.werkpunten.wijk')}</dt>
        <dd>{werkpunt.wijk}</dd>
        <dt>{t('city.werkpunten.clients')}</dt>
        <dd>{format.number(werkpunt.clients)}</dd>
      </dl>
      <h3>{t('city.werkpunten.mediators')}</h3>
      {werkpunt.mediators.length === 0 ? (
        <p>{t('city.werkpunten.noMediators')}</p>
      ) : (
        <ul className="staff-list">
          {werkpunt.mediators.map((mediator) => (
            <MediatorItem key={mediator.id} mediator={mediator} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </article>
  );
}

function AddMediatorForm({ werkpunten, onCreated }: { werkpunten: Werkpunt[]; onCreated: (message: string) => void }) {
  const { t } = useTranslation();
  const languageId = useId();
  const werkpuntHintId = useId();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [preferredLanguage, setPreferredLanguage] = useState<'nl' | 'en'>('nl');
  const [werkpuntIds, setWerkpuntIds] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [atFault, setAtFault] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (werkpuntIds.length === 0) {
      setAtFault(['werkpuntIds']);
      return setError(t('city.werkpunten.add.needWerkpunt'));
    }
    setBusy(true);
    const { error: problem, response } = await api.POST('/api/v1/admin/mediators', {
      body: { displayName: displayName.trim(), email: email.trim(), preferredLanguage, werkpuntIds },
    });
    setBusy(false);
    if (!problem) {
      onCreated(t('city.werkpunten.add.created', { name: displayName.trim() }));
      setDisplayName('');
      setEmail('');
      setWerkpuntIds([]);
      setAtFault([]);
      return setError('');
    }
    setAtFault(fieldsAtFault(problem));
    setError(
      t(
        response.status === 409
          ? 'city.werkpunten.add.emailTaken'
          : response.status === 400
            ? 'city.werkpunten.add.invalid'
            : 'common.failed',
      ),
    );
  };

  const toggle = (id: string, checked: boolean) =>
    setWerkpuntIds((ids) => (checked ? [...ids, id] : ids.filter((other) => other !== id)));

  return (
    <section aria-labelledby="add-mediator">
      <h2 id="add-mediator">{t('city.werkpunten.add.title')}</h2>
      <p>{t('city.werkpunten.add.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <Field
          label={t('city.werkpunten.add.name')}
          autoComplete="off"
          required
          maxLength={100}
          value={displayName}
          aria-invalid={atFault.includes('displayName') || undefined}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <Field
          label={t('city.werkpunten.add.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          aria-invalid={atFault.includes('email') || undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
        <div className="field">
          <label htmlFor={languageId}>{t('city.werkpunten.add.language')}</label>
          <select
            id={languageId}
            value={preferredLanguage}
            onChange={(e) => setPreferredLanguage(e.target.value === 'en' ? 'en' : 'nl')}
          >
            <option value="nl">{t('city.werkpunten.languages.nl')}</option>
            <option value="en">{t('city.werkpunten.languages.en')}</option>
          </select>
        </div>
        <fieldset aria-describedby={werkpuntHintId} aria-invalid={atFault.includes('werkpuntIds') || undefined}>
          <legend>{t('city.werkpunten.add.werkpunten')}</legend>
          <p className="hint" id={werkpuntHintId}>
            {t('city.werkpunten.add.werkpuntenHint')}
          </p>
          {werkpunten.map((werkpunt) => (
            <label key={werkpunt.id} className="check">
              <input
                type="checkbox"
                checked={werkpuntIds.includes(werkpunt.id)}
                onChange={(e) => toggle(werkpunt.id, e.target.checked)}
              />
              {werkpunt.name}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t('city.werkpunten.add.submit')}
        </button>
      </form>
    </section>
  );
}

export function WerkpuntenPage() {
  const { t } = useTranslation();
  const [werkpunten, setWerkpunten] = useState<Werkpunt[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    const { data } = await api.GET('/api/v1/insights/werkpunten');
    setWerkpunten(data ?? null);
    setFailed(!data);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const changed = (text: string) => {
    setMessage(text);
    void load();
  };

  return (
    <>
      <PageTitle>{t('city.werkpunten.title')}</PageTitle>
      <p className="lead">{t('city.werkpunten.intro')}</p>
      <StatusText>{message}</StatusText>
      {failed && <ErrorText>{t('common.failed')}</ErrorText>}
      {!werkpunten && !failed && <p role="status">{t('common.loading')}</p>}
      {werkpunten && (
        <>
          <ul className="card-list">
            {werkpunten.map((werkpunt) => (
              <li key={werkpunt.id}>
                <WerkpuntCard werkpunt={werkpunt} onChanged={changed} />
              </li>
            ))}
          </ul>
          <p className="hint">{t('city.werkpunten.noNewWerkpunt')}</p>
          <AddMediatorForm werkpunten={werkpunten} onCreated={changed} />
        </>
      )}
    </>
  );
}
