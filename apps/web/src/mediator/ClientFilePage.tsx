import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText, StatusText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useBilingual } from '../i18n/bilingual';
import { useFormats } from '../i18n/format';
import { useOccupationDetails } from '../pages/profile/occupation-details';
import {
  ClaimSlip,
  ClientNav,
  ClientPresent,
  LADDER_STEPS,
  useClient,
  type ClientFacts,
  type LadderStep,
} from './shared';

type Partner = Schemas['CreateReferralDto']['partner'];
const PARTNERS: Partner[] = ['vdab', 'de_stap', 'de_punt', 'ocmw_welfare', 'nt2_course', 'other'];
/** The statuses that may follow each referral status (the API refuses the others with 409). */
const REFERRAL_NEXT: Record<Schemas['ReferralDto']['status'], Schemas['ReferralDto']['status'][]> = {
  proposed: ['sent'],
  sent: ['accepted', 'declined'],
  accepted: ['completed', 'dropped_out'],
  declined: [],
  completed: [],
  dropped_out: [],
};

function TextArea({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={4}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function Summary({ client, accountId, reload }: { client: ClientFacts; accountId: string; reload: () => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [slip, setSlip] = useState<Schemas['CreatedClientDto'] | null>(null);
  const [error, setError] = useState('');
  const reissue = async () => {
    const { data } = await api.POST('/api/v1/clients/{accountId}/claim-code', { params: { path: { accountId } } });
    if (!data) {
      setError(t('mediator.file.reissueFailed'));
      return reload();
    }
    setError('');
    setSlip(data);
  };
  return (
    <section aria-labelledby="file-summary">
      <h2 id="file-summary">{t('mediator.file.summary')}</h2>
      <dl className="facts">
        <dt>{t('mediator.claimSlip.username')}</dt>
        <dd>{client.username ?? t('mediator.file.noUsername')}</dd>
        <dt>{t('mediator.file.account')}</dt>
        <dd>{client.claimed ? t('mediator.file.claimed') : t('mediator.file.notClaimed')}</dd>
        <dt>{t('mediator.caseload.since')}</dt>
        <dd>{format.date(client.since)}</dd>
        <dt>{t('mediator.caseload.lastContact')}</dt>
        <dd>{client.lastContactAt ? format.date(client.lastContactAt) : t('mediator.caseload.never')}</dd>
      </dl>
      {!client.claimed && !slip && (
        <button type="button" className="button button-secondary" onClick={() => void reissue()}>
          {t('mediator.file.reissue')}
        </button>
      )}
      <ErrorText>{error}</ErrorText>
      {slip && <ClaimSlip created={slip} name={client.displayName} />}
    </section>
  );
}

function ProfileSummary({ accountId, name }: { accountId: string; name: string }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<Schemas['ProfileViewDto'] | null | 'none'>(null);
  useEffect(() => {
    void api
      .GET('/api/v1/clients/{accountId}/profile', { params: { path: { accountId } } })
      .then(({ data }) => setProfile(data ?? 'none'));
  }, [accountId]);
  const occupations = useOccupationDetails(
    profile && profile !== 'none' ? profile.desiredOccupations.map((o) => o.occupationId) : [],
  );
  return (
    <section aria-labelledby="file-profile">
      <h2 id="file-profile">{t('mediator.file.profile')}</h2>
      {profile === 'none' && <p>{t('mediator.file.noProfile', { name })}</p>}
      {profile && profile !== 'none' && (
        <dl className="facts">
          <dt>{t('mediator.file.wishes')}</dt>
          <dd>{occupations.map((o) => o.label).join(', ')}</dd>
          <dt>{t('mediator.file.dutch')}</dt>
          <dd>{profile.dutchLevel ?? t('mediator.file.noDutch')}</dd>
          <dt>{t('mediator.file.hours')}</dt>
          <dd>
            {t('vacancy.hours', { min: profile.workTime.hoursPerWeekMin, max: profile.workTime.hoursPerWeekMax })}
          </dd>
        </dl>
      )}
      <p>
        <Link to={`/mediator/clients/${accountId}/profile`}>
          {t(profile === 'none' ? 'mediator.file.fillProfile' : 'mediator.file.editProfile')}
        </Link>
      </p>
    </section>
  );
}

function Ladder({ accountId, onContact }: { accountId: string; onContact: () => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const pick = useBilingual();
  const [ladder, setLadder] = useState<Schemas['LadderHistoryDto'] | null>(null);
  const [step, setStep] = useState<LadderStep | ''>('');
  const [reason, setReason] = useState('');
  const [present, setPresent] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const load = useCallback(() => {
    void api
      .GET('/api/v1/clients/{accountId}/ladder-history', { params: { path: { accountId }, query: { limit: 50 } } })
      .then(({ data }) => setLadder(data ?? null));
  }, [accountId]);
  useEffect(load, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!step || !reason.trim()) return setError(t('mediator.ladder.missing'));
    const { data, response } = await api.PUT('/api/v1/clients/{accountId}/ladder-step', {
      params: { path: { accountId } },
      body: { step, reason: reason.trim(), clientPresent: present },
    });
    if (!data) return setError(t(response.status === 409 ? 'mediator.ladder.same' : 'common.failed'));
    setError('');
    setDone(t('mediator.ladder.saved', { step: t(`mediator.ladder.steps.${step}`) }));
    setStep('');
    setReason('');
    setPresent(false);
    load();
    if (present) onContact();
  };

  return (
    <section aria-labelledby="file-ladder">
      <h2 id="file-ladder">{t('mediator.ladder.title')}</h2>
      <p>
        {t('mediator.ladder.current')}{' '}
        <strong>
          {ladder?.currentStep ? t(`mediator.ladder.steps.${ladder.currentStep}`) : t('mediator.ladder.none')}
        </strong>
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="ladder-form">
        <h3 id="ladder-form">{t('mediator.ladder.set')}</h3>
        <div className="field">
          <label htmlFor="ladder-step">{t('mediator.ladder.step')}</label>
          <select id="ladder-step" value={step} onChange={(e) => setStep(e.target.value as LadderStep | '')}>
            <option value="">{t('mediator.ladder.choose')}</option>
            {LADDER_STEPS.map((s) => (
              <option key={s} value={s}>
                {t(`mediator.ladder.steps.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <TextArea label={t('mediator.ladder.reason')} value={reason} onChange={setReason} />
        <ClientPresent checked={present} onChange={setPresent} />
        <ErrorText>{error}</ErrorText>
        <StatusText>{done}</StatusText>
        <button type="submit" className="button">
          {t('mediator.ladder.submit')}
        </button>
      </form>
      {ladder && ladder.history.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('mediator.ladder.history')}>
          <table className="data-table">
            <caption>{t('mediator.ladder.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mediator.file.when')}</th>
                <th scope="col">{t('mediator.ladder.step')}</th>
                <th scope="col">{t('mediator.ladder.reason')}</th>
                <th scope="col">{t('mediator.file.by')}</th>
                <th scope="col">{t('mediator.clientPresent.column')}</th>
              </tr>
            </thead>
            <tbody>
              {ladder.history.map((change) => (
                <tr key={change.id}>
                  <td>{format.dateTime(change.changedAt)}</td>
                  <td>
                    {t('mediator.ladder.stepWithDirection', {
                      step: pick(change.label),
                      direction: t(`mediator.ladder.direction.${change.direction}`),
                    })}
                  </td>
                  <td>{change.reason}</td>
                  <td>{change.changedByName}</td>
                  <td>{change.clientPresent ? t('mediator.yes') : t('mediator.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Notes({ accountId, onContact }: { accountId: string; onContact: () => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [notes, setNotes] = useState<Schemas['NoteDto'][] | null>(null);
  const [text, setText] = useState('');
  const [present, setPresent] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const load = useCallback(() => {
    void api
      .GET('/api/v1/clients/{accountId}/notes', { params: { path: { accountId }, query: { limit: 50 } } })
      .then(({ data }) => setNotes(data?.items ?? null));
  }, [accountId]);
  useEffect(load, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t('mediator.notes.missing'));
    const { data } = await api.POST('/api/v1/clients/{accountId}/notes', {
      params: { path: { accountId } },
      body: { text: text.trim(), clientPresent: present },
    });
    if (!data) return setError(t('common.failed'));
    setError('');
    setDone(t('mediator.notes.saved'));
    setText('');
    setPresent(false);
    load();
    if (present) onContact();
  };

  return (
    <section aria-labelledby="file-notes">
      <h2 id="file-notes">{t('mediator.notes.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextArea label={t('mediator.notes.text')} hint={t('mediator.notes.hint')} value={text} onChange={setText} />
        <ClientPresent checked={present} onChange={setPresent} />
        <ErrorText>{error}</ErrorText>
        <StatusText>{done}</StatusText>
        <button type="submit" className="button">
          {t('mediator.notes.submit')}
        </button>
      </form>
      {notes?.length === 0 && <p>{t('mediator.notes.none')}</p>}
      <ul className="notes">
        {notes?.map((note) => (
          <li key={note.id}>
            <p className="card-meta">
              {t('mediator.notes.meta', { date: format.dateTime(note.createdAt), author: note.authorName })}
            </p>
            <p className="note-text">{note.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Referrals({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [referrals, setReferrals] = useState<Schemas['ReferralDto'][] | null>(null);
  const [partner, setPartner] = useState<Partner | ''>('');
  const [partnerName, setPartnerName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const load = useCallback(() => {
    void api
      .GET('/api/v1/clients/{accountId}/referrals', { params: { path: { accountId }, query: { limit: 50 } } })
      .then(({ data }) => setReferrals(data?.items ?? null));
  }, [accountId]);
  useEffect(load, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!partner || !purpose.trim() || (partner === 'other' && !partnerName.trim())) {
      return setError(t('mediator.referrals.missing'));
    }
    const { data } = await api.POST('/api/v1/clients/{accountId}/referrals', {
      params: { path: { accountId } },
      body: { partner, purpose: purpose.trim(), partnerName: partner === 'other' ? partnerName.trim() : undefined },
    });
    if (!data) return setError(t('common.failed'));
    setError('');
    setDone(t('mediator.referrals.saved'));
    setPartner('');
    setPartnerName('');
    setPurpose('');
    load();
  };
  const move = async (referral: Schemas['ReferralDto'], status: Schemas['ReferralDto']['status']) => {
    const { data } = await api.PATCH('/api/v1/clients/{accountId}/referrals/{referralId}', {
      params: { path: { accountId, referralId: referral.id } },
      body: { status },
    });
    if (!data) return setError(t('common.failed'));
    setError('');
    setDone(t('mediator.referrals.moved', { status: t(`mediator.referrals.status.${status}`) }));
    load();
  };
  const partnerOf = (r: Schemas['ReferralDto']) => r.partnerName ?? t(`mediator.referrals.partners.${r.partner}`);

  return (
    <section aria-labelledby="file-referrals">
      <h2 id="file-referrals">{t('mediator.referrals.title')}</h2>
      {referrals?.length === 0 && <p>{t('mediator.referrals.none')}</p>}
      {referrals && referrals.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('mediator.referrals.title')}>
          <table className="data-table">
            <caption>{t('mediator.referrals.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mediator.referrals.partner')}</th>
                <th scope="col">{t('mediator.referrals.purpose')}</th>
                <th scope="col">{t('mediator.referrals.statusColumn')}</th>
                <th scope="col">{t('mediator.file.when')}</th>
                <th scope="col">{t('mediator.referrals.next')}</th>
              </tr>
            </thead>
            <tbody>
              {referrals.map((referral) => (
                <tr key={referral.id}>
                  <td>{partnerOf(referral)}</td>
                  <td>{referral.purpose}</td>
                  <td>{t(`mediator.referrals.status.${referral.status}`)}</td>
                  <td>{format.date(referral.createdAt)}</td>
                  <td>
                    {REFERRAL_NEXT[referral.status].map((status) => (
                      <button
                        key={status}
                        type="button"
                        className="link-button table-action"
                        onClick={() => void move(referral, status)}
                      >
                        {t('mediator.referrals.moveTo', {
                          status: t(`mediator.referrals.status.${status}`),
                          partner: partnerOf(referral),
                        })}
                      </button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="referral-form">
        <h3 id="referral-form">{t('mediator.referrals.new')}</h3>
        <div className="field">
          <label htmlFor="referral-partner">{t('mediator.referrals.partner')}</label>
          <select id="referral-partner" value={partner} onChange={(e) => setPartner(e.target.value as Partner | '')}>
            <option value="">{t('mediator.referrals.choose')}</option>
            {PARTNERS.map((p) => (
              <option key={p} value={p}>
                {t(`mediator.referrals.partners.${p}`)}
              </option>
            ))}
          </select>
        </div>
        {partner === 'other' && (
          <div className="field">
            <label htmlFor="referral-partner-name">{t('mediator.referrals.partnerName')}</label>
            <input id="referral-partner-name" value={partnerName} onChange={(e) => setPartnerName(e.target.value)} />
          </div>
        )}
        <TextArea label={t('mediator.referrals.purpose')} value={purpose} onChange={setPurpose} />
        <ErrorText>{error}</ErrorText>
        <StatusText>{done}</StatusText>
        <button type="submit" className="button">
          {t('mediator.referrals.submit')}
        </button>
      </form>
    </section>
  );
}

function EmployerVisibility({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState<boolean | null>(null);
  const [wanted, setWanted] = useState(false);
  const [present, setPresent] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  useEffect(() => {
    void api.GET('/api/v1/clients/{accountId}/consents', { params: { path: { accountId } } }).then(({ data }) => {
      setVisible(data?.visibleToEmployers ?? null);
      setWanted(data?.visibleToEmployers ?? false);
    });
  }, [accountId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The API takes a consent on the client's behalf only with the client there to give it.
    if (!present) return setError(t('mediator.consent.presentNeeded'));
    const { data } = await api.PUT('/api/v1/clients/{accountId}/consents/employer-visibility', {
      params: { path: { accountId } },
      body: { visible: wanted, clientPresent: true },
    });
    if (!data) return setError(t('common.failed'));
    setError('');
    setVisible(data.visibleToEmployers);
    setPresent(false);
    setDone(t(data.visibleToEmployers ? 'mediator.consent.on' : 'mediator.consent.off'));
  };

  if (visible === null) return null;
  return (
    <section aria-labelledby="file-consent">
      <h2 id="file-consent">{t('mediator.consent.title')}</h2>
      <p>{t(visible ? 'mediator.consent.nowVisible' : 'mediator.consent.nowHidden')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="check">
          <input type="checkbox" checked={wanted} onChange={(e) => setWanted(e.target.checked)} />
          {t('mediator.consent.visible')}
        </label>
        <ClientPresent checked={present} onChange={setPresent} />
        <ErrorText>{error}</ErrorText>
        <StatusText>{done}</StatusText>
        <button type="submit" className="button">
          {t('mediator.consent.submit')}
        </button>
      </form>
    </section>
  );
}

function Applications({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [items, setItems] = useState<Schemas['BoardApplicationDto'][] | null>(null);
  const [titles, setTitles] = useState<Record<string, string>>({});
  useEffect(() => {
    void api
      .GET('/api/v1/clients/{accountId}/applications', { params: { path: { accountId }, query: { limit: 100 } } })
      .then(async ({ data }) => {
        setItems(data?.items ?? null);
        // The list names vacancies by id only: their titles are public, like on the job pages.
        const found = await Promise.all(
          [...new Set(data?.items.map((a) => a.vacancyId))].map((id) =>
            api.GET('/api/v1/vacancies/{id}', { params: { path: { id } } }).then(({ data: v }) => [id, v?.title]),
          ),
        );
        setTitles(Object.fromEntries(found.filter(([, title]) => title)));
      });
  }, [accountId]);
  return (
    <section aria-labelledby="file-applications">
      <h2 id="file-applications">{t('mediator.applications.title')}</h2>
      {items?.length === 0 && <p>{t('mediator.applications.none')}</p>}
      {items && items.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('mediator.applications.title')}>
          <table className="data-table">
            <caption>{t('mediator.applications.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mediator.applications.vacancy')}</th>
                <th scope="col">{t('mediator.applications.origin')}</th>
                <th scope="col">{t('mediator.applications.status')}</th>
                <th scope="col">{t('mediator.applications.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((application) => (
                <tr key={application.id}>
                  <td>
                    <Link to={`/jobs/${application.vacancyId}`}>
                      {titles[application.vacancyId] ?? t('mediator.applications.unknownVacancy')}
                    </Link>
                  </td>
                  <td>{t(`mediator.applications.origins.${application.origin}`)}</td>
                  <td>{t(`mediator.applications.statuses.${application.status}`)}</td>
                  <td>{format.date(application.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to={`/mediator/clients/${accountId}/matches`}>{t('mediator.applications.findJobs')}</Link>
      </p>
    </section>
  );
}

function AccessLog({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormats();
  const [items, setItems] = useState<Schemas['FileAccessDto'][] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  // Every look at the file is a row, so the list grows fast: a page at a time keeps the file readable.
  const load = useCallback(
    (cursor?: string) => {
      void api
        .GET('/api/v1/clients/{accountId}/file-access-log', {
          params: { path: { accountId }, query: { limit: 10, cursor } },
        })
        .then(({ data }) => {
          setItems((before) => (cursor && before ? [...before, ...(data?.items ?? [])] : (data?.items ?? null)));
          setNext(data?.nextCursor ?? null);
        });
    },
    [accountId],
  );
  useEffect(() => load(), [load]);
  return (
    <section aria-labelledby="file-access-log">
      <h2 id="file-access-log">{t('mediator.accessLog.title')}</h2>
      <p className="hint">{t('mediator.accessLog.intro')}</p>
      {items?.length === 0 && <p>{t('mediator.accessLog.none')}</p>}
      {items && items.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('mediator.accessLog.title')}>
          <table className="data-table">
            <caption>{t('mediator.accessLog.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mediator.file.when')}</th>
                <th scope="col">{t('mediator.accessLog.who')}</th>
                <th scope="col">{t('mediator.accessLog.what')}</th>
                <th scope="col">{t('mediator.accessLog.why')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={`${item.occurredAt}-${index}`}>
                  <td>{format.dateTime(item.occurredAt)}</td>
                  <td>{t(`mediator.accessLog.roles.${item.actorRole}`)}</td>
                  <td>{t(`mediator.accessLog.actions.${item.action}`)}</td>
                  <td>{t(`mediator.accessLog.purposes.${item.purpose}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <button type="button" className="button button-secondary" onClick={() => load(next)}>
          {t('mediator.accessLog.more')}
        </button>
      )}
    </section>
  );
}

export function ClientFilePage() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const { client, reload } = useClient(accountId);
  if (client === 'missing') return <PageTitle>{t('mediator.file.missing')}</PageTitle>;
  if (!client) {
    return (
      <>
        <PageTitle>{t('mediator.file.loadingTitle')}</PageTitle>
        <p role="status">{t('common.loading')}</p>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('mediator.file.title', { name: client.displayName })}</PageTitle>
      <ClientNav accountId={accountId} />
      <Summary client={client} accountId={accountId} reload={reload} />
      <ProfileSummary accountId={accountId} name={client.displayName} />
      <Ladder accountId={accountId} onContact={reload} />
      <Notes accountId={accountId} onContact={reload} />
      <Referrals accountId={accountId} />
      <Applications accountId={accountId} />
      <EmployerVisibility accountId={accountId} />
      <AccessLog accountId={accountId} />
    </>
  );
}
