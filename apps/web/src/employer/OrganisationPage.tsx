import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, type Schemas } from '../api/client';
import { fieldsAtFault } from '../api/problem';
import { ErrorText, StatusText } from '../components/Alert';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';
import { SelectField } from './fields';
import { useMyOrganisation, type Membership } from './organisation';

type Organisation = Schemas['OrganisationDto'];
type Sector = Schemas['NaceSectorDto'];

export function useSectors(): Sector[] {
  const [sectors, setSectors] = useState<Sector[]>([]);
  useEffect(() => {
    void api.GET('/api/v1/employers/sectors').then(({ data }) => setSectors(data ?? []));
  }, []);
  return sectors;
}

/** The sector list, plus the organisation's own code when it is not one of the common ones. */
export function SectorOptions({ sectors, current }: { sectors: Sector[]; current: string }) {
  const { t } = useTranslation();
  const known = sectors.some((s) => s.code === current);
  return (
    <>
      {!current && <option value="">{t('employer.organisation.chooseSector')}</option>}
      {current && !known && <option value={current}>{current}</option>}
      {sectors.map((sector) => (
        <option key={sector.code} value={sector.code} lang="nl">
          {t('employer.organisation.sectorOption', { code: sector.code, name: sector.nameNl })}
        </option>
      ))}
    </>
  );
}

function DetailsForm({
  organisation,
  owner,
  onSaved,
}: {
  organisation: Organisation;
  owner: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const sectors = useSectors();
  const [form, setForm] = useState({
    legalName: organisation.legalName,
    tradingName: organisation.tradingName ?? '',
    enterpriseNumber: organisation.enterpriseNumber,
    naceCode: organisation.sector.code,
    website: organisation.website ?? '',
    email: organisation.email ?? '',
    phone: organisation.phone ?? '',
    socialEconomy: organisation.socialEconomy,
  });
  const [wrong, setWrong] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm({ ...form, [name]: e.target.value });
    setSaved(false);
  };
  const errorOf = (name: string) => (wrong.includes(name) ? t('employer.organisation.fieldError') : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    const optional = (value: string) => value.trim() || null;
    const {
      data,
      error: problem,
      response,
    } = await api.PATCH('/api/v1/employers/{id}', {
      params: { path: { id: organisation.id } },
      body: {
        legalName: form.legalName.trim(),
        tradingName: optional(form.tradingName),
        enterpriseNumber: form.enterpriseNumber.trim(),
        naceCode: form.naceCode,
        website: optional(form.website),
        email: optional(form.email),
        phone: optional(form.phone),
        socialEconomy: form.socialEconomy,
      },
    });
    if (!data) {
      setWrong(fieldsAtFault(problem));
      setError(t(response.status === 409 ? 'employer.organisation.kboTaken' : 'employer.organisation.saveFailed'));
      return;
    }
    setWrong([]);
    setSaved(true);
    onSaved();
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {!owner && <p className="notice">{t('employer.organisation.ownerOnly')}</p>}
      <ErrorText>{error}</ErrorText>
      <fieldset disabled={!owner}>
        <Field
          label={t('employer.organisation.legalName')}
          required
          value={form.legalName}
          onChange={set('legalName')}
          error={errorOf('legalName')}
        />
        <Field
          label={t('employer.organisation.tradingName')}
          hint={t('employer.organisation.tradingNameHint')}
          value={form.tradingName}
          onChange={set('tradingName')}
          error={errorOf('tradingName')}
        />
        <Field
          label={t('employer.organisation.kbo')}
          hint={t('employer.organisation.kboHint')}
          required
          value={form.enterpriseNumber}
          onChange={set('enterpriseNumber')}
          error={errorOf('enterpriseNumber')}
        />
        <SelectField
          label={t('employer.organisation.sector')}
          value={form.naceCode}
          onChange={set('naceCode')}
          error={errorOf('naceCode')}
        >
          <SectorOptions sectors={sectors} current={form.naceCode} />
        </SelectField>
        <label className="check">
          <input
            type="checkbox"
            checked={form.socialEconomy}
            onChange={(e) => setForm({ ...form, socialEconomy: e.target.checked })}
          />
          {t('employer.organisation.socialEconomy')}
        </label>
        <Field
          label={t('employer.organisation.website')}
          type="url"
          autoComplete="url"
          value={form.website}
          onChange={set('website')}
          error={errorOf('website')}
        />
        <Field
          label={t('employer.organisation.email')}
          hint={t('employer.organisation.emailHint')}
          type="email"
          value={form.email}
          onChange={set('email')}
          error={errorOf('email')}
        />
        <Field
          label={t('employer.organisation.phone')}
          type="tel"
          value={form.phone}
          onChange={set('phone')}
          error={errorOf('phone')}
        />
        {owner && (
          <button type="submit" className="button">
            {t('employer.organisation.save')}
          </button>
        )}
      </fieldset>
      <StatusText>{saved && t('employer.organisation.saved')}</StatusText>
    </form>
  );
}

