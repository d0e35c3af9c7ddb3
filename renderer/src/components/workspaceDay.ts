/**
 * The workspace's calendar in the renderer: its time zone (for "today") and its country (for
 * how English dates read), set once from the settings query by the open workspace's layout.
 * Every "today", "overdue" or "future" decision of the renderer goes through todayIso(), the
 * same policy as the core (shared/domain/timeZone.ts todayIn).
 */
import { effectiveTimeZone, todayIn } from '../../../shared/domain/timeZone';

let calendar = { timeZone: '', country: '' };

/** Records the open workspace's time-zone setting ('' = this computer's) and country. */
export function setWorkspaceCalendar(next: { timeZone: string; country: string }): void {
  calendar = { timeZone: next.timeZone, country: next.country };
}

/** The workspace's country (ISO 3166-1 alpha-2, '' when not set). */
export function workspaceCountry(): string {
  return calendar.country;
}

/** The zone "today" is counted in: the workspace's setting, else this computer's. */
export function workspaceTimeZone(): string {
  return effectiveTimeZone(calendar.timeZone);
}

/** Today (YYYY-MM-DD) in the workspace's time zone — the day the core counts with. */
export function todayIso(now: Date = new Date()): string {
  return todayIn(workspaceTimeZone(), now);
}

/**
 * The workspace's calendar day (YYYY-MM-DD) of an instant (an ISO timestamp, kept in UTC); a
 * calendar date is already a day and stays as it is.
 */
export function workspaceDayOf(instant: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  return todayIn(workspaceTimeZone(), new Date(instant));
}

/** This month (YYYY-MM) in the workspace's time zone. */
export function currentMonth(now: Date = new Date()): string {
  return todayIso(now).slice(0, 7);
}

/** This year in the workspace's time zone. */
export function currentYear(now: Date = new Date()): number {
  return Number(todayIso(now).slice(0, 4));
}
