import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { fieldsAtFault } from '../api/problem';
import { useSession } from '../auth/session';
import { ErrorText } from '../components/Alert';
import { Field } from '../components/Field';
import { NewPasswordField } from '../components/NewPasswordField';
import { PageTitle } from '../components/PageTitle';
import { asLanguage } from '../i18n/i18n';

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { logIn } = useSession();
  const navigate = useNavigate();
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [wrong, setWrong] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const { error: problem, response } = await api.POST('/api/v1/accounts/job-seekers', {
      body: { ...form, email: form.email.trim(), preferredLanguage: asLanguage(i18n.language) },
    });
    if (problem) {
      setBusy(false);
      setWrong(fieldsAtFault(problem));
      setError(t(response.status === 409 ? 'register.exists' : 'register.failed'));
      return;
    }
    await logIn(form.email.trim(), form.password);
    void navigate('/profile');
  };

  return (
    <>
      <PageTitle>{t('register.title')}</PageTitle>
      <p>{t('register.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <Field
          label={t('register.name')}
          autoComplete="name"
          required
          value={form.displayName}
          onChange={set('displayName')}
          error={wrong.includes('displayName') ? t('register.nameError') : undefined}
        />
        <Field
          label={t('register.email')}
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={wrong.includes('email') ? t('register.emailError') : undefined}
        />
        <NewPasswordField
          label={t('register.password')}
          value={form.password}
          onChange={set('password')}
          error={wrong.includes('password') ? t('register.passwordError') : undefined}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('register.submit')}
        </button>
      </form>
    </>
  );
}
