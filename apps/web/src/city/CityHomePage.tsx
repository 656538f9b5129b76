import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';

/** Bull Board, served by the API outside the web app; the login sets the admin cookie it asks for. */
const QUEUE_DASHBOARD = '/admin/queues';

export function CityHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('city.areaName')}</PageTitle>
      <p className="lead">{t('city.home.intro')}</p>
      <ul className="card-list">
        <li>
          <article className="card">
            <h2>
              <Link to="/city/werkpunten">{t('city.home.werkpuntenTitle')}</Link>
            </h2>
            <p>{t('city.home.werkpuntenText')}</p>
          </article>
        </li>
        <li>
          <article className="card">
            <h2>
              <Link to="/city/insights">{t('city.home.insightsTitle')}</Link>
            </h2>
            <p>{t('city.home.insightsText')}</p>
          </article>
        </li>
        <li>
          <article className="card">
            <h2>{t('city.home.queuesTitle')}</h2>
            <p>{t('city.home.queuesText')}</p>
            {/* A full page load on purpose: the dashboard is the API's page, not a route of this app. */}
            <a href={QUEUE_DASHBOARD}>{t('city.home.queuesLink')}</a>
          </article>
        </li>
      </ul>
    </>
  );
}
