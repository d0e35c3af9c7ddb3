/**
 * Order and codes among siblings: placing a node at a position renumbers its siblings 0…n−1,
 * and a new node without a code gets its parent's code plus the next number.
 */
import { rows, type ReadableDB } from '../db/sql';

export interface Siblings {
  table: 'nap_pillars' | 'nap_objectives' | 'nap_activities' | 'nap_indicators';
  /** The column and value that make the siblings (e.g. objective_id = …). */
  parentColumn: string;
  parentId: string;
}

/**
 * Renumbers the siblings 0…n−1 in their order, first moving `id` to `position` when both are
 * given (a new node inserted with a high position ends up last).
 */
export async function placeNode(
  db: ReadableDB,
  siblings: Siblings,
  id: string | null,
  position?: number,
): Promise<void> {
  const { table, parentColumn, parentId } = siblings;
  const list = await rows<{ id: string; position: number }>(
    db,
    `SELECT id, position FROM ${table} WHERE ${parentColumn} = ? ORDER BY position, rowid`,
    [parentId],
  );
  const ids = list.map((r) => r.id);
  if (id !== null && position !== undefined && ids.includes(id)) {
    ids.splice(ids.indexOf(id), 1);
    ids.splice(Math.min(position, ids.length), 0, id);
  }
  for (const [i, siblingId] of ids.entries()) {
    if (list[i]?.id !== siblingId || list[i]?.position !== i) {
      await db.query(`UPDATE ${table} SET position = ? WHERE id = ?`, [i, siblingId]);
    }
  }
}

/** `${prefix}${n}` with n one more than the siblings count, skipping codes already taken. */
export function nextCode(prefix: string, siblingCount: number, taken: ReadonlySet<string>): string {
  let n = siblingCount + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
