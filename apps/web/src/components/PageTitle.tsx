import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1, also the document title; focused after navigation (see RouteFocus). */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} – ${t('layout.siteName')}`;
  }, [children, t]);
  return (
    <h1 tabIndex={-1} data-page-title>
      {children}
    </h1>
  );
}
