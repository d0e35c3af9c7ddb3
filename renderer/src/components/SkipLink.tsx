/**
 * "Skip to main content" (WCAG 2.4.1): the first Tab stop of every screen, hidden until it has
 * the focus; moves the focus to the screen's <main> (the hash router owns the URL fragment, so
 * this moves the focus itself instead of following an in-page link).
 */
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('shell.skipToMain')}
    </a>
  );
}
