/**
 * `nap:summary`: per pillar and for the whole plan, activities by status, completion,
 * overdue count, indicators on or off their linear trajectory, mean progress, and budget
 * planned against executed — as of the end of a period or today. Reads only the columns it
 * needs (no texts, agencies or histories): it is on the chair's dashboard.
 */
import type { NapPeriod, NapSummary } from '../../../shared/contract/nap';
import {
  NAP_ACTIVITY_STATUSES,
  type NapActivityStatus,
  type NapAggregation,
  type NapDirection,
} from '../../../shared/domain/nap';
import { completionPercent, indicatorProgress } from '../../../shared/domain/napProgress';
import { DomainError } from '../../../shared/errors';
import { NapPillarEntity } from '../db/entities/nap';
import { rows, type ReadableDB } from '../db/sql';
import { loadPlan, periodValues } from './napTree';

type Totals = NapSummary['totals'];

/** An activity as the summary counts it (NAP_SUMMARY_SQL.activities). */
export interface ActivityFacts {
  pillar_id: string;
  status: NapActivityStatus;
  end_date: string | null;
  budget_amount: number | null;
  executed: number | null;
}

/** An indicator as the summary measures it (NAP_SUMMARY_SQL.indicators). */
export interface IndicatorFacts {
  id: string;
  pillar_id: string;
  direction: NapDirection;
  aggregation: NapAggregation;
  is_percentage: number;
  baseline_value: number | null;
  target_value: number | null;
  target_year: number | null;
}

/** A measurement as the summary reads it (NAP_SUMMARY_SQL.measurements). */
export interface MeasurementFacts {
  indicator_id: string;
  period_id: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

function totalsOf(
  activities: ActivityFacts[],
  progress: { percent: number | null; onTrack: boolean | null }[],
  today: string,
): Totals {
  const byStatus = Object.fromEntries(NAP_ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<
    NapActivityStatus,
    number
  >;
  let overdue = 0;
  let budgetPlanned = 0;
  let budgetExecuted = 0;
  for (const a of activities) {
    byStatus[a.status] += 1;
    const open = a.status !== 'completed' && a.status !== 'cancelled';
    if (open && a.end_date !== null && a.end_date < today) overdue += 1;
    budgetPlanned += a.budget_amount ?? 0;
    budgetExecuted += a.executed ?? 0;
  }
  const measured = progress.filter((p) => p.percent !== null);
  return {
    activities: activities.length,
    byStatus,
    completion: completionPercent(byStatus),
    overdue,
    indicators: progress.length,
    measured: measured.length,
    onTrack: progress.filter((p) => p.onTrack === true).length,
    offTrack: progress.filter((p) => p.onTrack === false).length,
    averageProgress:
      measured.length > 0 ? measured.reduce((s, p) => s + p.percent!, 0) / measured.length : null,
    budgetPlanned,
    budgetExecuted,
  };
}

/** The summary's three hot queries (one parameter: the plan id); the bench runs them raw. */
export const NAP_SUMMARY_SQL = {
  activities: `SELECT o.pillar_id, a.status, a.end_date, a.budget_amount,
       (SELECT SUM(e.amount) FROM nap_executions e WHERE e.activity_id = a.id) AS executed
     FROM nap_activities a JOIN nap_objectives o ON o.id = a.objective_id
     WHERE a.plan_id = ?`,
  indicators: `SELECT i.id, o.pillar_id, i.direction, i.aggregation, i.is_percentage,
       i.baseline_value, i.target_value, i.target_year
     FROM nap_indicators i
     LEFT JOIN nap_activities a ON a.id = i.activity_id
     JOIN nap_objectives o ON o.id = COALESCE(i.objective_id, a.objective_id)
     WHERE i.plan_id = ?`,
  measurements: `SELECT m.indicator_id, m.period_id, m.value, m.numerator, m.denominator
     FROM nap_measurements m JOIN nap_indicators i ON i.id = m.indicator_id
     WHERE i.plan_id = ? ORDER BY m.created_at, m.rowid`,
};

/** Hot query (nap:summary): each activity of the plan with its pillar and executed total. */
function activityFacts(db: ReadableDB, planId: string): Promise<ActivityFacts[]> {
  return rows<ActivityFacts>(db, NAP_SUMMARY_SQL.activities, [planId]);
}

/** Hot query (nap:summary): each indicator of the plan with its pillar. */
function indicatorFacts(db: ReadableDB, planId: string): Promise<IndicatorFacts[]> {
  return rows<IndicatorFacts>(db, NAP_SUMMARY_SQL.indicators, [planId]);
}

/** Hot query (nap:summary): the plan's measurements in entry order. */
function measurementFacts(db: ReadableDB, planId: string): Promise<MeasurementFacts[]> {
  return rows<MeasurementFacts>(db, NAP_SUMMARY_SQL.measurements, [planId]);
}

async function readFacts(db: ReadableDB, planId: string) {
  return {
    activities: await activityFacts(db, planId),
    indicators: await indicatorFacts(db, planId),
    measurements: await measurementFacts(db, planId),
  };
}

export async function napSummary(
  db: ReadableDB,
  planId: string,
  periodId: string | undefined,
  today: string,
): Promise<NapSummary> {
  const plan = await loadPlan(db, planId);
  let asOf = today;
  if (periodId) {
    const period = plan.periods.find((p) => p.id === periodId);
    if (!period) {
      throw new DomainError('NOT_FOUND', 'There is no such period in this plan.', {
        field: 'periodId',
      });
    }
    asOf = period.end;
  }
  const pillars = await db.getRepository(NapPillarEntity).find({
    select: { id: true, code: true, name: true },
    where: { planId },
    order: { position: 'ASC' },
  });
  const facts = await readFacts(db, planId);
  const periods = new Map<string, NapPeriod>(plan.periods.map((p) => [p.id, p]));
  const byIndicator = new Map<string, MeasurementFacts[]>();
  for (const m of facts.measurements) {
    if (periods.get(m.period_id)!.start > asOf) continue;
    const list = byIndicator.get(m.indicator_id);
    if (list) list.push(m);
    else byIndicator.set(m.indicator_id, [m]);
  }
  const progress = facts.indicators.map((i) => {
    const list = (byIndicator.get(i.id) ?? []).map((m) => ({ ...m, periodId: m.period_id }));
    const values = periodValues(list, periods);
    const result = indicatorProgress(
      {
        direction: i.direction,
        aggregation: i.aggregation,
        isPercentage: i.is_percentage === 1,
        baselineValue: i.baseline_value,
        targetValue: i.target_value,
        targetYear: i.target_year,
      },
      values,
      plan,
    );
    return { pillarId: i.pillar_id, percent: result.percent, onTrack: result.onTrack };
  });
  const day = asOf < today ? asOf : today;
  return {
    planId,
    asOf,
    totals: totalsOf(facts.activities, progress, day),
    pillars: pillars.map((p) => ({
      ...p,
      ...totalsOf(
        facts.activities.filter((a) => a.pillar_id === p.id),
        progress.filter((i) => i.pillarId === p.id),
        day,
      ),
    })),
  };
}
