/**
 * Plans: creation (with its pillars, 4P by default, and its reporting periods), changes that
 * regenerate the periods without losing what was recorded against them, and the list.
 */
import type { z } from 'zod';
import type {
  NapPlanListItem,
  napCreatePlanSchema,
  napUpdatePlanSchema,
} from '../../../shared/contract/nap';
import { NAP_DEFAULT_PILLARS, type NapPeriodKind } from '../../../shared/domain/nap';
import { NAP_MAX_PLAN_YEARS, napPeriods } from '../../../shared/domain/napPeriods';
import { completionPercent } from '../../../shared/domain/napProgress';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import {
  NapPeriodEntity,
  NapPillarEntity,
  NapPlanEntity,
  type NapPlanRow,
} from '../db/entities/nap';
import {
  NapExecutionEntity,
  NapMeasurementEntity,
  NapProgressUpdateEntity,
} from '../db/entities/napMeasurements';
import { insertRows, newId, rows, type ReadableDB, type WritableDB } from '../db/sql';
import { toPlan } from './napPlanRows';
import { findPlanRow, planPeriods } from './napTree';

type PlanCreate = z.output<typeof napCreatePlanSchema>;
type PlanPatch = z.output<typeof napUpdatePlanSchema>['patch'];

function assertDates(startDate: string, endDate: string): void {
  if (endDate < startDate) {
    throw new DomainError('VALIDATION', 'The plan ends before it starts.', { field: 'endDate' });
  }
  if (Number(endDate.slice(0, 4)) - Number(startDate.slice(0, 4)) > NAP_MAX_PLAN_YEARS) {
    throw new DomainError('VALIDATION', `A plan runs ${NAP_MAX_PLAN_YEARS} years at most.`, {
      field: 'endDate',
    });
  }
}

/**
 * Lays the periods over the plan: a period with the same start keeps its id (and what points
 * at it), others are added; one that disappears while something was recorded for it is refused.
 */
export async function syncPeriods(
  db: WritableDB,
  planId: string,
  plan: { startDate: string; endDate: string; periodKind: NapPeriodKind; periodStartMonth: number },
): Promise<void> {
  const wanted = napPeriods(plan.startDate, plan.endDate, plan.periodKind, plan.periodStartMonth);
  const existing = await planPeriods(db, planId);
  const keep = new Map(wanted.map((w) => [w.start, w]));
  const gone = existing.filter((p) => keep.get(p.start)?.end !== p.end);
  if (gone.length > 0) {
    const ids = gone.map((p) => p.id);
    const recorded = { periodId: In(ids) };
    const used =
      (await db.getRepository(NapMeasurementEntity).existsBy(recorded)) ||
      (await db.getRepository(NapProgressUpdateEntity).existsBy(recorded)) ||
      (await db.getRepository(NapExecutionEntity).existsBy(recorded));
    if (used) {
      throw new DomainError(
        'VALIDATION',
        `Values are recorded for ${gone.map((p) => p.label).join(', ')}: those periods cannot change.`,
        { field: 'periodKind', periods: gone.map((p) => p.label) },
      );
    }
    await db.getRepository(NapPeriodEntity).delete({ id: In(ids) });
  }
  const kept = new Map(existing.filter((p) => !gone.includes(p)).map((p) => [p.start, p.id]));
  const added = [];
  for (const period of wanted) {
    const id = kept.get(period.start);
    if (id) {
      await db
        .getRepository(NapPeriodEntity)
        .update({ id }, { seq: period.seq, label: period.label });
    } else {
      added.push({
        id: newId(),
        planId,
        seq: period.seq,
        label: period.label,
        startDate: period.start,
        endDate: period.end,
      });
    }
  }
  if (added.length > 0) await insertRows(db, NapPeriodEntity, added);
}

export async function insertPillar(
  db: WritableDB,
  planId: string,
  pillar: { code: string; name: string; position: number },
): Promise<string> {
  const id = newId();
  await insertRows(db, NapPillarEntity, { id, planId, ...pillar });
  return id;
}

