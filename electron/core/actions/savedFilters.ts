/** Named filters of the action list, kept in the workspace (names unique, accent-insensitive). */
import {
  actionFilterSchema,
  OPEN_ACTIONS_FILTER,
  type ActionFilter,
} from '../../../shared/contract/actions';
import { DomainError } from '../../../shared/errors';
import { SavedFilterEntity, type SavedFilterRow } from '../db/entities/actions';
import { insertRows, newId, textKey, type WritableDB, type ReadableDB } from '../db/sql';

type StoredFilter = Pick<
  SavedFilterRow,
  'id' | 'name' | 'filter' | 'isDefault' | 'createdAt' | 'updatedAt'
>;

const STORED_FILTER = {
  id: true,
  name: true,
  filter: true,
  isDefault: true,
  createdAt: true,
  updatedAt: true,
} as const;

function toSavedFilter(r: StoredFilter) {
  // Stored filters were valid when saved; one a later version no longer accepts shows as empty.
  const parsed = actionFilterSchema.safeParse(JSON.parse(r.filter));
  return {
    id: r.id,
    name: r.name,
    filter: parsed.success ? parsed.data : {},
    isDefault: r.isDefault === 1,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Whether a saved filter of the action list has this id. */
function filterExists(db: ReadableDB, id: string): Promise<boolean> {
  return db.getRepository(SavedFilterEntity).existsBy({ scope: 'actions', id });
}

export async function listSavedFilters(db: ReadableDB) {
  const found = await db.getRepository(SavedFilterEntity).find({
    select: STORED_FILTER,
    where: { scope: 'actions' },
    order: { nameKey: 'ASC' },
  });
  const items = found.map(toSavedFilter);
  return {
    items,
    defaultFilter: items.find((item) => item.isDefault)?.filter ?? OPEN_ACTIONS_FILTER,
  };
}

/** Marks one saved filter as the list's default view (null: the open actions again). */
export async function setDefaultFilter(db: WritableDB, id: string | null) {
  if (id !== null && !(await filterExists(db, id))) {
    throw new DomainError('NOT_FOUND', 'This saved filter does not exist.', { id });
  }
  const repo = db.getRepository(SavedFilterEntity);
  await repo.update({ scope: 'actions' }, { isDefault: 0 });
  if (id !== null) await repo.update({ id }, { isDefault: 1 });
  return listSavedFilters(db);
}

export async function saveFilter(
  db: WritableDB,
  input: { id?: string; name: string; filter: ActionFilter },
  now: string,
) {
  const nameKey = textKey(input.name) || input.name.toLowerCase();
  const repo = db.getRepository(SavedFilterEntity);
  const clash = await repo.findOne({ select: { id: true }, where: { scope: 'actions', nameKey } });
  if (clash && clash.id !== input.id) {
    throw new DomainError('DUPLICATE', 'A saved filter already has this name.', {
      field: 'name',
    });
  }
  const filter = JSON.stringify(input.filter);
  let id = input.id;
  if (id) {
    if (!(await filterExists(db, id))) {
      throw new DomainError('NOT_FOUND', 'This saved filter does not exist.', { id });
    }
    await repo.update({ id }, { name: input.name, nameKey, filter, updatedAt: now });
  } else {
    id = newId();
    await insertRows(db, SavedFilterEntity, {
      id,
      scope: 'actions',
      name: input.name,
      nameKey,
      filter,
      createdAt: now,
      updatedAt: now,
    });
  }
  const row = await repo.findOne({ select: STORED_FILTER, where: { id } });
  return toSavedFilter(row!);
}

export async function deleteFilter(db: WritableDB, id: string): Promise<{ id: string }> {
  if (!(await filterExists(db, id))) {
    throw new DomainError('NOT_FOUND', 'This saved filter does not exist.', { id });
  }
  await db.getRepository(SavedFilterEntity).delete({ id });
  return { id };
}
