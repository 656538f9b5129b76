import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorText, StatusText } from '../components/Alert';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';

type Consents = Schemas['ConsentStateDto'];

function useConsents() {
  const [consents, setConsents] = useState<Consents | null>(null);
  useEffect(() => {
    void api.GET('/api/v1/me/consents').then(({ data }) => setConsents(data ?? null));
  }, []);
  return [consents, setConsents] as const;
}

function VisibilityConsent({ consents, update }: { consents: Consents | null; update: (c: Consents) => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState('');

  const change = async (visible: boolean) => {
    const { data } = await api.PUT('/api/v1/me/consents/employer-visibility', { body: { visible } });
    if (data) update(data);
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

interface Employer {
  organisationId: string;
  /** The jobs of this employer the person applied to or was invited for: how people recognise an employer. */
  jobs: string[];
}

/**
 * The employers the person deals with: those who have the contact details now, and those of their applications
 * (so sharing can be turned back on). Names come from the jobs, as the person knows them from there.
 */
function useEmployers(consents: Consents | null): Employer[] {
  const [jobs, setJobs] = useState<{ organisationId: string; title: string }[]>([]);
  useEffect(() => {
    void api.GET('/api/v1/me/applications', { params: { query: { limit: 50 } } }).then(async ({ data }) => {
      const found = await Promise.all(
        (data?.items ?? []).map(async (application) => {
          const { data: vacancy } = await api.GET('/api/v1/vacancies/{id}', {
            params: { path: { id: application.vacancyId } },
          });
          return vacancy ? { organisationId: vacancy.organisationId, title: application.vacancyTitle } : null;
        }),
      );
      setJobs(found.filter((job) => job !== null));
    });
  }, []);
  const ids = [
    ...new Set([
      ...(consents?.contactSharedWith.map((c) => c.organisationId) ?? []),
      ...jobs.map((j) => j.organisationId),
    ]),
  ];
  return ids.map((organisationId) => ({
    organisationId,
    jobs: [...new Set(jobs.filter((j) => j.organisationId === organisationId).map((j) => j.title))],
  }));
}

function ContactSharing({ consents, update }: { consents: Consents | null; update: (c: Consents) => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const employers = useEmployers(consents);
  const [saved, setSaved] = useState('');
  const nameOf = (employer: Employer) =>
    employer.jobs.length > 0
      ? t('privacy.employerOf', { jobs: employer.jobs.join(', ') })
      : t('privacy.employerUnknown');

  const change = async (employer: Employer, shared: boolean) => {
    const { data } = await api.PUT('/api/v1/me/consents/contact-sharing/{organisationId}', {
      params: { path: { organisationId: employer.organisationId } },
      body: { shared },
    });
    if (data) update(data);
    setSaved(
      data
        ? t(shared ? 'privacy.contactOn' : 'privacy.contactOff', { employer: nameOf(employer) })
        : t('common.failed'),
    );
  };

  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t('privacy.contactTitle')}</h2>
      <p>{t('privacy.contactText')}</p>
      {consents && employers.length === 0 && <p>{t('privacy.contactNone')}</p>}
      {consents && employers.length > 0 && (
        <ul className="consent-list">
          {employers.map((employer) => {
            const since = consents.contactSharedWith.find((c) => c.organisationId === employer.organisationId)?.since;
            return (
              <li key={employer.organisationId}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={since !== undefined}
                    onChange={(e) => void change(employer, e.target.checked)}
                  />
                  {t('privacy.contactShare', { employer: nameOf(employer) })}
                </label>
                {since && <p className="hint">{t('privacy.since', { date: format.date(since) })}</p>}
              </li>
            );
          })}
        </ul>
      )}
      <StatusText>{saved}</StatusText>
    </section>
  );
}

function WerkpuntAccess({ consents, update }: { consents: Consents | null; update: (c: Consents) => void }) {
  const { t } = useTranslation();
  const [werkpunten, setWerkpunten] = useState<Schemas['WerkpuntDto'][]>([]);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void api.GET('/api/v1/werkpunten').then(({ data }) => setWerkpunten(data ?? []));
  }, []);

  const change = async (werkpunt: Schemas['WerkpuntDto'], granted: boolean) => {
    const { data } = await api.PUT('/api/v1/me/consents/werkpunt-access/{werkpuntId}', {
      params: { path: { werkpuntId: werkpunt.id } },
      body: { granted },
    });
    if (data) update(data);
    setSaved(
      data ? t(granted ? 'privacy.werkpuntOn' : 'privacy.werkpuntOff', { name: werkpunt.name }) : t('common.failed'),
    );
  };

  return (
    <section aria-labelledby="werkpunt-title">
      <h2 id="werkpunt-title">{t('privacy.werkpuntTitle')}</h2>
      <p>{t('privacy.werkpuntText')}</p>
      <p className="hint">{t('privacy.werkpuntOwn')}</p>
      {consents && werkpunten.length > 0 && (
        <fieldset>
          <legend>{t('privacy.werkpuntLegend')}</legend>
          {werkpunten.map((werkpunt) => (
            <label key={werkpunt.id} className="check">
              <input
                type="checkbox"
                checked={consents.werkpuntAccess.some((w) => w.werkpuntId === werkpunt.id)}
                onChange={(e) => void change(werkpunt, e.target.checked)}
              />
              {werkpunt.name}
            </label>
          ))}
        </fieldset>
      )}
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
  // One state for the three consent sections: every change answers with the whole state.
  const [consents, setConsents] = useConsents();
  return (
    <>
      <PageTitle>{t('privacy.title')}</PageTitle>
      <p>{t('privacy.intro')}</p>
      <VisibilityConsent consents={consents} update={setConsents} />
      <ContactSharing consents={consents} update={setConsents} />
      <WerkpuntAccess consents={consents} update={setConsents} />
      <FileAccessLog />
      <DataExport />
      <DeleteAccount />
    </>
  );
}
