/**
 * Recurrences for a series of meetings: "the 15th of each month" (clamped to the month's
 * last day), "the first Tuesday of each month", "the last Friday", or every N weeks.
 * Dates are calendar dates (YYYY-MM-DD) computed in UTC so no time zone shifts them.
 */
export type Recurrence =
  | { kind: 'monthly_day'; day: number; intervalMonths: number }
  | {
      kind: 'monthly_weekday';
      week: 1 | 2 | 3 | 4 | 'last';
      weekday: number;
      intervalMonths: number;
    }
  | { kind: 'weekly'; intervalWeeks: number };

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The date of this recurrence in the given month (0-based), or null if it has none. */
function inMonth(rule: Exclude<Recurrence, { kind: 'weekly' }>, year: number, month: number): Date {
  if (rule.kind === 'monthly_day') {
    return new Date(Date.UTC(year, month, Math.min(rule.day, daysInMonth(year, month))));
  }
  if (rule.week === 'last') {
    const last = new Date(Date.UTC(year, month, daysInMonth(year, month)));
    const back = (last.getUTCDay() - rule.weekday + 7) % 7;
    return new Date(Date.UTC(year, month, last.getUTCDate() - back));
  }
  const first = new Date(Date.UTC(year, month, 1));
  const forward = (rule.weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month, 1 + forward + (rule.week - 1) * 7));
}

/** The last date a YYYY-MM-DD text can hold: past it, ISO dates take a sign and six digits. */
const LAST_DATE = Date.UTC(9999, 11, 31);

/**
 * The next `count` dates strictly after `after` (YYYY-MM-DD). Monthly rules step by
 * `intervalMonths` from the month of `after`; the first date may fall in that same month
 * when it is still ahead. Fewer than `count` when the series would run past 9999-12-31.
 */
export function nextDates(rule: Recurrence, after: string, count: number): string[] {
  const start = toDate(after);
  const out: string[] = [];
  if (rule.kind === 'weekly') {
    for (let i = 1; out.length < count; i++) {
      const next = new Date(start.getTime() + i * rule.intervalWeeks * 7 * 86_400_000);
      if (next.getTime() > LAST_DATE) break;
      out.push(toIso(next));
    }
    return out;
  }
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  const candidate = inMonth(rule, year, month);
  if (candidate <= start) month += rule.intervalMonths;
  while (out.length < count) {
    year += Math.floor(month / 12);
    month %= 12;
    const next = inMonth(rule, year, month);
    if (next.getTime() > LAST_DATE) break;
    out.push(toIso(next));
    month += rule.intervalMonths;
  }
  return out;
}
