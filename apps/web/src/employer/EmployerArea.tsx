import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { BoardPage } from './BoardPage';
import { CandidatesPage } from './CandidatesPage';
import { OrganisationPage } from './OrganisationPage';
import { VacanciesPage } from './VacanciesPage';
import { VacancyEditorPage } from './VacancyEditorPage';

/** The employer pages, loaded only when someone opens them. */
export default function EmployerArea() {
  return (
    <Routes>
      <Route index element={<VacanciesPage />} />
      <Route path="vacancies/new" element={<VacancyEditorPage />} />
      <Route path="vacancies/:id/edit" element={<VacancyEditorPage />} />
      <Route path="vacancies/:id/candidates" element={<CandidatesPage />} />
      <Route path="vacancies/:id/applications" element={<BoardPage />} />
      <Route path="organisation" element={<OrganisationPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
