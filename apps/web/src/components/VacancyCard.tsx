import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { useFormats } from '../i18n/format';

/** One vacancy in a list: the facts people decide on first, and a link to the whole text. */
export function VacancyCard({ vacancy, children }: { vacancy: Schemas['VacancyCardView']; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormats();
  const distance = typeof vacancy.distanceKm === 'number' ? vacancy.distanceKm : null;
  const wijk = typeof vacancy.neighbourhoodName === 'string' ? vacancy.neighbourhoodName : null;
  const dutch = typeof vacancy.dutchLevel === 'string' ? vacancy.dutchLevel : null;
  return (
    <article className="card">
      <h2>
        <Link to={`/jobs/${vacancy.id}`}>{vacancy.title}</Link>
      </h2>
      <p className="card-meta">
        {vacancy.organisationName}
        {wijk && ` · ${wijk}`}
        {distance !== null && ` · ${t('vacancy.distance', { km: format.number(distance, 1) })}`}
      </p>
      <ul className="tags">
        <li>{t('vacancy.hours', { min: vacancy.hoursMin, max: vacancy.hoursMax })}</li>
        <li>{dutch ? t('vacancy.dutchLevel', { level: dutch }) : t('vacancy.noDutch')}</li>
        {vacancy.shortage && <li>{t('vacancy.shortage')}</li>}
        {vacancy.programme !== 'regular' && <li>{t(`programme.${vacancy.programme}`)}</li>}
      </ul>
      {children}
    </article>
  );
}
