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

/**
 * Reads a typed date: YYYY-MM-DD always, or the reader's pattern (`format`, e.g. DD/MM/YYYY;
 * any of / . - between the parts, one-digit day and month allowed). Null for anything else,
 * impossible dates (31/02/2026) included.
 */
export function parseDay(text: string, format: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const order = format.match(/DD|MM|YYYY/g) ?? ['DD', 'MM', 'YYYY'];
  const typed = iso ? null : /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(value);
  const parts = iso
    ? { YYYY: iso[1], MM: iso[2], DD: iso[3] }
    : typed
      ? Object.fromEntries(order.map((token, i) => [token, typed[i + 1]]))
      : null;
  if (!parts || parts.YYYY?.length !== 4) return null;
  const [y, m, d] = [Number(parts.YYYY), Number(parts.MM), Number(parts.DD)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
