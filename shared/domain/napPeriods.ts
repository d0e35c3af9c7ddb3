/**
 * The reporting periods of a plan: quarters, semesters or years laid over the plan's dates,
 * on a year that starts in `startMonth` (1 = calendar year; 4 = April–March, the US TIP
 * year). The first period is the one holding the plan's start, the last the one holding its end.
 */
import type { NapPeriodKind } from './nap';

export interface NapPeriodSpan {
  seq: number;
  label: string;
  start: string;
  end: string;
}

const MONTHS: Record<NapPeriodKind, number> = { quarter: 3, semester: 6, year: 12 };
/** No plan runs longer than this: it bounds the number of periods. */
export const NAP_MAX_PLAN_YEARS = 30;

function ymd(year: number, month0: number, day: number): string {
  return new Date(Date.UTC(year, month0, day)).toISOString().slice(0, 10);
}

/** "2026" for a calendar year, "2026/27" for a year starting in another month. */
function yearLabel(year: number, startMonth: number): string {
  return startMonth === 1 ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

export function napPeriods(
  startDate: string,
  endDate: string,
  kind: NapPeriodKind,
  startMonth: number,
): NapPeriodSpan[] {
  const length = MONTHS[kind];
  const [sy, sm] = startDate.split('-').map(Number) as [number, number];
  // The reporting year holding the start date, then the period of that year holding it.
  const firstYear = sm >= startMonth ? sy : sy - 1;
  const monthsIn = (sm - startMonth + 12) % 12;
  let index = Math.floor(monthsIn / length);
  let year = firstYear;
  const periods: NapPeriodSpan[] = [];
  const lastYear = Number(endDate.slice(0, 4));
  // Bounded by the end's year too: past year 9999 the ISO text no longer sorts as a date.
  while (year <= lastYear) {
    const month0 = startMonth - 1 + index * length;
    const start = ymd(year, month0, 1);
    if (start > endDate) break;
    const end = ymd(year, month0 + length, 0);
    const label =
      kind === 'year'
        ? yearLabel(year, startMonth)
        : `${yearLabel(year, startMonth)} ${kind === 'quarter' ? 'Q' : 'S'}${index + 1}`;
    periods.push({ seq: periods.length + 1, label, start, end });
    index += 1;
    if (index * length >= 12) {
      index = 0;
      year += 1;
    }
  }
  return periods;
}
