import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorText, StatusText } from '../components/Alert';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';

function VisibilityConsent() {
  const { t } = useTranslation();
  const [consents, setConsents] = useState<Schemas['ConsentStateDto'] | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void api.GET('/api/v1/me/consents').then(({ data }) => setConsents(data ?? null));
  }, []);

  const change = async (visible: boolean) => {
    const { data } = await api.PUT('/api/v1/me/consents/employer-visibility', { body: { visible } });
    if (data) setConsents(data);
    setSaved(data ? t(visible ? 'privacy.visibleOn' : 'privacy.visibleOff') : t('common.failed'));
  };

  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title">{t('privacy.consentTitle')}</h2>
      {consents && (
        <label className="check">
          <input
            type="checkbox"
            checked={consents.visibleToEmployers}
            onChange={(e) => void change(e.target.checked)}
          />
          {t('privacy.visible')}
        </label>
      )}
      <p className="hint">{t('privacy.visibleHint')}</p>
      <StatusText>{saved}</StatusText>
    </section>
  );
}

function FileAccessLog() {
  const { t } = useTranslation();
  const format = useFormats();
  const [items, setItems] = useState<Schemas['FileAccessDto'][] | null>(null);

  useEffect(() => {
    void api
      .GET('/api/v1/me/file-access-log', { params: { query: { limit: 50 } } })
      .then(({ data }) => setItems(data?.items ?? []));
  }, []);

  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t('privacy.logTitle')}</h2>
      {items?.length === 0 && <p>{t('privacy.logEmpty')}</p>}
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('privacy.logTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.when')}</th>
                <th scope="col">{t('privacy.who')}</th>
                <th scope="col">{t('privacy.why')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={`${item.occurredAt}-${index}`}>
                  <td>{format.dateTime(item.occurredAt)}</td>
                  <td>{t(`role.${item.actorRole}`)}</td>
                  <td>{t(`purpose.${item.purpose}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DataExport() {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  // The export needs the access token, which a plain link cannot send: fetch it and hand over a file.
  const download = async () => {
    const { data } = await api.GET('/api/v1/me/export.html', { parseAs: 'blob' });
    if (!data) return setError(t('common.failed'));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data);
    link.download = 'werkpunt-mijn-gegevens.html';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('privacy.exportTitle')}</h2>
      <p>{t('privacy.exportText')}</p>
      <button type="button" className="button button-secondary" onClick={() => void download()}>
        {t('privacy.export')}
      </button>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}

function DeleteAccount() {
  const { t } = useTranslation();
  const { forget } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [sure, setSure] = useState(false);
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!sure) return setError(t('privacy.deleteConfirmNeeded'));
    const { data, response } = await api.DELETE('/api/v1/me', { body: { password } });
    if (!data)
      return setError(
        t(response.status === 403 || response.status === 400 ? 'privacy.deleteWrongPassword' : 'common.failed'),
      );
    forget();
    void navigate('/', { replace: true });
  };

  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{t('privacy.deleteTitle')}</h2>
      <p>{t('privacy.deleteText')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <Field
          label={t('privacy.deletePassword')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
          {t('privacy.deleteConfirm')}
        </label>
        <button type="submit" className="button button-danger">
          {t('privacy.delete')}
        </button>
      </form>
    </section>
  );
}

export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p>{t('privacy.intro')}</p>
      <VisibilityConsent />
      <FileAccessLog />
      <DataExport />
      <DeleteAccount />
    </>
  );
}
