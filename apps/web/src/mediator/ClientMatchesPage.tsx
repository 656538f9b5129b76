import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText, StatusText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { VacancyCard } from '../components/VacancyCard';
import { useFormats } from '../i18n/format';
import { ClientNav, useClient } from './shared';
import { MatchExplanation } from '../components/MatchExplanation';

type Match = Schemas['VacancyMatchView'];

export function ClientMatchesPage() {
  const { t } = useTranslation();
  const format = useFormats();
  const { accountId = '' } = useParams();
  const location = useLocation();
  const { client } = useClient(accountId);
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'no-profile'>('loading');
  /** Vacancies the client already has an application for: proposing again would be refused (409). */
  const [taken, setTaken] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void api
      .GET('/api/v1/clients/{accountId}/matches', { params: { path: { accountId }, query: { limit: 20 } } })
      .then(({ data }) => {
        setMatches(data?.items ?? null);
        setState(data ? 'ready' : 'no-profile');
      });
    void api
      .GET('/api/v1/clients/{accountId}/applications', { params: { path: { accountId }, query: { limit: 100 } } })
      .then(({ data }) => setTaken(new Set(data?.items.map((a) => a.vacancyId) ?? [])));
  }, [accountId]);

  const name = client && client !== 'missing' ? client.displayName : '';
  const propose = async (vacancy: Schemas['VacancyCardView']) => {
    const { data, response } = await api.POST('/api/v1/clients/{accountId}/proposals', {
      params: { path: { accountId } },
      body: { vacancyId: vacancy.id },
    });
    if (!data && response.status !== 409) return setError(t('mediator.matches.proposeFailed'));
    setError('');
    setTaken(new Set([...taken, vacancy.id]));
    setMessage(t('mediator.matches.proposed', { name, title: vacancy.title }));
  };

  if (client === 'missing') return <PageTitle>{t('mediator.file.missing')}</PageTitle>;
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  return (
    <>
      <PageTitle>{name ? t('mediator.matches.title', { name }) : t('mediator.clientNav.matches')}</PageTitle>
      <ClientNav accountId={accountId} />
      {saved && <p className="notice notice-success">{t('mediator.profile.saved')}</p>}
      {state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state === 'no-profile' && (
        <p>
          <Link to={`/mediator/clients/${accountId}/profile`}>{t('mediator.matches.noProfile', { name })}</Link>
        </p>
      )}
      <StatusText>{message}</StatusText>
      <ErrorText>{error}</ErrorText>
      {state === 'ready' && (
        <>
          <p>{t('mediator.matches.count', { count: matches?.length ?? 0, name })}</p>
          <p className="hint">{t('mediator.matches.proposeHint', { name })}</p>
          <ul className="card-list">
            {matches?.map(({ vacancy, match }) => (
              <li key={vacancy.id}>
                <VacancyCard vacancy={vacancy}>
                  <MatchExplanation
                    match={match}
                    scoreText={t('mediator.matches.score', { score: format.number(match.score) })}
                    whyHeading={t('mediator.matches.why')}
                    raiseHeading={t('mediator.matches.raise')}
                  />
                  {taken.has(vacancy.id) ? (
                    <p className="status">{t('mediator.matches.alreadyProposed')}</p>
                  ) : (
                    <button type="button" className="button" onClick={() => void propose(vacancy)}>
                      {t('mediator.matches.propose', { name, title: vacancy.title })}
                    </button>
                  )}
                </VacancyCard>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
