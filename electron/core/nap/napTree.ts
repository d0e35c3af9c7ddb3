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
import { indicatorProgress, type NapPeriodValue } from '../../../shared/domain/napProgress';
import { DomainError } from '../../../shared/errors';
import type { AgencyRow } from '../db/entities/agencies';
import {
  NapActivityEntity,
  NapObjectiveEntity,
  NapPeriodEntity,
  NapPillarEntity,
  NapPlanEntity,
  type NapActivityAgencyRow,
  type NapObjectiveRow,
  type NapPlanRow,
} from '../db/entities/nap';
import { NapIndicatorEntity, type NapExecutionRow } from '../db/entities/napMeasurements';
import { rows, type ReadableDB } from '../db/sql';
import {
  toIndicator,
  toMeasurement,
  toPlan,
  type MeasurementRow,
  type UpdateRow,
} from './napPlanRows';

export async function findPlanRow(db: ReadableDB, id: string): Promise<NapPlanRow> {
  const row = await db.getRepository(NapPlanEntity).findOneBy({ id });
  if (!row) throw new DomainError('NOT_FOUND', 'There is no such plan.', { id });
  return row;
}

export async function planPeriods(db: ReadableDB, planId: string): Promise<NapPeriod[]> {
  const list = await db.getRepository(NapPeriodEntity).find({
    select: { id: true, label: true, startDate: true, endDate: true },
    where: { planId },
    order: { startDate: 'ASC' },
  });
  return list.map((p) => ({ id: p.id, label: p.label, start: p.startDate, end: p.endDate }));
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

/**
 * Hot query (nap:getPlan): every measurement of the plan with its reporting agency, in period
 * then entry order.
 */
function planMeasurements(db: ReadableDB, planId: string): Promise<MeasurementRow[]> {
  return rows<MeasurementRow>(
    db,
    `SELECT m.id, m.indicator_id AS "indicatorId", m.period_id AS "periodId", m.value,
            m.numerator, m.denominator, m.date, m.source, m.note,
            m.reporting_agency_id AS "reportingAgencyId", m.created_at AS "createdAt",
            a.name AS "agencyName", a.acronym AS "agencyAcronym"
       FROM nap_measurements m
       JOIN nap_indicators i ON i.id = m.indicator_id
       JOIN nap_periods p ON p.id = m.period_id
       LEFT JOIN agencies a ON a.id = m.reporting_agency_id
       WHERE i.plan_id = ?
       ORDER BY p.start_date, m.created_at, m.rowid`,
    [planId],
  );
}

async function planIndicators(
  db: ReadableDB,
  plan: NapPlan,
  asOf: string | null,
): Promise<NapIndicator[]> {
  const periods = new Map(plan.periods.map((p) => [p.id, p]));
  const indicators = await db.getRepository(NapIndicatorEntity).find({
    where: { planId: plan.id },
    order: { position: 'ASC' },
  });
  const measurements = await planMeasurements(db, plan.id);
  const byIndicator = groupBy(measurements.map(toMeasurement), (m) => m.indicatorId);
  return indicators.map((row) => {
    const list = byIndicator.get(row.id) ?? [];
    const counted = asOf ? list.filter((m) => periods.get(m.periodId)!.start <= asOf) : list;
    const base = toIndicator(row, list);
    return { ...base, progress: indicatorProgress(base, periodValues(counted, periods), plan) };
  });
}

/** An activity's agency as the plan's outline reads it. */
export type ActivityAgencyRow = Pick<NapActivityAgencyRow, 'activityId' | 'role'> &
  Pick<AgencyRow, 'id' | 'name' | 'acronym'>;

/** Hot query (nap:getPlan): the agencies of the plan's activities, in their order. */
function planActivityAgencies(db: ReadableDB, planId: string): Promise<ActivityAgencyRow[]> {
  return rows<ActivityAgencyRow>(
    db,
    `SELECT aa.activity_id AS "activityId", aa.role, a.id, a.name, a.acronym
       FROM nap_activity_agencies aa
       JOIN nap_activities x ON x.id = aa.activity_id
       JOIN agencies a ON a.id = aa.agency_id
       WHERE x.plan_id = ? ORDER BY aa.position`,
    [planId],
  );
}

/** Hot query (nap:getPlan): the executed amounts of the plan's activities, oldest period first. */
function planExecutions(db: ReadableDB, planId: string): Promise<NapExecutionRow[]> {
  return rows<NapExecutionRow>(
    db,
    `SELECT e.activity_id AS "activityId", e.period_id AS "periodId", e.amount
       FROM nap_executions e
       JOIN nap_activities x ON x.id = e.activity_id
       JOIN nap_periods p ON p.id = e.period_id
       WHERE x.plan_id = ? ORDER BY p.start_date`,
    [planId],
  );
}

/** Hot query (nap:getPlan): the progress updates of the plan's activities with their meeting. */
function planUpdates(db: ReadableDB, planId: string): Promise<UpdateRow[]> {
  return rows<UpdateRow>(
    db,
    `SELECT u.id, u.activity_id AS "activityId", u.period_id AS "periodId", u.status,
            u.status_reason AS "statusReason", u.narrative, u.meeting_id AS "meetingId",
            u.created_at AS "createdAt", m.title AS "meetingTitle", m.date AS "meetingDate"
       FROM nap_progress_updates u
       JOIN nap_activities x ON x.id = u.activity_id
       LEFT JOIN meetings m ON m.id = u.meeting_id
       WHERE x.plan_id = ? ORDER BY u.created_at, u.rowid`,
    [planId],
  );
}

async function planActivities(db: ReadableDB, planId: string, today: string) {
  const activities = await db.getRepository(NapActivityEntity).find({
    where: { planId },
    order: { position: 'ASC' },
  });
  const agencies = await planActivityAgencies(db, planId);
  const executed = await planExecutions(db, planId);
  const updates = await planUpdates(db, planId);
  const agenciesOf = groupBy(agencies, (a) => a.activityId);
  const executedOf = groupBy(executed, (e) => e.activityId);
  const updatesOf = groupBy(updates, (u) => u.activityId);
  return activities.map((row): Omit<NapActivity, 'indicators'> => {
    const refs = agenciesOf.get(row.id) ?? [];
    const ref = (a: (typeof refs)[number]) => ({ id: a.id, name: a.name, acronym: a.acronym });
    const status = row.status;
    return {
      id: row.id,
      objectiveId: row.objectiveId,
      code: row.code,
      text: row.text,
      leadAgencies: refs.filter((a) => a.role === 'lead').map(ref),
      supportingAgencies: refs.filter((a) => a.role === 'supporting').map(ref),
      timeframe: row.timeframe,
      start: row.startDate,
      end: row.endDate,
      budgetAmount: row.budgetAmount,
      currency: row.currency,
      budgetText: row.budgetText,
      fundingSource: row.fundingSource,
      executed: (executedOf.get(row.id) ?? []).map((e) => ({
        periodId: e.periodId,
        amount: e.amount,
      })),
      status,
      statusReason: row.statusReason,
      position: row.position,
      overdue:
        status !== 'completed' &&
        status !== 'cancelled' &&
        row.endDate !== null &&
        row.endDate < today,
      updates: (updatesOf.get(row.id) ?? []).map((u): NapProgressUpdate => ({
        id: u.id,
        activityId: u.activityId,
        periodId: u.periodId,
        status: u.status,
        statusReason: u.statusReason,
        narrative: u.narrative,
        meeting:
          u.meetingId && u.meetingTitle !== null
            ? { id: u.meetingId, title: u.meetingTitle, date: u.meetingDate ?? '' }
            : null,
        createdAt: u.createdAt,
      })),
    };
  });
}

/** Hot query (nap:getPlan): the objectives of the plan's pillars. */
function planObjectives(db: ReadableDB, planId: string): Promise<NapObjectiveRow[]> {
  return rows<NapObjectiveRow>(
    db,
    `SELECT o.id, o.pillar_id AS "pillarId", o.code, o.name, o.position FROM nap_objectives o
       JOIN nap_pillars p ON p.id = o.pillar_id WHERE p.plan_id = ? ORDER BY o.position`,
    [planId],
  );
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
  const pillars = await db.getRepository(NapPillarEntity).find({
    select: { id: true, code: true, name: true, position: true },
    where: { planId: id },
    order: { position: 'ASC' },
  });
  const objectives = await planObjectives(db, id);
  const activities = await planActivities(db, id, today);
  const indicators = await planIndicators(db, plan, asOf);
  const indicatorsOf = groupBy(indicators, (i) => i.activityId ?? i.objectiveId);
  const activitiesOf = groupBy(activities, (a) => a.objectiveId);
  const objectivesOf = groupBy(objectives, (o) => o.pillarId);
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
  const select = { planId: true } as const;
  let row: { planId: string } | null;
  if (kind === 'objective') {
    const objective = await db
      .getRepository(NapObjectiveEntity)
      .findOne({ select: { pillarId: true }, where: { id } });
    row = objective
      ? await db
          .getRepository(NapPillarEntity)
          .findOne({ select, where: { id: objective.pillarId } })
      : null;
  } else {
    const entity = {
      pillar: NapPillarEntity,
      activity: NapActivityEntity,
      indicator: NapIndicatorEntity,
    }[kind];
    row = await db
      .getRepository<{ id: string; planId: string }>(entity)
      .findOne({ select, where: { id } });
  }
  if (!row) throw new DomainError('NOT_FOUND', `There is no such ${kind}.`, { id, kind });
  return row.planId;
}