/** Creates the plan row and its periods; pillars are the caller's. */
export async function insertPlan(
  db: WritableDB,
  input: Omit<PlanCreate, 'pillars'>,
  at: string,
): Promise<string> {
  assertDates(input.startDate, input.endDate);
  const id = newId();
  const plan = {
    startDate: input.startDate,
    endDate: input.endDate,
    periodKind: input.periodKind ?? 'year',
    periodStartMonth: input.periodStartMonth ?? 1,
  };
  await insertRows(db, NapPlanEntity, {
    id,
    title: input.title,
    adoptingAct: input.adoptingAct ?? '',
    ...plan,
    status: input.status ?? 'draft',
    createdAt: at,
    updatedAt: at,
  });
  await syncPeriods(db, id, plan);
  return id;
}

export async function createPlan(db: WritableDB, input: PlanCreate, at: string): Promise<string> {
  const id = await insertPlan(db, input, at);
  const names = input.pillars ?? NAP_DEFAULT_PILLARS;
  for (const [i, name] of names.entries()) {
    await insertPillar(db, id, { code: String(i + 1), name, position: i });
  }
  return id;
}

export async function updatePlan(
  db: WritableDB,
  id: string,
  patch: PlanPatch,
  at: string,
): Promise<void> {
  const row = await findPlanRow(db, id);
  const next = {
    title: patch.title ?? row.title,
    adoptingAct: patch.adoptingAct ?? row.adoptingAct,
    startDate: patch.startDate ?? row.startDate,
    endDate: patch.endDate ?? row.endDate,
    status: patch.status ?? row.status,
    periodKind: patch.periodKind ?? row.periodKind,
    periodStartMonth: patch.periodStartMonth ?? row.periodStartMonth,
  };
  assertDates(next.startDate, next.endDate);
  await db.getRepository(NapPlanEntity).update({ id }, { ...next, updatedAt: at });
  await syncPeriods(db, id, next);
}

/** A plan of the list with the counts of what it holds. */
export type PlanListRow = NapPlanRow & {
  pillars: number;
  objectives: number;
  activities: number;
  completed: number;
  cancelled: number;
  indicators: number;
};

/** Hot query (nap:listPlans): every plan with the counts of its nodes, newest first. */
function planListRows(db: ReadableDB): Promise<PlanListRow[]> {
  return rows<PlanListRow>(
    db,
    `SELECT p.id, p.title, p.adopting_act AS "adoptingAct", p.start_date AS "startDate",
       p.end_date AS "endDate", p.status, p.period_kind AS "periodKind",
       p.period_start_month AS "periodStartMonth", p.created_at AS "createdAt",
       p.updated_at AS "updatedAt",
       (SELECT COUNT(*) FROM nap_pillars x WHERE x.plan_id = p.id) AS pillars,
       (SELECT COUNT(*) FROM nap_objectives o JOIN nap_pillars x ON x.id = o.pillar_id
          WHERE x.plan_id = p.id) AS objectives,
       (SELECT COUNT(*) FROM nap_activities a WHERE a.plan_id = p.id) AS activities,
       (SELECT COUNT(*) FROM nap_activities a WHERE a.plan_id = p.id AND a.status = 'completed') AS completed,
       (SELECT COUNT(*) FROM nap_activities a WHERE a.plan_id = p.id AND a.status = 'cancelled') AS cancelled,
       (SELECT COUNT(*) FROM nap_indicators i WHERE i.plan_id = p.id) AS indicators
     FROM nap_plans p ORDER BY p.start_date DESC, p.created_at DESC`,
  );
}

export async function listPlans(db: ReadableDB): Promise<NapPlanListItem[]> {
  const plans = await planListRows(db);
  return plans.map((p) => {
    const { periods: _periods, ...plan } = toPlan(p, []);
    return {
      ...plan,
      counts: {
        pillars: p.pillars,
        objectives: p.objectives,
        activities: p.activities,
        indicators: p.indicators,
      },
      completion: completionPercent({
        completed: p.completed,
        cancelled: p.cancelled,
        not_started: p.activities - p.completed - p.cancelled,
      }),
    };
  });
}
