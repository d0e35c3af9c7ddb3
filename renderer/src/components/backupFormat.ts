/** How backups are shown: their moment in the reader's language, their size, a restored file's name. */
import type { TFunction } from 'i18next';
import { WORKSPACE_EXTENSION } from '../../../shared/domain/settings';
import { dateLocale, formatMoment } from './formatDay';
import { workspaceTimeZone } from './workspaceDay';

export function formatBackupMoment(iso: string, language: string): string {
  return formatMoment(iso, language);
}

export function formatBackupTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), {
    timeStyle: 'short',
    timeZone: workspaceTimeZone(),
  }).format(date);
}

export function formatBackupSize(bytes: number, t: TFunction, language: string): string {
  const number = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return t('backups.sizeMb', { value: number(bytes / (1024 * 1024)) });
  return t('backups.sizeKb', { value: number(Math.max(bytes / 1024, 0.1)) });
}

function localDay(iso: string): string {
  const date = new Date(iso);
  const when = Number.isNaN(date.getTime()) ? new Date() : date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/** `<workspace file base name>-restored-YYYY-MM-DD`, the day being the backup's. */
export function restoredFileName(
  workspacePath: string | undefined,
  backupCreatedAt: string,
): string {
  const file = (workspacePath ?? '').split(/[\\/]/).pop() ?? '';
  const base = file.endsWith(WORKSPACE_EXTENSION)
    ? file.slice(0, -WORKSPACE_EXTENSION.length)
    : file;
  return `${base || 'workspace'}-restored-${localDay(backupCreatedAt)}`;
}
