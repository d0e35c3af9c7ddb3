/** Names the window after the screen or record shown: "<title> – Coordina" (WCAG 2.4.2). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const full = title ? t('app.documentTitle', { title }) : t('app.name');
  useEffect(() => {
    document.title = full;
  }, [full]);
}
