import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { VacancyCard } from '../components/VacancyCard';
import { useFormats } from '../i18n/format';
import { MatchExplanation } from '../components/MatchExplanation';

type Match = Schemas['VacancyMatchView'];

export function MatchesPage() {
  const { t } = useTranslation();
  const format = useFormats();
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'no-profile' | 'failed'>('loading');

  useEffect(() => {
    void api.GET('/api/v1/me/matches', { params: { query: { limit: 20 } } }).then(({ data, response }) => {
      if (data) {
        setMatches(data.items);
        setState('ready');
      } else setState(response.status === 404 ? 'no-profile' : 'failed');
    });
  }, []);

  return (
    <>
      <PageTitle>{t('matches.title')}</PageTitle>
      {state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state === 'failed' && <ErrorText>{t('common.failed')}</ErrorText>}
      {state === 'no-profile' && (
        <p>
          <Link to="/profile">{t('matches.noProfile')}</Link>
        </p>
      )}
      {state === 'ready' && (
        <>
          <p role="status">{t('matches.count', { count: matches?.length ?? 0 })}</p>
          <ul className="card-list">
            {matches?.map(({ vacancy, match }) => (
              <li key={vacancy.id}>
                <VacancyCard vacancy={vacancy}>
                  <MatchExplanation
                    match={match}
                    scoreText={t('matches.score', { score: format.number(match.score) })}
                    whyHeading={t('matches.why')}
                    raiseHeading={t('matches.raise')}
                  />
                </VacancyCard>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
