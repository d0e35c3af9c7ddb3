/** Action items: what an agency promised, by when, and whether it happened. */
export const ACTION_STATUSES = ['open', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_PRIORITIES = ['low', 'medium', 'high'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** Still owed: shown in action reviews and counted on the dashboard. */
export const OPEN_ACTION_STATUSES = ['open', 'in_progress', 'blocked'] as const;

export function isOpenStatus(status: ActionStatus): boolean {
  return (OPEN_ACTION_STATUSES as readonly string[]).includes(status);
}

/** Days since 1970-01-01 of a calendar date (YYYY-MM-DD), without building a Date string. */
function epochDay(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    86_400_000
  );
}

/** Whole days between two calendar dates (YYYY-MM-DD), b − a. */
export function daysBetween(a: string, b: string): number {
  return Math.round(epochDay(b) - epochDay(a));
}

/** The calendar date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Days past the due date on `today` (0 when not overdue, done or without a due date). */
export function daysOverdue(status: ActionStatus, dueDate: string | null, today: string): number {
  if (!dueDate || !isOpenStatus(status)) return 0;
  return Math.max(0, daysBetween(dueDate, today));
}

/** Overdue: still open and its due date is before `today` (due today is not yet overdue). */
export function isOverdue(status: ActionStatus, dueDate: string | null, today: string): boolean {
  return daysOverdue(status, dueDate, today) > 0;
}

/**
 * Where an open action stands for a meeting's review of action items. A meeting that has
 * taken place counts overdue days to its date (what the members saw that day); a coming one
 * counts from today, and an action not yet due reads "due in N days".
 */
export function reviewDue(
  action: { status: ActionStatus; dueDate: string | null },
  meetingDate: string,
  today: string,
): { overdueDays: number; dueInDays: number | null } {
  const at = meetingDate <= today ? meetingDate : today;
  const overdueDays = daysOverdue(action.status, action.dueDate, at);
  if (overdueDays > 0 || !action.dueDate || !isOpenStatus(action.status) || at !== today) {
    return { overdueDays, dueInDays: null };
  }
  return { overdueDays, dueInDays: daysBetween(today, action.dueDate) };
}

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The aging bucket of an overdue action by its days overdue (≥ 1). */
export function agingBucket(days: number): AgingBucket {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/**
 * The completion date an action keeps after a status change: the change's date when it
 * becomes done, kept while it stays done, cleared when it leaves done (reopened/cancelled).
 */
export function completionDate(
  from: ActionStatus,
  to: ActionStatus,
  previous: string | null,
  date: string,
): string | null {
  if (to !== 'done') return null;
  return from === 'done' ? (previous ?? date) : date;
}

/** n / of as a fraction in [0, 1], or null when there is nothing to measure. */
export function rate(n: number, of: number): number | null {
  return of > 0 ? n / of : null;
}

/** How many days ahead the dashboard's "upcoming deadlines" look (today included). */
export const UPCOMING_DAYS = 14;

export const ACTION_SORT_KEYS = [
  'dueDate',
  'priority',
  'status',
  'title',
  'owner',
  'createdAt',
  'updatedAt',
] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];
