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
import { newId, rows, type ReadableDB, type WritableDB } from '../db/sql';
import { toPlan, type PlanRow } from './napPlanRows';
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
    const marks = ids.map(() => '?').join(', ');
    const [used] = await rows<{ n: number }>(
      db,
      `SELECT (SELECT COUNT(*) FROM nap_measurements WHERE period_id IN (${marks}))
            + (SELECT COUNT(*) FROM nap_progress_updates WHERE period_id IN (${marks}))
            + (SELECT COUNT(*) FROM nap_executions WHERE period_id IN (${marks})) AS n`,
      [...ids, ...ids, ...ids],
    );
    if ((used?.n ?? 0) > 0) {
      throw new DomainError(
        'VALIDATION',
        `Values are recorded for ${gone.map((p) => p.label).join(', ')}: those periods cannot change.`,
        { field: 'periodKind', periods: gone.map((p) => p.label) },
      );
    }
    await db.query(`DELETE FROM nap_periods WHERE id IN (${marks})`, ids);
  }
  const kept = new Map(existing.filter((p) => !gone.includes(p)).map((p) => [p.start, p.id]));
  for (const period of wanted) {
    const id = kept.get(period.start);
    if (id) {
      await db.query('UPDATE nap_periods SET seq = ?, label = ? WHERE id = ?', [
        period.seq,
        period.label,
        id,
      ]);
    } else {
      await db.query(
        'INSERT INTO nap_periods (id, plan_id, seq, label, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)',
        [newId(), planId, period.seq, period.label, period.start, period.end],
      );
    }
  }
}

export async function insertPillar(
  db: WritableDB,
  planId: string,
  pillar: { code: string; name: string; position: number },
): Promise<string> {
  const id = newId();
  await db.query(
    'INSERT INTO nap_pillars (id, plan_id, code, name, position) VALUES (?, ?, ?, ?, ?)',
    [id, planId, pillar.code, pillar.name, pillar.position],
  );
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
  await db.query(
    `INSERT INTO nap_plans (id, title, adopting_act, start_date, end_date, status, period_kind,
       period_start_month, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      input.title,
      input.adoptingAct ?? '',
      plan.startDate,
      plan.endDate,
      input.status ?? 'draft',
      plan.periodKind,
      plan.periodStartMonth,
      at,
      at,
    ],
  );
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
    adoptingAct: patch.adoptingAct ?? row.adopting_act,
    startDate: patch.startDate ?? row.start_date,
    endDate: patch.endDate ?? row.end_date,
    status: patch.status ?? row.status,
    periodKind: patch.periodKind ?? (row.period_kind as NapPeriodKind),
    periodStartMonth: patch.periodStartMonth ?? row.period_start_month,
  };
  assertDates(next.startDate, next.endDate);
  await db.query(
    `UPDATE nap_plans SET title = ?, adopting_act = ?, start_date = ?, end_date = ?, status = ?,
       period_kind = ?, period_start_month = ?, updated_at = ? WHERE id = ?`,
    [
      next.title,
      next.adoptingAct,
      next.startDate,
      next.endDate,
      next.status,
      next.periodKind,
      next.periodStartMonth,
      at,
      id,
    ],
  );
  await syncPeriods(db, id, next);
}

export async function listPlans(db: ReadableDB): Promise<NapPlanListItem[]> {
  const plans = await rows<
    PlanRow & {
      pillars: number;
      objectives: number;
      activities: number;
      completed: number;
      cancelled: number;
      indicators: number;
    }
  >(
    db,
    `SELECT p.*,
       (SELECT COUNT(*) FROM nap_pillars x WHERE x.plan_id = p.id) AS pillars,
       (SELECT COUNT(*) FROM nap_objectives o JOIN nap_pillars x ON x.id = o.pillar_id
          WHERE x.plan_id = p.id) AS objectives,
       (SELECT COUNT(*) FROM nap_activities a WHERE a.plan_id = p.id) AS activities,
       (SELECT COUNT(*) FROM nap_activities a WHERE a.plan_id = p.id AND a.status = 'completed') AS completed,
       (SELECT COUNT(*) FROM nap_activities a WHERE a.plan_id = p.id AND a.status = 'cancelled') AS cancelled,
       (SELECT COUNT(*) FROM nap_indicators i WHERE i.plan_id = p.id) AS indicators
     FROM nap_plans p ORDER BY p.start_date DESC, p.created_at DESC`,
  );
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
