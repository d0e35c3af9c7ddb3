/**
 * The plan's outline: pillars (3–8 per plan, renamable, reorderable) and objectives, and
 * removing any node with everything below it.
 */
import type { z } from 'zod';
import type { napUpsertObjectiveSchema, napUpsertPillarSchema } from '../../../shared/contract/nap';
import { NAP_MAX_PILLARS, NAP_MIN_PILLARS, type NapNodeKind } from '../../../shared/domain/nap';
import { DomainError } from '../../../shared/errors';
import { newId, one, rows, type WritableDB, type ReadableDB } from '../db/sql';
import { insertPillar } from './napPlans';
import { nextCode, placeNode, type Siblings } from './napPositions';
import { findPlanRow, planOfNode } from './napTree';

type PillarInput = z.output<typeof napUpsertPillarSchema>;
type ObjectiveInput = z.output<typeof napUpsertObjectiveSchema>;

async function codesOf(db: ReadableDB, sql: string, parentId: string): Promise<Set<string>> {
  return new Set((await rows<{ code: string }>(db, sql, [parentId])).map((r) => r.code));
}

/** Creates or changes a pillar; returns its id. */
export async function upsertPillar(db: WritableDB, input: PillarInput): Promise<string> {
  await findPlanRow(db, input.planId);
  const siblings: Siblings = {
    table: 'nap_pillars',
    parentColumn: 'plan_id',
    parentId: input.planId,
  };
  const codes = await codesOf(db, 'SELECT code FROM nap_pillars WHERE plan_id = ?', input.planId);
  let id = input.id;
  if (id) {
    if ((await planOfNode(db, 'pillar', id)) !== input.planId) {
      throw new DomainError('VALIDATION', 'A pillar stays in its plan.', { field: 'planId' });
    }
    await db.query('UPDATE nap_pillars SET name = ?, code = COALESCE(?, code) WHERE id = ?', [
      input.name,
      input.code || null,
      id,
    ]);
  } else {
    if (codes.size >= NAP_MAX_PILLARS) {
      throw new DomainError('VALIDATION', `A plan has ${NAP_MAX_PILLARS} pillars at most.`, {
        field: 'planId',
      });
    }
    id = await insertPillar(db, input.planId, {
      code: input.code || nextCode('', codes.size, codes),
      name: input.name,
      position: 1_000_000,
    });
  }
  await placeNode(db, siblings, id, input.position);
  return id;
}

/** Creates or changes (or moves to another pillar of the plan) an objective; returns its id. */
export async function upsertObjective(db: WritableDB, input: ObjectiveInput): Promise<string> {
  const planId = await planOfNode(db, 'pillar', input.pillarId);
  const pillar = (await one<{ code: string }>(db, 'SELECT code FROM nap_pillars WHERE id = ?', [
    input.pillarId,
  ]))!;
  const siblings: Siblings = {
    table: 'nap_objectives',
    parentColumn: 'pillar_id',
    parentId: input.pillarId,
  };
  let id = input.id;
  if (id) {
    if ((await planOfNode(db, 'objective', id)) !== planId) {
      throw new DomainError('VALIDATION', 'An objective stays in its plan.', { field: 'pillarId' });
    }
    const moved = await one<{ n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM nap_objectives WHERE id = ? AND pillar_id <> ?',
      [id, input.pillarId],
    );
    await db.query(
      `UPDATE nap_objectives SET pillar_id = ?, name = ?, code = COALESCE(?, code),
         position = CASE WHEN ? THEN 1000000 ELSE position END WHERE id = ?`,
      [input.pillarId, input.name, input.code || null, moved?.n ? 1 : 0, id],
    );
  } else {
    const codes = await codesOf(
      db,
      'SELECT code FROM nap_objectives WHERE pillar_id = ?',
      input.pillarId,
    );
    id = newId();
    await db.query(
      'INSERT INTO nap_objectives (id, pillar_id, code, name, position) VALUES (?, ?, ?, ?, 1000000)',
      [
        id,
        input.pillarId,
        input.code || nextCode(`${pillar.code}.`, codes.size, codes),
        input.name,
      ],
    );
  }
  await placeNode(db, siblings, id, input.position);
  return id;
}

const PARENT: Record<NapNodeKind, { table: Siblings['table']; column: string } | null> = {
  pillar: { table: 'nap_pillars', column: 'plan_id' },
  objective: { table: 'nap_objectives', column: 'pillar_id' },
  activity: { table: 'nap_activities', column: 'objective_id' },
  indicator: null,
};

/** Removes a node and, through the schema's cascades, everything below it. */
export async function removeNode(db: WritableDB, kind: NapNodeKind, id: string): Promise<void> {
  const planId = await planOfNode(db, kind, id);
  if (kind === 'pillar') {
    const count = await one<{ n: number }>(
      db,
      'SELECT COUNT(*) AS n FROM nap_pillars WHERE plan_id = ?',
      [planId],
    );
    if ((count?.n ?? 0) <= NAP_MIN_PILLARS) {
      throw new DomainError('VALIDATION', `A plan keeps ${NAP_MIN_PILLARS} pillars at least.`, {
        field: 'id',
      });
    }
  }
  const parent = PARENT[kind];
  const parentId = parent
    ? (await one<{ p: string }>(
        db,
        `SELECT ${parent.column} AS p FROM ${parent.table} WHERE id = ?`,
        [id],
      ))!.p
    : null;
  const table = parent?.table ?? 'nap_indicators';
  await db.query(`DELETE FROM ${table} WHERE id = ?`, [id]);
  if (parent && parentId) {
    await placeNode(db, { table: parent.table, parentColumn: parent.column, parentId }, null);
  }
}
