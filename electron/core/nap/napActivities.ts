/**
 * Activities: code unique in the plan, lead and supporting agencies from the register, the
 * timeframe as written with the dates read from it, budget and executed amount per period,
 * status with the reason an at-risk or delayed activity needs.
 */
import type { z } from 'zod';
import type { napUpsertActivitySchema } from '../../../shared/contract/nap';
import { NAP_STATUSES_WITH_REASON } from '../../../shared/domain/nap';
import { DomainError } from '../../../shared/errors';
import { newId, one, placeholders, rows, type WritableDB, type ReadableDB } from '../db/sql';
import { readTimeframeText } from './import/napTimeframe';
import { nextCode, placeNode } from './napPositions';
import { planOfNode } from './napTree';

type ActivityInput = z.output<typeof napUpsertActivitySchema>;

export async function assertCodeFree(
  db: ReadableDB,
  planId: string,
  code: string,
  exceptId: string | null,
): Promise<void> {
  const clash = await one<{ id: string }>(
    db,
    'SELECT id FROM nap_activities WHERE plan_id = ? AND code = ? AND id IS NOT ?',
    [planId, code, exceptId],
  );
  if (clash) {
    throw new DomainError('DUPLICATE', `Activity ${code} already exists in this plan.`, {
      field: 'code',
      existingId: clash.id,
    });
  }
}

/** The agencies must exist; one agency is lead or supporting, not both. */
async function assertAgencies(db: ReadableDB, lead: string[], supporting: string[]): Promise<void> {
  const all = [...new Set([...lead, ...supporting])];
  if (all.length < lead.length + supporting.length) {
    throw new DomainError('VALIDATION', 'An agency is named twice on this activity.', {
      field: 'supportingAgencyIds',
    });
  }
  if (all.length === 0) return;
  const found = await rows<{ id: string }>(
    db,
    `SELECT id FROM agencies WHERE id IN (${placeholders(all)})`,
    all,
  );
  if (found.length < all.length) {
    const known = new Set(found.map((f) => f.id));
    throw new DomainError('NOT_FOUND', 'An agency of this activity is not in the register.', {
      field: 'leadAgencyIds',
      ids: all.filter((id) => !known.has(id)),
    });
  }
}

export async function setActivityAgencies(
  db: WritableDB,
  activityId: string,
  lead: string[],
  supporting: string[],
): Promise<void> {
  await db.query('DELETE FROM nap_activity_agencies WHERE activity_id = ?', [activityId]);
  const list = [
    ...lead.map((id) => ({ id, role: 'lead' })),
    ...supporting.map((id) => ({ id, role: 'supporting' })),
  ];
  for (const [position, { id, role }] of list.entries()) {
    await db.query(
      'INSERT INTO nap_activity_agencies (activity_id, agency_id, role, position) VALUES (?, ?, ?, ?)',
      [activityId, id, role, position],
    );
  }
}

async function setExecuted(
  db: WritableDB,
  planId: string,
  activityId: string,
  executed: { periodId: string; amount: number }[],
): Promise<void> {
  const ids = executed.map((e) => e.periodId);
  if (new Set(ids).size < ids.length) {
    throw new DomainError('VALIDATION', 'A period is given twice.', { field: 'executed' });
  }
  if (ids.length > 0) {
    const found = await rows<{ id: string }>(
      db,
      `SELECT id FROM nap_periods WHERE plan_id = ? AND id IN (${placeholders(ids)})`,
      [planId, ...ids],
    );
    if (found.length < ids.length) {
      throw new DomainError('VALIDATION', 'A period is not one of this plan.', {
        field: 'executed',
      });
    }
  }
  await db.query('DELETE FROM nap_executions WHERE activity_id = ?', [activityId]);
  for (const e of executed) {
    await db.query('INSERT INTO nap_executions (activity_id, period_id, amount) VALUES (?, ?, ?)', [
      activityId,
      e.periodId,
      e.amount,
    ]);
  }
}

/** Creates or changes an activity; returns its id. */
export async function upsertActivity(
  db: WritableDB,
  input: ActivityInput,
  at: string,
): Promise<string> {
  const planId = await planOfNode(db, 'objective', input.objectiveId);
  if (input.id && (await planOfNode(db, 'activity', input.id)) !== planId) {
    throw new DomainError('VALIDATION', 'An activity stays in its plan.', {
      field: 'objectiveId',
    });
  }
  if (NAP_STATUSES_WITH_REASON.includes(input.status) && !input.statusReason) {
    throw new DomainError('VALIDATION', 'Say why the activity is at risk or delayed.', {
      field: 'statusReason',
    });
  }
  const objective = (await one<{ code: string; n: number }>(
    db,
    `SELECT o.code, (SELECT COUNT(*) FROM nap_activities a WHERE a.objective_id = o.id) AS n
     FROM nap_objectives o WHERE o.id = ?`,
    [input.objectiveId],
  ))!;
  let code = input.code;
  if (!code && !input.id) {
    const taken = await rows<{ code: string }>(
      db,
      'SELECT code FROM nap_activities WHERE plan_id = ?',
      [planId],
    );
    code = nextCode(`${objective.code}.`, objective.n, new Set(taken.map((t) => t.code)));
  }
  if (code) await assertCodeFree(db, planId, code, input.id ?? null);
  await assertAgencies(db, input.leadAgencyIds, input.supportingAgencyIds);
  const read = readTimeframeText(input.timeframe);
  const start = input.start === undefined ? read.start : input.start;
  const end = input.end === undefined ? read.end : input.end;
  if (start && end && end < start) {
    throw new DomainError('VALIDATION', 'The activity ends before it starts.', { field: 'end' });
  }
  const values = [
    input.objectiveId,
    input.text,
    input.timeframe,
    start,
    end,
    input.budgetAmount,
    input.currency,
    input.budgetText,
    input.fundingSource,
    input.status,
    input.statusReason,
  ];
  let id = input.id;
  if (id) {
    await db.query(
      `UPDATE nap_activities SET objective_id = ?, text = ?, timeframe = ?, start_date = ?,
         end_date = ?, budget_amount = ?, currency = ?, budget_text = ?, funding_source = ?,
         status = ?, status_reason = ?, code = COALESCE(?, code), updated_at = ?,
         position = CASE WHEN objective_id <> ? THEN 1000000 ELSE position END
       WHERE id = ?`,
      [...values, code || null, at, input.objectiveId, id],
    );
  } else {
    id = newId();
    await db.query(
      `INSERT INTO nap_activities (objective_id, text, timeframe, start_date, end_date,
         budget_amount, currency, budget_text, funding_source, status, status_reason, code,
         id, plan_id, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1000000, ?, ?)`,
      [...values, code, id, planId, at, at],
    );
  }
  await setActivityAgencies(db, id, input.leadAgencyIds, input.supportingAgencyIds);
  if (input.executed) await setExecuted(db, planId, id, input.executed);
  await placeNode(
    db,
    { table: 'nap_activities', parentColumn: 'objective_id', parentId: input.objectiveId },
    id,
    input.position,
  );
  return id;
}
