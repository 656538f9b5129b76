import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { CaseloadPage } from './CaseloadPage';
import { ClientFilePage } from './ClientFilePage';
import { ClientMatchesPage } from './ClientMatchesPage';
import { ClientProfilePage } from './ClientProfilePage';
import { NewClientPage } from './NewClientPage';

/** The mediator pages, loaded only when someone opens them. */
export default function MediatorArea() {
  return (
    <Routes>
      <Route index element={<CaseloadPage />} />
      <Route path="clients/new" element={<NewClientPage />} />
      <Route path="clients/:accountId" element={<ClientFilePage />} />
      <Route path="clients/:accountId/profile" element={<ClientProfilePage />} />
      <Route path="clients/:accountId/matches" element={<ClientMatchesPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
