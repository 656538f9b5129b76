import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireSignIn } from './auth/RequireSignIn';
import { SessionProvider } from './auth/session';
import { Layout } from './components/Layout';
import { ApplicationsPage } from './pages/ApplicationsPage';
import { ClaimPage } from './pages/ClaimPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MatchesPage } from './pages/MatchesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { ProfileWizardPage } from './pages/profile/ProfileWizardPage';
import { RegisterPage } from './pages/RegisterPage';
import { SearchPage } from './pages/SearchPage';
import { VacancyPage } from './pages/VacancyPage';

const signedIn = (page: React.ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="register" element={<RegisterPage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="claim" element={<ClaimPage />} />
            <Route path="jobs" element={<SearchPage />} />
            <Route path="jobs/:id" element={<VacancyPage />} />
            <Route path="profile" element={signedIn(<ProfileWizardPage />)} />
            <Route path="matches" element={signedIn(<MatchesPage />)} />
            <Route path="applications" element={signedIn(<ApplicationsPage />)} />
            <Route path="privacy" element={signedIn(<PrivacyPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
