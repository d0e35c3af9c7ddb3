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

/** Whole days between two calendar dates (YYYY-MM-DD), b − a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Days past the due date on `today` (0 when not overdue, done or without a due date). */
export function daysOverdue(status: ActionStatus, dueDate: string | null, today: string): number {
  if (!dueDate || !isOpenStatus(status)) return 0;
  return Math.max(0, daysBetween(dueDate, today));
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
