/**
 * Typed translation keys: `t('…')` only accepts a key of the English catalogue (the other two
 * have the same keys, tests/unit/i18n-catalogues.test.ts), so a misspelt or removed key fails
 * the typecheck instead of showing the raw key to a secretariat.
 */
import 'i18next';
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
