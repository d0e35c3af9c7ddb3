/**
 * The rows of a reporting round: every indicator (objective level, then each activity with its
 * own indicators) in outline order, with what is recorded for the chosen period.
 */
import type {
  NapActivity,
  NapIndicator,
  NapMeasurement,
  NapPeriod,
  NapPlanDetail,
  NapProgressUpdate,
} from '../../../../../shared/contract/nap';

export type RoundRow =
  | {
      kind: 'indicator';
      key: string;
      code: string;
      label: string;
      leads: string[];
      indicator: NapIndicator;
      recorded: NapMeasurement | null;
    }
  | {
      kind: 'activity';
      key: string;
      code: string;
      label: string;
      leads: string[];
      activity: NapActivity;
      recorded: NapProgressUpdate | null;
    };

function latest<T extends { periodId: string }>(items: T[], periodId: string): T | null {
  const inPeriod = items.filter((i) => i.periodId === periodId);
  return inPeriod[inPeriod.length - 1] ?? null;
}

export function roundRows(plan: NapPlanDetail, periodId: string): RoundRow[] {
  const rows: RoundRow[] = [];
  const indicatorRow = (indicator: NapIndicator, code: string, leads: string[]): RoundRow => ({
    kind: 'indicator',
    key: `i:${indicator.id}`,
    code,
    label: indicator.name,
    leads,
    indicator,
    recorded: latest(indicator.measurements, periodId),
  });
  for (const pillar of plan.pillars) {
    for (const objective of pillar.objectives) {
      for (const indicator of objective.indicators)
        rows.push(indicatorRow(indicator, objective.code, []));
      for (const activity of objective.activities) {
        const leads = activity.leadAgencies.map((a) => a.acronym || a.name);
        rows.push({
          kind: 'activity',
          key: `a:${activity.id}`,
          code: activity.code,
          label: activity.text,
          leads,
          activity,
          recorded: latest(activity.updates, periodId),
        });
        for (const indicator of activity.indicators)
          rows.push(indicatorRow(indicator, activity.code, leads));
      }
    }
  }
  return rows;
}

/** Missing and total entries per lead agency ('' for objective indicators without a lead). */
export function missingByAgency(
  rows: RoundRow[],
): { agency: string; missing: number; total: number }[] {
  const byAgency = new Map<string, { missing: number; total: number }>();
  for (const row of rows) {
    for (const agency of row.leads.length ? row.leads : ['']) {
      const entry = byAgency.get(agency) ?? { missing: 0, total: 0 };
      entry.total += 1;
      if (!row.recorded) entry.missing += 1;
      byAgency.set(agency, entry);
    }
  }
  return [...byAgency.entries()]
    .map(([agency, counts]) => ({ agency, ...counts }))
    .sort((a, b) => b.missing - a.missing || a.agency.localeCompare(b.agency));
}

/** The period running today, else the last one that has started, else the first. */
export function defaultPeriod(periods: NapPeriod[], today: string): NapPeriod | null {
  const running = periods.find((p) => p.start <= today && today <= p.end);
  const started = periods.filter((p) => p.start <= today);
  return running ?? started[started.length - 1] ?? periods[0] ?? null;
}

/** "12,5" and "12.5" → 12.5; "" → null; anything else → NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
