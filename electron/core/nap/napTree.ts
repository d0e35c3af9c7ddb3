/**
 * Reads a whole plan — periods, pillars, objectives, activities with their agencies, executed
 * amounts and update history, indicators with their measurements and derived progress — in
 * one query per table, and assembles the tree the contract describes.
 */
import type {
  NapActivity,
  NapIndicator,
  NapPeriod,
  NapPlan,
  NapPlanDetail,
  NapProgressUpdate,
} from '../../../shared/contract/nap';
import type { NapActivityStatus } from '../../../shared/domain/nap';
import { indicatorProgress, type NapPeriodValue } from '../../../shared/domain/napProgress';
import { DomainError } from '../../../shared/errors';
import { one, rows, type ReadableDB } from '../db/sql';
import {
  toIndicator,
  toMeasurement,
  toPlan,
  type ActivityRow,
  type IndicatorRow,
  type MeasurementRow,
  type PlanRow,
  type UpdateRow,
} from './napPlanRows';

export async function findPlanRow(db: ReadableDB, id: string): Promise<PlanRow> {
  const row = await one<PlanRow>(db, 'SELECT * FROM nap_plans WHERE id = ?', [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'There is no such plan.', { id });
  return row;
}

export async function planPeriods(db: ReadableDB, planId: string): Promise<NapPeriod[]> {
  const list = await rows<{ id: string; label: string; start_date: string; end_date: string }>(
    db,
    'SELECT id, label, start_date, end_date FROM nap_periods WHERE plan_id = ? ORDER BY start_date',
    [planId],
  );
  return list.map((p) => ({ id: p.id, label: p.label, start: p.start_date, end: p.end_date }));
}

export async function loadPlan(db: ReadableDB, id: string): Promise<NapPlan> {
  return toPlan(await findPlanRow(db, id), await planPeriods(db, id));
}

function groupBy<T, K>(list: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The newest measurement of each period (the list is in entry order), oldest period first. */
export function periodValues(
  list: {
    periodId: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
  }[],
  periods: Map<string, NapPeriod>,
): NapPeriodValue[] {
  const newest = new Map<string, (typeof list)[number]>();
  for (const m of list) newest.set(m.periodId, m);
  return [...newest.values()]
    .map((m) => ({
      periodId: m.periodId,
      periodEnd: periods.get(m.periodId)!.end,
      value: m.value,
      numerator: m.numerator,
      denominator: m.denominator,
    }))
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
}

async function planIndicators(
  db: ReadableDB,
  plan: NapPlan,
  asOf: string | null,
): Promise<NapIndicator[]> {
  const periods = new Map(plan.periods.map((p) => [p.id, p]));
  const indicators = await rows<IndicatorRow>(
    db,
    'SELECT * FROM nap_indicators WHERE plan_id = ? ORDER BY position',
    [plan.id],
  );
  const measurements = await rows<MeasurementRow>(
    db,
    `SELECT m.*, a.name AS agency_name, a.acronym AS agency_acronym, p.start_date AS period_start
       FROM nap_measurements m
       JOIN nap_indicators i ON i.id = m.indicator_id
       JOIN nap_periods p ON p.id = m.period_id
       LEFT JOIN agencies a ON a.id = m.reporting_agency_id
       WHERE i.plan_id = ?
       ORDER BY p.start_date, m.created_at, m.rowid`,
    [plan.id],
  );
  const byIndicator = groupBy(measurements.map(toMeasurement), (m) => m.indicatorId);
  return indicators.map((row) => {
    const list = byIndicator.get(row.id) ?? [];
    const counted = asOf ? list.filter((m) => periods.get(m.periodId)!.start <= asOf) : list;
    const base = toIndicator(row, list);
    return { ...base, progress: indicatorProgress(base, periodValues(counted, periods), plan) };
  });
}

async function planActivities(db: ReadableDB, planId: string, today: string) {
  const activities = await rows<ActivityRow>(
    db,
    'SELECT * FROM nap_activities WHERE plan_id = ? ORDER BY position',
    [planId],
  );
  const agencies = await rows<{
    activity_id: string;
    role: string;
    id: string;
    name: string;
    acronym: string;
  }>(
    db,
    `SELECT aa.activity_id, aa.role, a.id, a.name, a.acronym
       FROM nap_activity_agencies aa
       JOIN nap_activities x ON x.id = aa.activity_id
       JOIN agencies a ON a.id = aa.agency_id
       WHERE x.plan_id = ? ORDER BY aa.position`,
    [planId],
  );
  const executed = await rows<{ activity_id: string; period_id: string; amount: number }>(
    db,
    `SELECT e.activity_id, e.period_id, e.amount FROM nap_executions e
       JOIN nap_activities x ON x.id = e.activity_id
       JOIN nap_periods p ON p.id = e.period_id
       WHERE x.plan_id = ? ORDER BY p.start_date`,
    [planId],
  );
  const updates = await rows<UpdateRow>(
    db,
    `SELECT u.*, m.title AS meeting_title, m.date AS meeting_date
       FROM nap_progress_updates u
       JOIN nap_activities x ON x.id = u.activity_id
       LEFT JOIN meetings m ON m.id = u.meeting_id
       WHERE x.plan_id = ? ORDER BY u.created_at, u.rowid`,
    [planId],
  );
  const agenciesOf = groupBy(agencies, (a) => a.activity_id);
  const executedOf = groupBy(executed, (e) => e.activity_id);
  const updatesOf = groupBy(updates, (u) => u.activity_id);
  return activities.map((row): Omit<NapActivity, 'indicators'> => {
    const refs = agenciesOf.get(row.id) ?? [];
    const ref = (a: (typeof refs)[number]) => ({ id: a.id, name: a.name, acronym: a.acronym });
    const status = row.status as NapActivityStatus;
    return {
      id: row.id,
      objectiveId: row.objective_id,
      code: row.code,
      text: row.text,
      leadAgencies: refs.filter((a) => a.role === 'lead').map(ref),
      supportingAgencies: refs.filter((a) => a.role === 'supporting').map(ref),
      timeframe: row.timeframe,
      start: row.start_date,
      end: row.end_date,
      budgetAmount: row.budget_amount,
      currency: row.currency,
      budgetText: row.budget_text,
      fundingSource: row.funding_source,
      executed: (executedOf.get(row.id) ?? []).map((e) => ({
        periodId: e.period_id,
        amount: e.amount,
      })),
      status,
      statusReason: row.status_reason,
      position: row.position,
      overdue:
        status !== 'completed' &&
        status !== 'cancelled' &&
        row.end_date !== null &&
        row.end_date < today,
      updates: (updatesOf.get(row.id) ?? []).map((u): NapProgressUpdate => ({
        id: u.id,
        activityId: u.activity_id,
        periodId: u.period_id,
        status: u.status as NapActivityStatus,
        statusReason: u.status_reason,
        narrative: u.narrative,
        meeting:
          u.meeting_id && u.meeting_title !== null
            ? { id: u.meeting_id, title: u.meeting_title, date: u.meeting_date ?? '' }
            : null,
        createdAt: u.created_at,
      })),
    };
  });
}

/**
 * The whole plan. `asOf`: only measurements of periods starting on or before that date count
 * for progress (all are still listed).
 */
export async function loadPlanDetail(
  db: ReadableDB,
  id: string,
  today: string,
  asOf: string | null = null,
): Promise<NapPlanDetail> {
  const plan = await loadPlan(db, id);
  const pillars = await rows<{ id: string; code: string; name: string; position: number }>(
    db,
    'SELECT id, code, name, position FROM nap_pillars WHERE plan_id = ? ORDER BY position',
    [id],
  );
  const objectives = await rows<{
    id: string;
    pillar_id: string;
    code: string;
    name: string;
    position: number;
  }>(
    db,
    `SELECT o.id, o.pillar_id, o.code, o.name, o.position FROM nap_objectives o
       JOIN nap_pillars p ON p.id = o.pillar_id WHERE p.plan_id = ? ORDER BY o.position`,
    [id],
  );
  const activities = await planActivities(db, id, today);
  const indicators = await planIndicators(db, plan, asOf);
  const indicatorsOf = groupBy(indicators, (i) => i.activityId ?? i.objectiveId);
  const activitiesOf = groupBy(activities, (a) => a.objectiveId);
  const objectivesOf = groupBy(objectives, (o) => o.pillar_id);
  return {
    ...plan,
    pillars: pillars.map((p) => ({
      id: p.id,
      planId: id,
      code: p.code,
      name: p.name,
      position: p.position,
      objectives: (objectivesOf.get(p.id) ?? []).map((o) => ({
        id: o.id,
        pillarId: p.id,
        code: o.code,
        name: o.name,
        position: o.position,
        indicators: indicatorsOf.get(o.id) ?? [],
        activities: (activitiesOf.get(o.id) ?? []).map((a) => ({
          ...a,
          indicators: indicatorsOf.get(a.id) ?? [],
        })),
      })),
    })),
  };
}

/** Which plan a node belongs to (NOT_FOUND when the node does not exist). */
export async function planOfNode(
  db: ReadableDB,
  kind: 'pillar' | 'objective' | 'activity' | 'indicator',
  id: string,
): Promise<string> {
  const sql = {
    pillar: 'SELECT plan_id FROM nap_pillars WHERE id = ?',
    objective:
      'SELECT p.plan_id FROM nap_objectives o JOIN nap_pillars p ON p.id = o.pillar_id WHERE o.id = ?',
    activity: 'SELECT plan_id FROM nap_activities WHERE id = ?',
    indicator: 'SELECT plan_id FROM nap_indicators WHERE id = ?',
  }[kind];
  const row = await one<{ plan_id: string }>(db, sql, [id]);
  if (!row) throw new DomainError('NOT_FOUND', `There is no such ${kind}.`, { id, kind });
  return row.plan_id;
}
