/**
 * Order and codes among siblings: placing a node at a position renumbers its siblings 0…n−1,
 * and a new node without a code gets its parent's code plus the next number.
 */
import type { EntitySchema } from 'typeorm';
import type { WritableDB } from '../db/sql';
import { NapActivityEntity, NapObjectiveEntity, NapPillarEntity } from '../db/entities/nap';
import { NapIndicatorEntity } from '../db/entities/napMeasurements';

export interface Siblings {
  table: 'nap_pillars' | 'nap_objectives' | 'nap_activities' | 'nap_indicators';
  /** The column and value that make the siblings (e.g. objective_id = …). */
  parentColumn: string;
  parentId: string;
}

/** The ordered node tables, seen through what placing needs of them. */
const ORDERED: Record<Siblings['table'], EntitySchema<{ id: string; position: number }>> = {
  nap_pillars: NapPillarEntity,
  nap_objectives: NapObjectiveEntity,
  nap_activities: NapActivityEntity,
  nap_indicators: NapIndicatorEntity,
};

/**
 * Renumbers the siblings 0…n−1 in their order, first moving `id` to `position` when both are
 * given (a new node inserted with a high position ends up last).
 */
export async function placeNode(
  db: WritableDB,
  siblings: Siblings,
  id: string | null,
  position?: number,
): Promise<void> {
  const { table, parentColumn, parentId } = siblings;
  const entity = ORDERED[table];
  // Ties (a node just inserted or moved in) keep their insertion order: rowid breaks them.
  const list = await db
    .createQueryBuilder(entity, 's')
    .select(['s.id', 's.position'])
    .where(`s.${parentColumn} = :parentId`, { parentId })
    .orderBy('s.position')
    .addOrderBy('s.rowid')
    .getMany();
  const ids = list.map((r) => r.id);
  if (id !== null && position !== undefined && ids.includes(id)) {
    ids.splice(ids.indexOf(id), 1);
    ids.splice(Math.min(position, ids.length), 0, id);
  }
  for (const [i, siblingId] of ids.entries()) {
    if (list[i]?.id !== siblingId || list[i]?.position !== i) {
      await db.getRepository(entity).update({ id: siblingId }, { position: i });
    }
  }
}

/** `${prefix}${n}` with n one more than the siblings count, skipping codes already taken. */
export function nextCode(prefix: string, siblingCount: number, taken: ReadonlySet<string>): string {
  let n = siblingCount + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
