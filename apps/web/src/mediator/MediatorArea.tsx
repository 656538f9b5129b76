import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { NotFoundPage } from '../pages/NotFoundPage';

function MediatorHome() {
  const { t } = useTranslation();
  return <PageTitle>{t('mediator.areaName')}</PageTitle>;
}

/** The mediator pages, loaded only when someone opens them. */
export default function MediatorArea() {
  return (
    <Routes>
      <Route index element={<MediatorHome />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
