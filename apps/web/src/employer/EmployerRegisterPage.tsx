import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { fieldsAtFault } from '../api/problem';
import { useSession } from '../auth/session';
import { ErrorText } from '../components/Alert';
import { Field } from '../components/Field';
import { NewPasswordField } from '../components/NewPasswordField';
import { PageTitle } from '../components/PageTitle';
import { asLanguage } from '../i18n/i18n';
import { SelectField } from './fields';
import { SectorOptions, useSectors } from './OrganisationPage';

const EMPTY = {
  displayName: '',
  email: '',
  password: '',
  legalName: '',
  tradingName: '',
  enterpriseNumber: '',
  naceCode: '',
};

/** An employer signs up: the organisation and its owner's account in one go, then straight to adding a site. */
export default function EmployerRegisterPage() {
  const { t, i18n } = useTranslation();
  const { logIn } = useSession();
  const navigate = useNavigate();
  const sectors = useSectors();
  const [form, setForm] = useState(EMPTY);
  const [wrong, setWrong] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  // The API names nested fields with their object ("account.email"); the form only needs the last part.
  const errorOf = (name: string, message: string) =>
    wrong.some((field) => field === name || field.endsWith(`.${name}`)) ? message : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = (['displayName', 'email', 'password', 'legalName', 'enterpriseNumber', 'naceCode'] as const).filter(
      (name) => !form[name].trim(),
    );
    if (missing.length > 0) {
      setWrong(missing);
      setError(t('employer.register.incomplete'));
      return;
    }
    setBusy(true);
    const email = form.email.trim();
    const { error: problem, response } = await api.POST('/api/v1/employers/register', {
      body: {
        account: {
          displayName: form.displayName.trim(),
          email,
          password: form.password,
          preferredLanguage: asLanguage(i18n.language),
        },
        organisation: {
          legalName: form.legalName.trim(),
          tradingName: form.tradingName.trim() || null,
          enterpriseNumber: form.enterpriseNumber.trim(),
          naceCode: form.naceCode,
          socialEconomy: false,
        },
      },
    });
    if (problem) {
      setBusy(false);
      setWrong(fieldsAtFault(problem));
      setError(t(response.status === 409 ? 'employer.register.exists' : 'employer.register.failed'));
      return;
    }
    await logIn(email, form.password);
    void navigate('/employer/organisation', { state: { welcome: true } });
  };

  return (
    <>
      <PageTitle>{t('employer.register.title')}</PageTitle>
      <p>{t('employer.register.intro')}</p>
      <p>
        {t('employer.register.haveAccount')} <Link to="/login">{t('employer.register.logIn')}</Link>
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorText>{error}</ErrorText>
        <fieldset>
          <legend>{t('employer.register.organisation')}</legend>
          <Field
            label={t('employer.organisation.legalName')}
            hint={t('employer.register.legalNameHint')}
            autoComplete="organization"
            required
            value={form.legalName}
            onChange={set('legalName')}
            error={errorOf('legalName', t('employer.organisation.fieldError'))}
          />
          <Field
            label={t('employer.organisation.tradingName')}
            hint={t('employer.organisation.tradingNameHint')}
            value={form.tradingName}
            onChange={set('tradingName')}
          />
          <Field
            label={t('employer.organisation.kbo')}
            hint={t('employer.organisation.kboHint')}
            required
            inputMode="numeric"
            value={form.enterpriseNumber}
            onChange={set('enterpriseNumber')}
            error={errorOf('enterpriseNumber', t('employer.register.kboError'))}
          />
          <SelectField
            label={t('employer.organisation.sector')}
            required
            value={form.naceCode}
            onChange={set('naceCode')}
            error={errorOf('naceCode', t('employer.register.sectorError'))}
          >
            <SectorOptions sectors={sectors} current={form.naceCode} />
          </SelectField>
        </fieldset>
        <fieldset>
          <legend>{t('employer.register.you')}</legend>
          <Field
            label={t('register.name')}
            autoComplete="name"
            required
            value={form.displayName}
            onChange={set('displayName')}
            error={errorOf('displayName', t('register.nameError'))}
          />
          <Field
            label={t('employer.register.email')}
            hint={t('employer.register.emailHint')}
            type="email"
            autoComplete="email"
            required
            value={form.email}
            onChange={set('email')}
            error={errorOf('email', t('register.emailError'))}
          />
          <NewPasswordField
            label={t('register.password')}
            value={form.password}
            onChange={set('password')}
            error={errorOf('password', t('register.passwordError'))}
          />
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t('employer.register.submit')}
        </button>
      </form>
    </>
  );
}
