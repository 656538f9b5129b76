import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';
import { textOf, useMyOrganisation } from './organisation';

type Vacancy = Schemas['VacancyDto'];
const STATUSES: Vacancy['status'][] = ['draft', 'published', 'paused', 'filled', 'closed', 'expired'];

/** Every vacancy of the organisation, whatever its status: the list endpoint filters one status at a time. */
function useOrganisationVacancies(organisationId: string | null): Vacancy[] | null | 'failed' {
  const [vacancies, setVacancies] = useState<Vacancy[] | null | 'failed'>(null);
  useEffect(() => {
    if (!organisationId) return;
    void Promise.all(
      STATUSES.map((status) =>
        api.GET('/api/v1/vacancies', { params: { query: { status, organisation: organisationId, limit: 100 } } }),
      ),
    ).then((answers) => {
      if (answers.some((answer) => !answer.data)) return setVacancies('failed');
      const all = answers.flatMap((answer) => answer.data?.items ?? []);
      setVacancies(all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
    });
  }, [organisationId]);
  return vacancies;
}

function VacancyItem({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const format = useFormats();
  const base = `/employer/vacancies/${vacancy.id}`;
  const closing = textOf(vacancy.closingDate);
  return (
    <article className="card">
      <h2>
        <Link to={`${base}/edit`}>{vacancy.title}</Link>
      </h2>
      <p>
        <span className={`vacancy-status vacancy-status-${vacancy.status}`}>
          {t(`employer.vacancyStatus.${vacancy.status}`)}
        </span>{' '}
        {t('employer.vacancies.changed', { date: format.date(vacancy.updatedAt) })}
        {closing && ` · ${t('employer.vacancies.closing', { date: format.date(closing) })}`}
      </p>
      <ul className="inline-links">
        {vacancy.status === 'published' && (
          <li>
            <Link to={`${base}/candidates`}>{t('employer.vacancies.candidates', { title: vacancy.title })}</Link>
          </li>
        )}
        <li>
          <Link to={`${base}/applications`}>{t('employer.vacancies.applications', { title: vacancy.title })}</Link>
        </li>
      </ul>
    </article>
  );
}

export function VacanciesPage() {
  const { t } = useTranslation();
  const { state } = useMyOrganisation();
  const organisationId = state.status === 'ready' ? state.membership.organisation.id : null;
  const vacancies = useOrganisationVacancies(organisationId);
  const loading = state.status === 'loading' || (state.status === 'ready' && vacancies === null);
  return (
    <>
      <PageTitle>{t('employer.vacancies.title')}</PageTitle>
      {state.status === 'ready' && <p className="lead">{state.membership.organisation.name}</p>}
      <p>
        <Link className="button" to="/employer/vacancies/new">
          {t('employer.vacancies.new')}
        </Link>
      </p>
      {loading && <p role="status">{t('common.loading')}</p>}
      {(state.status === 'failed' || vacancies === 'failed') && <ErrorText>{t('common.failed')}</ErrorText>}
      {state.status === 'none' && <p>{t('employer.noOrganisation')}</p>}
      {Array.isArray(vacancies) && (
        <>
          <p role="status">{t('employer.vacancies.count', { count: vacancies.length })}</p>
          <ul className="card-list">
            {vacancies.map((vacancy) => (
              <li key={vacancy.id}>
                <VacancyItem vacancy={vacancy} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
