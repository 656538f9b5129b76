import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { NotFoundPage } from '../pages/NotFoundPage';

function EmployerHome() {
  const { t } = useTranslation();
  return <PageTitle>{t('employer.areaName')}</PageTitle>;
}

/** The employer pages, loaded only when someone opens them. */
export default function EmployerArea() {
  return (
    <Routes>
      <Route index element={<EmployerHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
