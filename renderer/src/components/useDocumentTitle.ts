/** Names the window after the screen or record shown: "<title> – Coordina" (WCAG 2.4.2). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  // The same form in every language: the screen first, so a list of windows tells them apart.
  const full = title ? `${title} – ${app}` : app;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
