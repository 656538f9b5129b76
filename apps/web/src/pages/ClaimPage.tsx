import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../auth/session';
import { ErrorText, StatusText } from '../components/Alert';
import { Field } from '../components/Field';
import { NewPasswordField } from '../components/NewPasswordField';
import { PageTitle } from '../components/PageTitle';

/** For people whose mediator made their account: the code on the paper, then a password of their own. */
export function ClaimPage() {
  const { t } = useTranslation();
  const { logIn } = useSession();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState('');
  const [username, setUsername] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data, response } = await api.POST('/api/v1/clients/claim', {
      body: { code: code.trim(), password, ...(email.trim() ? { email: email.trim() } : {}) },
    });
    if (!data) {
      setError(
        t(response.status === 400 ? 'claim.invalid' : response.status === 429 ? 'login.tooMany' : 'claim.failed'),
      );
      return;
    }
    await logIn(data.email ?? data.username ?? '', password);
    setError('');
    setUsername(data.username ?? '');
  };

  return (
    <>
      <PageTitle>{t('claim.title')}</PageTitle>
      <p>{t('claim.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <Field
          label={t('claim.code')}
          hint={t('claim.codeHint')}
          required
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <NewPasswordField label={t('claim.password')} value={password} onChange={(e) => setPassword(e.target.value)} />
        <Field
          label={t('claim.email')}
          hint={t('claim.emailHint')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button">
          {t('claim.submit')}
        </button>
      </form>
      <StatusText>
        {username && (
          <>
            <p>{t('claim.done', { username })}</p>
            <p>
              <Link to="/profile">{t('claim.toProfile')}</Link>
            </p>
          </>
        )}
      </StatusText>
    </>
  );
}
