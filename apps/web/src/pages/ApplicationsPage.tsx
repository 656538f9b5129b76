import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client';
import { ErrorText } from '../components/Alert';
import { PageTitle } from '../components/PageTitle';
import { useFormats } from '../i18n/format';

type Application = Schemas['MyApplicationDto'];

function ApplicationItem({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormats();
  const feedback = typeof application.feedback === 'string' ? application.feedback : null;
  return (
    <article className="card">
      <h2>
        <Link to={`/jobs/${application.vacancyId}`}>{application.vacancyTitle}</Link>
      </h2>
      <p>
        <span className={`status status-${application.status}`}>{t(`applicationStatus.${application.status}`)}</span>{' '}
        {t('applications.since', { date: format.date(application.updatedAt) })}
      </p>
      {feedback && (
        <div className="feedback">
          <h3>{t('applications.feedback')}</h3>
          <p>{feedback}</p>
        </div>
      )}
    </article>
  );
}

export function ApplicationsPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<Application[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void api.GET('/api/v1/me/applications', { params: { query: { limit: 50 } } }).then(({ data }) => {
      setItems(data?.items ?? null);
      setFailed(!data);
    });
  }, []);

  return (
    <>
      <PageTitle>{t('applications.title')}</PageTitle>
      {failed && <ErrorText>{t('common.failed')}</ErrorText>}
      {!items && !failed && <p role="status">{t('common.loading')}</p>}
      {items?.length === 0 && (
        <p>
          {t('applications.none')} <Link to="/matches">{t('applications.findJobs')}</Link>
        </p>
      )}
      <ul className="card-list">
        {items?.map((application) => (
          <li key={application.id}>
            <ApplicationItem application={application} />
          </li>
        ))}
      </ul>
    </>
  );
}
