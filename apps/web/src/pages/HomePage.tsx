import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { PageTitle } from '../components/PageTitle';

function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [words, setWords] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/jobs?q=${encodeURIComponent(words.trim())}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="home-search">{t('home.searchLabel')}</label>
      <div className="search-row">
        <input id="home-search" type="search" value={words} onChange={(e) => setWords(e.target.value)} />
        <button type="submit" className="button">
          {t('home.searchButton')}
        </button>
      </div>
    </form>
  );
}

function Steps() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="how-title" className="steps">
      <h2 id="how-title">{t('home.howTitle')}</h2>
      <ol>
        <li>{t('home.step1')}</li>
        <li>{t('home.step2')}</li>
        <li>{t('home.step3')}</li>
      </ol>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { status } = useSession();
  return (
    <>
      <div className="hero">
        <PageTitle>{t('home.title')}</PageTitle>
        <p className="lead">{t('home.intro')}</p>
        <SearchBox />
      </div>
      {status === 'signed-in' ? (
        <p className="actions">
          <Link className="button" to="/matches">
            {t('home.toMatches')}
          </Link>
          <Link className="button button-secondary" to="/profile">
            {t('home.toProfile')}
          </Link>
        </p>
      ) : (
        <p className="actions">
          <Link className="button" to="/register">
            {t('home.register')}
          </Link>
          <Link className="button button-secondary" to="/login">
            {t('home.logIn')}
          </Link>
          <Link className="button button-secondary" to="/claim">
            {t('home.claim')}
          </Link>
        </p>
      )}
      <Steps />
      <p>{t('home.werkpunt')}</p>
    </>
  );
}
