import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { ANONYMOUS_NAVIGATION, NAVIGATION } from '../navigation';
import { LanguageSwitch } from './LanguageSwitch';
import { RouteFocus } from './RouteFocus';

function MainNavigation() {
  const { t } = useTranslation();
  const { status, account, logOut } = useSession();
  const items = status === 'signed-in' && account ? NAVIGATION[account.role] : ANONYMOUS_NAVIGATION;
  return (
    <nav aria-label={t('layout.navigation')} className="main-nav">
      <ul className="container">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
        {status === 'signed-in' && (
          <li>
            <button type="button" className="link-button" onClick={() => void logOut()}>
              {t('nav.logOut')}
            </button>
          </li>
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
