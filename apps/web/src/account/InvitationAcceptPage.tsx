import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { fieldsAtFault } from '../api/problem';
import { useSession } from '../auth/session';
import { ErrorText } from '../components/Alert';
import { Field } from '../components/Field';
import { NewPasswordField } from '../components/NewPasswordField';
import { PageTitle } from '../components/PageTitle';
import { asLanguage } from '../i18n/i18n';
import { homeOf } from '../navigation';

/**
 * Where a recruiter's invitation e-mail leads (`/invitations/accept?token=…`): a name and a password make the
 * account for the invited address, which then joins the organisation and is logged in.
 */
export default function InvitationAcceptPage() {
  const { t, i18n } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const { logIn } = useSession();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!displayName.trim()) return setError(t('account.invitation.nameMissing'));
    const {
      data,
      error: problem,
      response,
    } = await api.POST('/api/v1/invitations/accept', {
      body: { token, displayName: displayName.trim(), password, preferredLanguage: asLanguage(i18n.language) },
    });
    if (!data) {
      const faulty = fieldsAtFault(problem);
      setError(
        t(
          faulty.includes('password')
            ? 'account.invitation.weakPassword'
            : response.status === 400
              ? 'account.invitation.invalid'
              : 'common.failed',
        ),
      );
      return;
    }
    const outcome = await logIn(data.email ?? '', password);
    void navigate('account' in outcome ? homeOf(outcome.account.role) : '/login', { replace: true });
  };

  return (
    <>
      <PageTitle>{t('account.invitation.title')}</PageTitle>
      <p>{t('account.invitation.intro')}</p>
      {token === '' ? (
        <ErrorText>{t('account.invitation.invalid')}</ErrorText>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorText>{error}</ErrorText>
          <Field
            label={t('account.invitation.name')}
            autoComplete="name"
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
          <NewPasswordField
            label={t('account.reset.password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="button">
            {t('account.invitation.submit')}
          </button>
        </form>
      )}
    </>
  );
}
