import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { ErrorText, StatusText } from '../components/Alert';
import { Field } from '../components/Field';
import { NewPasswordField } from '../components/NewPasswordField';
import { PageTitle } from '../components/PageTitle';

/** Without a code: ask for a link by e-mail. */
function RequestLink() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return setError(t('account.reset.emailMissing'));
    const { response } = await api.POST('/api/v1/auth/password-reset/request', { body: { email: email.trim() } });
    // The answer is the same whether or not the address has an account: say only that a mail is on its way.
    if (response.status === 202 || response.ok) {
      setError('');
      setSent(true);
    } else setError(t(response.status === 429 ? 'login.tooMany' : 'common.failed'));
  };

  return (
    <>
      <PageTitle>{t('account.reset.requestTitle')}</PageTitle>
      <p>{t('account.reset.requestIntro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <Field
          label={t('account.reset.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button">
          {t('account.reset.send')}
        </button>
      </form>
      <StatusText>{sent && <p>{t('account.reset.sent')}</p>}</StatusText>
    </>
  );
}

/** With the code from the e-mail (a reset, or the welcome mail of a new staff account): a new password. */
function ChooseNewPassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { response } = await api.POST('/api/v1/auth/password-reset', { body: { token, password } });
    if (response.ok) {
      setError('');
      setDone(true);
      return;
    }
    setError(t(response.status === 400 ? 'account.reset.invalid' : 'common.failed'));
  };

  return (
    <>
      <PageTitle>{t('account.reset.chooseTitle')}</PageTitle>
      {!done && (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorText>{error}</ErrorText>
          <NewPasswordField
            label={t('account.reset.password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button">
            {t('account.reset.save')}
          </button>
        </form>
      )}
      <StatusText>
        {done && (
          <>
            <p>{t('account.reset.done')}</p>
            <p>
              <Link to="/login">{t('account.toLogin')}</Link>
            </p>
          </>
        )}
      </StatusText>
    </>
  );
}

/** The page the password e-mails link to (`/password-reset?token=…`), and "forgot your password?". */
export default function PasswordResetPage() {
  const token = useSearchParams()[0].get('token');
  return token ? <ChooseNewPassword token={token} /> : <RequestLink />;
}
