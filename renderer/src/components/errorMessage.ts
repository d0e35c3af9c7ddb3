/** Turns any thrown value into a translated, user-facing message (errors.<CODE>, else generic). */
import type { TFunction } from 'i18next';
import { errorCodeOf } from '../api';

export function translateError(t: TFunction, error: unknown): string {
  return t(`errors.${errorCodeOf(error)}`, { defaultValue: t('errors.generic') });
}
