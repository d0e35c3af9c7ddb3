/**
 * What the audit log names in words: record types and the channels that change data, each
 * with its translation key. A channel not listed here is shown as its raw name.
 */
import type { TFunction } from 'i18next';

export const AUDIT_RECORD_TYPES = ['workspace', 'agency', 'focalPoint', 'body'] as const;

/** The channels that write to the workspace, in the order the "Action" filter offers them. */
export const AUDITED_CHANNELS = [
  'agencies:create',
  'agencies:update',
  'agencies:archive',
  'agencies:delete',
  'agencies:importCommit',
  'focalPoints:create',
  'focalPoints:update',
  'focalPoints:end',
  'bodies:create',
  'bodies:update',
  'workspace:create',
  'workspace:updateSettings',
  'workspace:changePassphrase',
] as const;

function isOneOf<V extends string>(values: readonly V[], value: string): value is V {
  return (values as readonly string[]).includes(value);
}

/** "agencies:create" → "Agency created"; unknown channels keep their raw name. */
export function actionLabel(t: TFunction, channel: string): string {
  if (!isOneOf(AUDITED_CHANNELS, channel)) return channel;
  // i18next reads ":" as a namespace separator, so the key uses a dot instead.
  return t(`audit.actions.${channel.replace(':', '.')}`);
}

export function recordTypeLabel(t: TFunction, recordType: string): string {
  return isOneOf(AUDIT_RECORD_TYPES, recordType)
    ? t(`audit.recordTypes.${recordType}`)
    : recordType;
}
