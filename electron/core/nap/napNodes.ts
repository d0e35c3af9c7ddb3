/**
 * The plan's outline: pillars (3–8 per plan, renamable, reorderable) and objectives, and
 * removing any node with everything below it.
 */
import type { z } from 'zod';
import type { napUpsertObjectiveSchema, napUpsertPillarSchema } from '../../../shared/contract/nap';
import { NAP_MAX_PILLARS, NAP_MIN_PILLARS, type NapNodeKind } from '../../../shared/domain/nap';
import { DomainError } from '../../../shared/errors';
import { Not, type EntitySchema } from 'typeorm';
import { NapActivityEntity, NapObjectiveEntity, NapPillarEntity } from '../db/entities/nap';
import { NapIndicatorEntity } from '../db/entities/napMeasurements';
import { insertRows, newId, type WritableDB } from '../db/sql';
import { insertPillar } from './napPlans';
import { nextCode, placeNode, type Siblings } from './napPositions';
import { findPlanRow, planOfNode } from './napTree';

type PillarInput = z.output<typeof napUpsertPillarSchema>;
type ObjectiveInput = z.output<typeof napUpsertObjectiveSchema>;

function codeSet(list: { code: string }[]): Set<string> {
  return new Set(list.map((r) => r.code));
}

/** Creates or changes a pillar; returns its id. */
export async function upsertPillar(db: WritableDB, input: PillarInput): Promise<string> {
  await findPlanRow(db, input.planId);
  const siblings: Siblings = {
    table: 'nap_pillars',
    parentColumn: 'plan_id',
    parentId: input.planId,
  };
  const codes = codeSet(
    await db
      .getRepository(NapPillarEntity)
      .find({ select: { code: true }, where: { planId: input.planId } }),
  );
  let id = input.id;
  if (id) {
    if ((await planOfNode(db, 'pillar', id)) !== input.planId) {
      throw new DomainError('VALIDATION', 'A pillar stays in its plan.', { field: 'planId' });
    }
    await db
      .getRepository(NapPillarEntity)
      .update({ id }, { name: input.name, ...(input.code ? { code: input.code } : {}) });
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
  const pillar = (await db
    .getRepository(NapPillarEntity)
    .findOne({ select: { code: true }, where: { id: input.pillarId } }))!;
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
    const objectives = db.getRepository(NapObjectiveEntity);
    const moved = await objectives.existsBy({ id, pillarId: Not(input.pillarId) });
    await objectives.update(
      { id },
      {
        pillarId: input.pillarId,
        name: input.name,
        ...(input.code ? { code: input.code } : {}),
        ...(moved ? { position: 1_000_000 } : {}),
      },
    );
  } else {
    const codes = codeSet(
      await db
        .getRepository(NapObjectiveEntity)
        .find({ select: { code: true }, where: { pillarId: input.pillarId } }),
    );
    id = newId();
    await insertRows(db, NapObjectiveEntity, {
      id,
      pillarId: input.pillarId,
      code: input.code || nextCode(`${pillar.code}.`, codes.size, codes),
      name: input.name,
      position: 1_000_000,
    });
  }
  await placeNode(db, siblings, id, input.position);
  return id;
}

interface Parent {
  table: Siblings['table'];
  column: string;
  /** The node's parent id, as the entity names it. */
  property: 'planId' | 'pillarId' | 'objectiveId';
}

const PARENT: Record<NapNodeKind, Parent | null> = {
  pillar: { table: 'nap_pillars', column: 'plan_id', property: 'planId' },
  objective: { table: 'nap_objectives', column: 'pillar_id', property: 'pillarId' },
  activity: { table: 'nap_activities', column: 'objective_id', property: 'objectiveId' },
  indicator: null,
};

const NODE: Record<NapNodeKind, EntitySchema<{ id: string }>> = {
  pillar: NapPillarEntity,
  objective: NapObjectiveEntity,
  activity: NapActivityEntity,
  indicator: NapIndicatorEntity,
};

/** Removes a node and, through the schema's cascades, everything below it. */
export async function removeNode(db: WritableDB, kind: NapNodeKind, id: string): Promise<void> {
  const planId = await planOfNode(db, kind, id);
  if (kind === 'pillar') {
    const count = await db.getRepository(NapPillarEntity).countBy({ planId });
    if (count <= NAP_MIN_PILLARS) {
      throw new DomainError('VALIDATION', `A plan keeps ${NAP_MIN_PILLARS} pillars at least.`, {
        field: 'id',
      });
    }
  }
  const parent = PARENT[kind];
  const entity = NODE[kind];
  const parentId = parent
    ? (await db
        .createQueryBuilder(entity, 'n')
        .select(`n.${parent.property}`, 'parentId')
        .where('n.id = :id', { id })
        .getRawOne<{ parentId: string }>())!.parentId
    : null;
  await db.getRepository(entity).delete({ id });
  if (parent && parentId) {
    await placeNode(db, { table: parent.table, parentColumn: parent.column, parentId }, null);
  }
}
