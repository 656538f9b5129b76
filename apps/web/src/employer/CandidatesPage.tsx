import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText, StatusText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useBilingual } from '../i18n/bilingual';
import { useFormats } from '../i18n/format';
import { textOf } from './organisation';
import { useVacancy } from './use-vacancy';
import { VacancyTabs } from './VacancyTabs';
import { topReasons } from '../components/match-reasons';

type Candidate = Schemas['CandidateMatchView'];
type InviteState = 'idle' | 'busy' | 'invited' | 'already' | 'failed';

function InviteButton({ vacancyId, candidateId, name }: { vacancyId: string; candidateId: string; name: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<InviteState>('idle');
  const invite = async () => {
    setState('busy');
    const { data, response } = await api.POST('/api/v1/vacancies/{id}/invitations', {
      params: { path: { id: vacancyId } },
      body: { candidateId },
    });
    setState(data ? 'invited' : response.status === 409 ? 'already' : 'failed');
  };
  const done = state === 'invited' || state === 'already';
  return (
    <div className="apply">
      {!done && (
        <button type="button" className="button" disabled={state === 'busy'} onClick={() => void invite()}>
          {t('employer.candidates.invite', { name })}
        </button>
      )}
      {state === 'failed' && <ErrorText>{t('employer.candidates.inviteFailed')}</ErrorText>}
      <StatusText>
        {done && <p>{t(state === 'invited' ? 'employer.candidates.invited' : 'employer.candidates.already')}</p>}
      </StatusText>
    </div>
  );
}

function CandidateCard({ vacancyId, item, name }: { vacancyId: string; item: Candidate; name: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const format = useFormats();
  const { candidate, match } = item;
  const distance = textOf(candidate.distanceKm);
  const dutch = textOf(candidate.dutchLevel);
  const from = textOf(candidate.availableFrom);
  // The factors that add the most points say best why this person came up.
  const reasons = topReasons(match.factors);
  return (
    <article className="card" aria-labelledby={`candidate-${candidate.candidateId}`}>
      <h2 id={`candidate-${candidate.candidateId}`}>{name}</h2>
      <p className="score">
        <strong>{t('employer.candidates.score', { score: format.number(match.score) })}</strong>
      </p>
      <dl className="facts">
        <dt>{t('employer.candidates.occupations')}</dt>
        <dd>
          {candidate.occupations
            .map((o) => t('employer.candidates.experience', { label: o.label, count: o.experienceMonths }))
            .join(', ')}
        </dd>
        <dt>{t('employer.candidates.wijk')}</dt>
        <dd>
          {distance
            ? t('employer.candidates.wijkDistance', {
                wijk: candidate.homeWijk,
                km: format.number(Number(distance), 1),
              })
            : candidate.homeWijk}
        </dd>
        <dt>{t('vacancy.dutchLabel')}</dt>
        <dd>{dutch ? t('vacancy.dutchLevel', { level: dutch }) : t('employer.candidates.noDutch')}</dd>
        <dt>{t('vacancy.hoursLabel')}</dt>
        <dd>{t('vacancy.hours', { min: candidate.hoursMin, max: candidate.hoursMax })}</dd>
        <dt>{t('vacancy.shiftsLabel')}</dt>
        <dd>{candidate.shifts.map((shift) => t(`shift.${shift}`)).join(', ') || '–'}</dd>
        <dt>{t('employer.candidates.available')}</dt>
        <dd>{from ? format.date(from) : t('employer.candidates.availableNow')}</dd>
      </dl>
      <h3>{t('employer.candidates.why')}</h3>
      <ul>
        {reasons.map((factor) => (
          <li key={String(factor.factor)}>{pick(factor.reason)}</li>
        ))}
      </ul>
      <InviteButton vacancyId={vacancyId} candidateId={candidate.candidateId} name={name} />
    </article>
  );
}

export function CandidatesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { vacancy, missing } = useVacancy(id);
  const [result, setResult] = useState<Schemas['CandidatesView'] | 'unpublished' | 'failed' | null>(null);

  useEffect(() => {
    void api
      .GET('/api/v1/vacancies/{vacancyId}/candidates', { params: { path: { vacancyId: id }, query: { limit: 20 } } })
      .then(({ data, response }) => setResult(data ?? (response.status === 409 ? 'unpublished' : 'failed')));
  }, [id]);

  return (
    <>
      <PageTitle>{t('employer.candidates.title')}</PageTitle>
      {vacancy && (
        <>
          <p className="lead">{vacancy.title}</p>
          <VacancyTabs vacancy={vacancy} />
        </>
      )}
      {missing && <ErrorText>{t('employer.editor.missing')}</ErrorText>}
      <p>{t('employer.candidates.intro')}</p>
      {result === null && <p role="status">{t('common.loading')}</p>}
      {result === 'failed' && <ErrorText>{t('common.failed')}</ErrorText>}
      {result === 'unpublished' && <p>{t('employer.candidates.unpublished')}</p>}
      {typeof result === 'object' && result !== null && (
        <>
          <p role="status">{t('employer.candidates.count', { count: result.total })}</p>
          {result.notice && <p className="notice">{t('employer.candidates.artikel60')}</p>}
          <ul className="card-list">
            {result.items.map((item, index) => (
              <li key={item.candidate.candidateId}>
                <CandidateCard vacancyId={id} item={item} name={t('employer.candidates.name', { number: index + 1 })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
