import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Schemas } from '../api/client';

/** The three views of one vacancy, one step apart: the text, the people who fit, the applications. */
export function VacancyTabs({ vacancy }: { vacancy: Pick<Schemas['VacancyDto'], 'id' | 'title' | 'status'> }) {
  const { t } = useTranslation();
  const base = `/employer/vacancies/${vacancy.id}`;
  return (
    <nav className="vacancy-tabs" aria-label={t('employer.tabs.label', { title: vacancy.title })}>
      <ul>
        <li>
          <NavLink to={`${base}/edit`}>{t('employer.tabs.edit')}</NavLink>
        </li>
        {vacancy.status === 'published' && (
          <li>
            <NavLink to={`${base}/candidates`}>{t('employer.tabs.candidates')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to={`${base}/applications`}>{t('employer.tabs.applications')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
