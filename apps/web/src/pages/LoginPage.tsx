import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { homeOf } from '../navigation';
import { ErrorText } from '../components/Alert';
import { Field } from '../components/Field';
import { PageTitle } from '../components/PageTitle';

export function LoginPage() {
  const { t } = useTranslation();
  const { logIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const outcome = await logIn(identifier.trim(), password);
    setBusy(false);
    if ('account' in outcome) return void navigate(from ?? homeOf(outcome.account.role), { replace: true });
    setError(t(outcome.failed === 429 ? 'login.tooMany' : 'login.failed'));
  };

  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <Field
          label={t('login.identifier')}
          hint={t('login.identifierHint')}
          autoComplete="username"
          required
          value={identifier}
          onChange={(e) => setIdentifier(e.target.value)}
        />
        <Field
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <p>
        <Link to="/password-reset">{t('login.forgotPassword')}</Link>
      </p>
      <p>
        <Link to="/register">{t('login.noAccount')}</Link>
      </p>
      <p>
        <Link to="/claim">{t('login.haveCode')}</Link>
      </p>
      <p>
        <Link to="/employer-register">{t('employer.register.link')}</Link>
      </p>
    </>
  );
}
