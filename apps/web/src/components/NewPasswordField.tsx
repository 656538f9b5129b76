import { type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'required'> & {
  label: string;
  error?: string;
};

/**
 * A password the person chooses now (register, claim, reset, invitation): the same rule hint everywhere, and
 * `new-password` so password managers offer to make one.
 */
export function NewPasswordField(props: Props) {
  const { t } = useTranslation();
  return <Field hint={t('register.passwordHint')} type="password" autoComplete="new-password" required {...props} />;
}
