import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';
import { LADDER_STEPS, type LadderStep } from './shared';

type Client = Schemas['CaseloadClientDto'];
type Werkpunt = Schemas['WerkpuntDto'];

/** "Not seen for" choices, in days: a month and a quarter are how mediators plan their calls. */
const NOT_SEEN_DAYS = [30, 90];
const DAY_MS = 24 * 60 * 60 * 1000;

interface Filters {
  step: LadderStep | '';
  notSeenDays: number;
  open: '' | 'true' | 'false';
}

/** The mediator's Werkpunten with their names, in the order of the account. */
export function useMyWerkpunten(): Werkpunt[] | null {
  const { account } = useSession();
  const [werkpunten, setWerkpunten] = useState<Werkpunt[] | null>(null);
  const ids = (account?.werkpuntIds ?? []).join(',');
  useEffect(() => {
    void Promise.all(
      (ids ? ids.split(',') : []).map((id) =>
        api.GET('/api/v1/werkpunten/{id}', { params: { path: { id } } }).then(({ data }) => data),
      ),
    ).then((found) => setWerkpunten(found.filter((w): w is Werkpunt => w !== undefined)));
  }, [ids]);
  return werkpunten;
}

function CaseloadTable({ clients, caption }: { clients: Client[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mediator.caseload.name')}</th>
            <th scope="col">{t('mediator.caseload.step')}</th>
            <th scope="col">{t('mediator.caseload.lastContact')}</th>
            <th scope="col">{t('mediator.caseload.openApplications')}</th>
            <th scope="col">{t('mediator.caseload.since')}</th>
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <tr key={client.clientAccountId}>
              <th scope="row">
                <Link to={`/mediator/clients/${client.clientAccountId}`}>{client.displayName}</Link>
              </th>
              <td>{client.ladderStep ? t(`mediator.ladder.steps.${client.ladderStep}`) : t('mediator.ladder.none')}</td>
              <td>{client.lastContactAt ? format.date(client.lastContactAt) : t('mediator.caseload.never')}</td>
              <td>{format.number(client.openApplications)}</td>
              <td>{format.date(client.since)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CaseloadPage() {
  const { t } = useTranslation();
  const werkpunten = useMyWerkpunten();
  // The filters live in the address, so going back from a client's file finds the same list.
  const [params, setParams] = useSearchParams();
  const step = params.get('step') ?? '';
  const open = params.get('open') ?? '';
  const filters: Filters = {
    step: LADDER_STEPS.includes(step as LadderStep) ? (step as LadderStep) : '',
    notSeenDays: NOT_SEEN_DAYS.includes(Number(params.get('notSeen'))) ? Number(params.get('notSeen')) : 0,
    open: open === 'true' || open === 'false' ? open : '',
  };
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== '0') next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const werkpuntId = params.get('werkpunt') ?? '';
  const [clients, setClients] = useState<Client[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const chosen = werkpunten?.find((w) => w.id === werkpuntId)?.id ?? werkpunten?.[0]?.id ?? '';

  const load = async (cursor?: string) => {
    const { data } = await api.GET('/api/v1/werkpunten/{id}/caseload', {
      params: {
        path: { id: chosen },
        query: {
          step: filters.step || undefined,
          lastContactBefore: filters.notSeenDays
            ? new Date(Date.now() - filters.notSeenDays * DAY_MS).toISOString()
            : undefined,
          openApplications: filters.open ? filters.open === 'true' : undefined,
          cursor,
          limit: 50,
        },
      },
    });
    setFailed(!data);
    if (!data) return;
    setClients((before) => (cursor && before ? [...before, ...data.items] : data.items));
    setNext(data.nextCursor);
  };

  useEffect(() => {
    if (chosen) void load();
    // Every change of Werkpunt or filter starts again from the first page.
  }, [chosen, params.toString()]);

  const werkpunt = werkpunten?.find((w) => w.id === chosen);
  return (
    <>
      <PageTitle>{t('mediator.caseload.title')}</PageTitle>
      <p className="actions">
        <Link className="button" to="/mediator/clients/new">
          {t('mediator.caseload.newClient')}
        </Link>
      </p>
      {werkpunten?.length === 0 && <p>{t('mediator.caseload.noWerkpunt')}</p>}
      <form className="filters-bar" onSubmit={(e) => e.preventDefault()} aria-labelledby="caseload-filters">
        <h2 id="caseload-filters">{t('mediator.caseload.filters')}</h2>
        {werkpunten && werkpunten.length > 1 && (
          <div className="field">
            <label htmlFor="filter-werkpunt">{t('mediator.caseload.werkpunt')}</label>
            <select id="filter-werkpunt" value={chosen} onChange={(e) => setFilter('werkpunt', e.target.value)}>
              {werkpunten.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="filter-step">{t('mediator.caseload.step')}</label>
          <select id="filter-step" value={filters.step} onChange={(e) => setFilter('step', e.target.value)}>
            <option value="">{t('mediator.caseload.allSteps')}</option>
            {LADDER_STEPS.map((step) => (
              <option key={step} value={step}>
                {t(`mediator.ladder.steps.${step}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-contact">{t('mediator.caseload.lastContact')}</label>
          <select
            id="filter-contact"
            value={filters.notSeenDays}
            onChange={(e) => setFilter('notSeen', e.target.value)}
          >
            <option value={0}>{t('mediator.caseload.anyContact')}</option>
            {NOT_SEEN_DAYS.map((days) => (
              <option key={days} value={days}>
                {t('mediator.caseload.notSeenFor', { count: days })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-open">{t('mediator.caseload.openApplications')}</label>
          <select id="filter-open" value={filters.open} onChange={(e) => setFilter('open', e.target.value)}>
            <option value="">{t('mediator.caseload.anyApplications')}</option>
            <option value="true">{t('mediator.caseload.withOpen')}</option>
            <option value="false">{t('mediator.caseload.withoutOpen')}</option>
          </select>
        </div>
      </form>
      {failed && <ErrorText>{t('common.failed')}</ErrorText>}
      {!clients && !failed && werkpunten?.length !== 0 && <p role="status">{t('common.loading')}</p>}
      {clients && (
        <>
          <p role="status">{t('mediator.caseload.count', { count: clients.length })}</p>
          {clients.length > 0 && (
            <CaseloadTable
              clients={clients}
              caption={t('mediator.caseload.caption', { werkpunt: werkpunt?.name ?? '' })}
            />
          )}
          {next && (
            <p>
              <button type="button" className="button button-secondary" onClick={() => void load(next)}>
                {t('mediator.caseload.more')}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
