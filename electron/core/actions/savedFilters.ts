/** Named filters of the action list, kept in the workspace (names unique, accent-insensitive). */
import {
  actionFilterSchema,
  OPEN_ACTIONS_FILTER,
  type ActionFilter,
} from '../../../shared/contract/actions';
import { DomainError } from '../../../shared/errors';
import { newId, one, rows, textKey, type Db } from '../db/sql';

interface SavedFilterRow {
  id: string;
  name: string;
  filter: string;
  is_default: number;
  created_at: string;
  updated_at: string;
}

function toSavedFilter(r: SavedFilterRow) {
  // Stored filters were valid when saved; one a later version no longer accepts shows as empty.
  const parsed = actionFilterSchema.safeParse(JSON.parse(r.filter));
  return {
    id: r.id,
    name: r.name,
    filter: parsed.success ? parsed.data : {},
    isDefault: r.is_default === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listSavedFilters(db: Db) {
  const found = await rows<SavedFilterRow>(
    db,
    `SELECT id, name, filter, is_default, created_at, updated_at FROM saved_filters
      WHERE scope = 'actions' ORDER BY name_key`,
  );
  const items = found.map(toSavedFilter);
  return {
    items,
    defaultFilter: items.find((item) => item.isDefault)?.filter ?? OPEN_ACTIONS_FILTER,
  };
}

/** Marks one saved filter as the list's default view (null: the open actions again). */
export async function setDefaultFilter(db: Db, id: string | null) {
  if (id !== null) {
    const existing = await one<{ id: string }>(
      db,
      `SELECT id FROM saved_filters WHERE scope = 'actions' AND id = ?`,
      [id],
    );
    if (!existing) throw new DomainError('NOT_FOUND', 'This saved filter does not exist.', { id });
  }
  await db.query(`UPDATE saved_filters SET is_default = 0 WHERE scope = 'actions'`);
  if (id !== null) await db.query('UPDATE saved_filters SET is_default = 1 WHERE id = ?', [id]);
  return listSavedFilters(db);
}

export async function saveFilter(
  db: Db,
  input: { id?: string; name: string; filter: ActionFilter },
  now: string,
) {
  const nameKey = textKey(input.name) || input.name.toLowerCase();
  const clash = await one<{ id: string }>(
    db,
    `SELECT id FROM saved_filters WHERE scope = 'actions' AND name_key = ?`,
    [nameKey],
  );
  if (clash && clash.id !== input.id) {
    throw new DomainError('DUPLICATE', 'A saved filter already has this name.', {
      field: 'name',
    });
  }
  const filter = JSON.stringify(input.filter);
  let id = input.id;
  if (id) {
    const existing = await one<{ id: string }>(
      db,
      `SELECT id FROM saved_filters WHERE scope = 'actions' AND id = ?`,
      [id],
    );
    if (!existing) throw new DomainError('NOT_FOUND', 'This saved filter does not exist.', { id });
    await db.query(
      'UPDATE saved_filters SET name = ?, name_key = ?, filter = ?, updated_at = ? WHERE id = ?',
      [input.name, nameKey, filter, now, id],
    );
  } else {
    id = newId();
    await db.query(
      `INSERT INTO saved_filters (id, scope, name, name_key, filter, created_at, updated_at)
       VALUES (?, 'actions', ?, ?, ?, ?, ?)`,
      [id, input.name, nameKey, filter, now, now],
    );
  }
  const row = await one<SavedFilterRow>(
    db,
    'SELECT id, name, filter, is_default, created_at, updated_at FROM saved_filters WHERE id = ?',
    [id],
  );
  return toSavedFilter(row!);
}

export async function deleteFilter(db: Db, id: string): Promise<{ id: string }> {
  const existing = await one<{ id: string }>(
    db,
    `SELECT id FROM saved_filters WHERE scope = 'actions' AND id = ?`,
    [id],
  );
  if (!existing) throw new DomainError('NOT_FOUND', 'This saved filter does not exist.', { id });
  await db.query('DELETE FROM saved_filters WHERE id = ?', [id]);
  return { id };
}
