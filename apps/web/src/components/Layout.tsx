import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { LanguageSwitch } from './LanguageSwitch';
import { RouteFocus } from './RouteFocus';

function MainNavigation() {
  const { t } = useTranslation();
  const { status, logOut } = useSession();
  return (
    <nav aria-label={t('layout.navigation')} className="main-nav">
      <ul className="container">
        <li>
          <NavLink to="/jobs">{t('nav.search')}</NavLink>
        </li>
        {status === 'signed-in' ? (
          <>
            <li>
              <NavLink to="/matches">{t('nav.matches')}</NavLink>
            </li>
            <li>
              <NavLink to="/profile">{t('nav.profile')}</NavLink>
            </li>
            <li>
              <NavLink to="/applications">{t('nav.applications')}</NavLink>
            </li>
            <li>
              <NavLink to="/privacy">{t('nav.privacy')}</NavLink>
            </li>
            <li>
              <button type="button" className="link-button" onClick={() => void logOut()}>
                {t('nav.logOut')}
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <NavLink to="/login">{t('nav.logIn')}</NavLink>
            </li>
            <li>
              <NavLink to="/register">{t('nav.register')}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <RouteFocus />
      <header className="site-header">
        <div className="container header-bar">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span>{t('layout.siteName')}</span>
            <span className="brand-city">{t('layout.city')}</span>
          </Link>
          <LanguageSwitch />
        </div>
        <MainNavigation />
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('layout.footer')}</p>
        </div>
      </footer>
    </>
  );
}
