import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { api, type Schemas } from '../api/client';
import { useFormats } from '../i18n/format';

export type LadderStep = Schemas['ChangeLadderStepDto']['step'];

/** The activation ladder from furthest to closest to work (DOMAIN.md, "Werkladder"). */
export const LADDER_STEPS: LadderStep[] = [
  'care',
  'social_activation',
  'language_activation',
  'work_activation',
  'guidance_to_work',
  'work',
];

export type ClientFacts = Schemas['ClientCaseloadDto'];

/** Who the client is (name, login name, claimed or not); null while loading, 'missing' when not ours. */
export function useClient(accountId: string) {
  const [client, setClient] = useState<ClientFacts | null | 'missing'>(null);
  const reload = useCallback(() => {
    void api
      .GET('/api/v1/clients/{accountId}/caseload', { params: { path: { accountId } } })
      .then(({ data }) => setClient(data ?? 'missing'));
  }, [accountId]);
  useEffect(reload, [reload]);
  return { client, reload };
}

/**
 * Acting on a client's behalf is only allowed with the client at the desk, and the API records it: the
 * mediator says so explicitly, every time, instead of a default that could be forgotten.
 */
export function ClientPresent({ checked, onChange }: { checked: boolean; onChange: (present: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="client-present">
      <label className="check" htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {t('mediator.clientPresent.label')}
      </label>
      <p className="hint">{t('mediator.clientPresent.hint')}</p>
    </div>
  );
}

/** The pages of one client's file, so the mediator moves between them without going back to the list. */
export function ClientNav({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const base = `/mediator/clients/${accountId}`;
  return (
    <nav aria-label={t('mediator.clientNav.label')} className="client-nav">
      <ul>
        <li>
          <NavLink to={base} end>
            {t('mediator.clientNav.file')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/profile`}>{t('mediator.clientNav.profile')}</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/matches`}>{t('mediator.clientNav.matches')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/**
 * The username and one-time claim code to hand over on paper: large, spaced, with the steps to take, and a
 * print button; the rest of the page is hidden when printed (see styles.css).
 */
export function ClaimSlip({ created, name }: { created: Schemas['CreatedClientDto']; name: string }) {
  const { t } = useTranslation();
  const format = useFormats();
  return (
    <section className="claim-slip" aria-labelledby="claim-slip-title">
      <h2 id="claim-slip-title">{t('mediator.claimSlip.title', { name })}</h2>
      <p className="no-print">{t('mediator.claimSlip.once')}</p>
      <dl className="claim-facts">
        <dt>{t('mediator.claimSlip.username')}</dt>
        <dd className="code">{created.account.username}</dd>
        <dt>{t('mediator.claimSlip.code')}</dt>
        <dd className="code">{created.claimCode}</dd>
        <dt>{t('mediator.claimSlip.validUntil')}</dt>
        <dd>{format.date(created.claimCodeExpiresAt)}</dd>
      </dl>
      <h3>{t('mediator.claimSlip.howTitle')}</h3>
      <ol>
        <li>{t('mediator.claimSlip.how1', { address: `${window.location.origin}/claim` })}</li>
        <li>{t('mediator.claimSlip.how2')}</li>
        <li>{t('mediator.claimSlip.how3')}</li>
      </ol>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('mediator.claimSlip.print')}
      </button>
    </section>
  );
}