function Sites({ organisation, onChanged }: { organisation: Organisation; onChanged: () => void }) {
  const { t } = useTranslation();
  const empty = { name: '', streetAddress: '', postcode: '' };
  const [form, setForm] = useState(empty);
  const [wrong, setWrong] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    const missing = (Object.keys(form) as (keyof typeof form)[]).filter((key) => !form[key].trim());
    setWrong(missing);
    if (missing.length > 0) return setError(t('employer.sites.incomplete'));
    const { data, error: problem } = await api.POST('/api/v1/employers/{id}/sites', {
      params: { path: { id: organisation.id } },
      body: { name: form.name.trim(), streetAddress: form.streetAddress.trim(), postcode: form.postcode.trim() },
    });
    if (!data) {
      setWrong(fieldsAtFault(problem));
      return setError(t('employer.sites.failed'));
    }
    setForm(empty);
    setWrong([]);
    setMessage(t('employer.sites.added', { name: data.name }));
    onChanged();
  };

  const remove = async (site: Schemas['SiteDto']) => {
    const { response } = await api.DELETE('/api/v1/employers/{id}/sites/{siteId}', {
      params: { path: { id: organisation.id, siteId: site.id } },
    });
    if (response.ok) {
      setMessage(t('employer.sites.removed', { name: site.name }));
      onChanged();
    } else setError(t('employer.sites.removeFailed'));
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('employer.sites.title')}</h2>
      <p>{t('employer.sites.intro')}</p>
      <StatusText>{message}</StatusText>
      {organisation.sites.length === 0 ? (
        <p>{t('employer.sites.none')}</p>
      ) : (
        <ul className="card-list">
          {organisation.sites.map((site) => (
            <li key={site.id} className="card">
              <h3>{site.name}</h3>
              <p>
                {t('employer.sites.address', { street: site.streetAddress, postcode: site.postcode })}
                <br />
                {site.neighbourhood
                  ? t('employer.sites.wijk', { wijk: site.neighbourhood.name })
                  : t('employer.sites.outside')}
              </p>
              <button type="button" className="link-button" onClick={() => void remove(site)}>
                {t('employer.sites.remove', { name: site.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('employer.sites.addTitle')}</h3>
      <form className="form" onSubmit={(e) => void add(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <Field
          label={t('employer.sites.name')}
          hint={t('employer.sites.nameHint')}
          value={form.name}
          onChange={set('name')}
          error={wrong.includes('name') ? t('employer.sites.nameError') : undefined}
        />
        <Field
          label={t('employer.sites.street')}
          autoComplete="street-address"
          value={form.streetAddress}
          onChange={set('streetAddress')}
          error={wrong.includes('streetAddress') ? t('employer.sites.streetError') : undefined}
        />
        <Field
          label={t('employer.sites.postcode')}
          autoComplete="postal-code"
          inputMode="numeric"
          value={form.postcode}
          onChange={set('postcode')}
          error={wrong.includes('postcode') ? t('employer.sites.postcodeError') : undefined}
        />
        <button type="submit" className="button">
          {t('employer.sites.add')}
        </button>
      </form>
    </section>
  );
}

function RecruiterList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [people, setPeople] = useState<Schemas['RecruiterDto'][] | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    const { data } = await api.GET('/api/v1/organisations/{organisationId}/recruiters', {
      params: { path: { organisationId } },
    });
    setPeople(data ?? []);
  }, [organisationId]);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (person: Schemas['RecruiterDto']) => {
    setError('');
    const { response } = await api.DELETE('/api/v1/organisations/{organisationId}/recruiters/{accountId}', {
      params: { path: { organisationId, accountId: person.accountId } },
    });
    if (!response.ok) return setError(t('employer.recruiters.removeFailed'));
    setMessage(t('employer.recruiters.removed', { name: person.displayName }));
    void load();
  };

  if (!people) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <StatusText>{message}</StatusText>
      <ErrorText>{error}</ErrorText>
      <ul className="card-list">
        {people.map((person) => (
          <li key={person.accountId} className="card">
            <h3>{person.displayName}</h3>
            <p>
              {t(`employer.recruiters.role.${person.role}`)}
              {person.email && ` · ${person.email}`}
              {` · ${t('employer.recruiters.since', { date: format.date(person.since) })}`}
            </p>
            {person.role === 'recruiter' && (
              <button type="button" className="link-button" onClick={() => void remove(person)}>
                {t('employer.recruiters.remove', { name: person.displayName })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Recruiters({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [email, setEmail] = useState('');
  const [error, setError] = useState('');
  const [sent, setSent] = useState('');
  const owner = membership.role === 'owner';

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setSent('');
    if (!email.includes('@')) return setError(t('employer.recruiters.emailError'));
    const { data } = await api.POST('/api/v1/organisations/{organisationId}/invitations', {
      params: { path: { organisationId: membership.organisation.id } },
      body: { email: email.trim() },
    });
    if (!data) return setError(t('employer.recruiters.failed'));
    setError('');
    setEmail('');
    setSent(t('employer.recruiters.sent', { email: data.email, date: format.date(data.expiresAt) }));
  };

  return (
    <section aria-labelledby="recruiters-title">
      <h2 id="recruiters-title">{t('employer.recruiters.title')}</h2>
      <p>{t(owner ? 'employer.recruiters.youOwner' : 'employer.recruiters.youRecruiter')}</p>
      {owner && (
        <>
          <RecruiterList organisationId={membership.organisation.id} />
          <h3>{t('employer.recruiters.inviteTitle')}</h3>
          <form className="form" onSubmit={(e) => void invite(e)} noValidate>
            <p>{t('employer.recruiters.intro')}</p>
            <Field
              label={t('employer.recruiters.email')}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={error || undefined}
            />
            <button type="submit" className="button">
              {t('employer.recruiters.invite')}
            </button>
            <StatusText>{sent}</StatusText>
          </form>
        </>
      )}
    </section>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const { state, reload } = useMyOrganisation();
  const welcome = (useLocation().state as { welcome?: boolean } | null)?.welcome;
  return (
    <>
      <PageTitle>{t('employer.organisation.title')}</PageTitle>
      {state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state.status === 'failed' && <ErrorText>{t('common.failed')}</ErrorText>}
      {state.status === 'none' && <p>{t('employer.noOrganisation')}</p>}
      {state.status === 'ready' && (
        <>
          <p className="lead">{state.membership.organisation.name}</p>
          {welcome && (
            <div className="notice notice-success">
              <p>{t('employer.organisation.welcome')}</p>
            </div>
          )}
          {state.membership.organisation.sites.length > 0 && (
            <p>
              <Link to="/employer/vacancies/new">{t('employer.organisation.toNewVacancy')}</Link>
            </p>
          )}
          <section aria-labelledby="details-title">
            <h2 id="details-title">{t('employer.organisation.details')}</h2>
            <DetailsForm
              organisation={state.membership.organisation}
              owner={state.membership.role === 'owner'}
              onSaved={() => void reload()}
            />
          </section>
          <Sites organisation={state.membership.organisation} onChanged={() => void reload()} />
          <Recruiters membership={state.membership} />
        </>
      )}
    </>
  );
}
