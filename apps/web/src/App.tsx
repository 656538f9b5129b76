import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireRole } from './auth/RequireRole';
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

// Staff areas are separate chunks: a job seeker on a phone never downloads them.
const EmployerArea = lazy(() => import('./employer/EmployerArea'));
const MediatorArea = lazy(() => import('./mediator/MediatorArea'));
const CityArea = lazy(() => import('./city/CityArea'));
const EmployerRegisterPage = lazy(() => import('./employer/EmployerRegisterPage'));
// Reached from e-mails only, so not in the first download either.
const PasswordResetPage = lazy(() => import('./account/PasswordResetPage'));
const InvitationAcceptPage = lazy(() => import('./account/InvitationAcceptPage'));

const signedIn = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}

const lazyPage = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

const staffArea = (role: 'recruiter' | 'mediator' | 'admin', area: ReactNode) => (
  <RequireRole role={role}>{lazyPage(area)}</RequireRole>
);

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
            <Route path="password-reset" element={lazyPage(<PasswordResetPage />)} />
            <Route path="invitations/accept" element={lazyPage(<InvitationAcceptPage />)} />
            <Route path="employer-register" element={lazyPage(<EmployerRegisterPage />)} />
            <Route path="employer/*" element={staffArea('recruiter', <EmployerArea />)} />
            <Route path="mediator/*" element={staffArea('mediator', <MediatorArea />)} />
            <Route path="city/*" element={staffArea('admin', <CityArea />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
