/**
 * Activities: code unique in the plan, lead and supporting agencies from the register, the
 * timeframe as written with the dates read from it, budget and executed amount per period,
 * status with the reason an at-risk or delayed activity needs.
 */
import type { z } from 'zod';
import type { napUpsertActivitySchema } from '../../../shared/contract/nap';
import { NAP_STATUSES_WITH_REASON } from '../../../shared/domain/nap';
import { DomainError } from '../../../shared/errors';
import { In, Not } from 'typeorm';
import { AgencyEntity } from '../db/entities/agencies';
import {
  NapActivityAgencyEntity,
  NapActivityEntity,
  NapObjectiveEntity,
  NapPeriodEntity,
} from '../db/entities/nap';
import { NapExecutionEntity } from '../db/entities/napMeasurements';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';
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
  const clash = await db.getRepository(NapActivityEntity).findOne({
    select: { id: true },
    where: { planId, code, ...(exceptId !== null ? { id: Not(exceptId) } : {}) },
  });
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
  const found = await db
    .getRepository(AgencyEntity)
    .find({ select: { id: true }, where: { id: In(all) } });
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
  await db.getRepository(NapActivityAgencyEntity).delete({ activityId });
  const list = [
    ...lead.map((id) => ({ id, role: 'lead' as const })),
    ...supporting.map((id) => ({ id, role: 'supporting' as const })),
  ];
  if (list.length > 0) {
    await insertRows(
      db,
      NapActivityAgencyEntity,
      list.map(({ id, role }, position) => ({ activityId, agencyId: id, role, position })),
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
    const found = await db.getRepository(NapPeriodEntity).countBy({ planId, id: In(ids) });
    if (found < ids.length) {
      throw new DomainError('VALIDATION', 'A period is not one of this plan.', {
        field: 'executed',
      });
    }
  }
  await db.getRepository(NapExecutionEntity).delete({ activityId });
  if (executed.length > 0) {
    await insertRows(
      db,
      NapExecutionEntity,
      executed.map((e) => ({ activityId, periodId: e.periodId, amount: e.amount })),
    );
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
  let code = input.code;
  if (!code && !input.id) {
    const objective = (await db
      .getRepository(NapObjectiveEntity)
      .findOne({ select: { code: true }, where: { id: input.objectiveId } }))!;
    const siblings = await db
      .getRepository(NapActivityEntity)
      .countBy({ objectiveId: input.objectiveId });
    const taken = await db
      .getRepository(NapActivityEntity)
      .find({ select: { code: true }, where: { planId } });
    code = nextCode(`${objective.code}.`, siblings, new Set(taken.map((t) => t.code)));
  }
  if (code) await assertCodeFree(db, planId, code, input.id ?? null);
  await assertAgencies(db, input.leadAgencyIds, input.supportingAgencyIds);
  const read = readTimeframeText(input.timeframe);
  const start = input.start === undefined ? read.start : input.start;
  const end = input.end === undefined ? read.end : input.end;
  if (start && end && end < start) {
    throw new DomainError('VALIDATION', 'The activity ends before it starts.', { field: 'end' });
  }
  const values = {
    objectiveId: input.objectiveId,
    text: input.text,
    timeframe: input.timeframe,
    startDate: start,
    endDate: end,
    budgetAmount: input.budgetAmount,
    currency: input.currency,
    budgetText: input.budgetText,
    fundingSource: input.fundingSource,
    status: input.status,
    statusReason: input.statusReason,
  };
  let id = input.id;
  if (id) {
    // A move to another objective puts the activity last there (placeNode renumbers).
    const objectiveId = input.objectiveId;
    await db
      .createQueryBuilder()
      .update(NapActivityEntity)
      .set({
        ...values,
        ...(code ? { code } : {}),
        updatedAt: at,
        position: () => `CASE WHEN objective_id <> :objectiveId THEN 1000000 ELSE position END`,
      })
      .where({ id })
      .setParameters({ objectiveId })
      .execute();
  } else {
    id = newId();
    await insertRows(db, NapActivityEntity, {
      ...values,
      code: code!,
      id,
      planId,
      position: 1_000_000,
      createdAt: at,
      updatedAt: at,
    });
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
