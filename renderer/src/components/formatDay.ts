/**
 * How dates read: in the reader's language, day first (05/12/2026, 5 Dec 2026) — except in
 * English for a workspace whose country is the United States (12/05/2026, Dec 5, 2026).
 */
import { workspaceCountry, workspaceTimeZone } from './workspaceDay';

/** The Intl locale for dates in `language` for a workspace in `country` (ISO alpha-2). */
export function dateLocale(language: string, country: string = workspaceCountry()): string {
  const base = language.split('-')[0]?.toLowerCase() ?? 'en';
  if (base === 'en') return country.toUpperCase() === 'US' ? 'en-US' : 'en-GB';
  return base;
}

/** The pattern a typed date follows (dayjs tokens), e.g. DD/MM/YYYY. */
export function dayInputFormat(language: string, country: string = workspaceCountry()): string {
  const parts = new Intl.DateTimeFormat(dateLocale(language, country), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 5)));
  const token = { day: 'DD', month: 'MM', year: 'YYYY' } as Record<string, string>;
  return parts.map((p) => (p.type === 'literal' ? p.value : (token[p.type] ?? ''))).join('');
}

/** Shows a calendar date (YYYY-MM-DD) in the reader's language, without time-zone drift. */
export function formatDay(
  iso: string | null | undefined,
  language: string,
  country: string = workspaceCountry(),
): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(dateLocale(language, country), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * Shows an instant (ISO timestamp) as date and time in the reader's language, in the
 * workspace's time zone (this computer's when no workspace is open).
 */
export function formatMoment(
  iso: string,
  language: string,
  timeStyle: 'short' | 'medium' = 'short',
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), {
    dateStyle: 'medium',
    timeStyle,
    timeZone: workspaceTimeZone(),
  }).format(date);
}
