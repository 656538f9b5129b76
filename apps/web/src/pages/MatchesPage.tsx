import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { topReasons } from '../components/match-reasons';
import { VacancyCard } from '../components/VacancyCard';
import { useBilingual } from '../i18n/bilingual';
import { useFormats } from '../i18n/format';

type Match = Schemas['VacancyMatchView'];

function MatchExplanation({ match }: { match: Match['match'] }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const format = useFormats();
  const reasons = topReasons(match.factors);
  return (
    <div className="match">
      <p className="score">
        <strong>{t('matches.score', { score: format.number(match.score) })}</strong>
      </p>
      <h3>{t('matches.why')}</h3>
      <ul>
        {reasons.map((factor) => (
          <li key={String(factor.factor)}>{pick(factor.reason)}</li>
        ))}
      </ul>
      {match.improvements.length > 0 && (
        <>
          <h3>{t('matches.raise')}</h3>
          <ul>
            {match.improvements.map((improvement) => (
              <li key={String(improvement.factor)}>{pick(improvement.suggestion)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function MatchesPage() {
  const { t } = useTranslation();
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
                  <MatchExplanation match={match} />
                </VacancyCard>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
