import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { NotFoundPage } from '../pages/NotFoundPage';

function CityHome() {
  const { t } = useTranslation();
  return <PageTitle>{t('city.areaName')}</PageTitle>;
}

/** The city pages, loaded only when someone opens them. */
export default function CityArea() {
  return (
    <Routes>
      <Route index element={<CityHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
