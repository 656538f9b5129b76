import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { CityHomePage } from './CityHomePage';
import { InsightsPage } from './InsightsPage';
import { WerkpuntenPage } from './WerkpuntenPage';

/** The city pages, loaded only when someone opens them. */
export default function CityArea() {
  return (
    <Routes>
      <Route index element={<CityHomePage />} />
      <Route path="werkpunten" element={<WerkpuntenPage />} />
      <Route path="insights" element={<InsightsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
