import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { RequireSignIn } from './RequireSignIn';
import { useSession } from './session';

type Role = Schemas['AccountDto']['role'];

/** A staff area shows only to its role; anyone else gets a plain explanation, not a blank page. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { account } = useSession();
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {account?.role === role ? (
        children
      ) : (
        <section>
          <h1>{t('common.notForYou.title')}</h1>
          <p>{t('common.notForYou.text')}</p>
        </section>
      )}
    </RequireSignIn>
  );
}
