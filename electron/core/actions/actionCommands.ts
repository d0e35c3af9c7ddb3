/**
 * Changing actions: creation from a meeting, edits, progress updates (the history is only
 * ever appended to) and one status for many actions at once.
 */
import type { z } from 'zod';
import type {
  actionAddUpdateSchema,
  actionCreateSchema,
  actionPatchSchema,
} from '../../../shared/contract/actions';
import { completionDate, type ActionStatus } from '../../../shared/domain/actions';
import { DomainError } from '../../../shared/errors';
import { In } from 'typeorm';
import {
  ActionEntity,
  ActionSupportingAgencyEntity,
  ActionUpdateEntity,
  type ActionRow,
} from '../db/entities/actions';
import { insertRows, newId, textKey, type WritableDB } from '../db/sql';
import {
  assertAgency,
  assertFocalPoint,
  assertMeeting,
  assertNotFuture,
  assertSupporting,
  resolveOrigin,
} from './actionChecks';
import { prepareActionLinks } from './actionLinks';
import { findActionState } from './actionQueries';

type ActionCreate = z.output<typeof actionCreateSchema>;
type ActionPatch = z.output<typeof actionPatchSchema>;
type ActionAddUpdate = z.output<typeof actionAddUpdateSchema>;

/** The clock of one change: the entry time and today's date. */
export interface Stamp {
  at: string;
  today: string;
}

async function setSupporting(db: WritableDB, actionId: string, agencyIds: string[]): Promise<void> {
  await db.getRepository(ActionSupportingAgencyEntity).delete({ actionId });
  if (agencyIds.length > 0) {
    await insertRows(
      db,
      ActionSupportingAgencyEntity,
      agencyIds.map((agencyId) => ({ actionId, agencyId })),
    );
  }
}

/** Appends one entry to an action's history. */
async function appendUpdate(
  db: WritableDB,
  actionId: string,
  entry: {
    date: string;
    note: string;
    from: ActionStatus;
    to: ActionStatus;
    meetingId: string | null;
  },
  at: string,
): Promise<void> {
  await insertRows(db, ActionUpdateEntity, {
    id: newId(),
    actionId,
    date: entry.date,
    note: entry.note,
    statusFrom: entry.from,
    statusTo: entry.to,
    meetingId: entry.meetingId,
    createdAt: at,
  });
}

/** Creates an action; returns its id. */
export async function createAction(
  db: WritableDB,
  input: ActionCreate,
  stamp: Stamp,
): Promise<string> {
  const origin = await resolveOrigin(db, input);
  await assertAgency(db, input.ownerAgencyId, 'ownerAgencyId');
  if (input.focalPointId) {
    await assertFocalPoint(db, input.focalPointId, input.ownerAgencyId, stamp.today);
  }
  const supporting = await assertSupporting(
    db,
    input.supportingAgencyIds ?? [],
    input.ownerAgencyId,
  );
  const storeLinks = await prepareActionLinks(db, input);
  const id = newId();
  const status = input.status ?? 'open';
  const description = input.description ?? '';
  await insertRows(db, ActionEntity, {
    id,
    bodyId: origin.bodyId,
    meetingId: origin.meetingId,
    agendaItemId: origin.agendaItemId,
    decisionId: origin.decisionId,
    title: input.title,
    description,
    ownerAgencyId: input.ownerAgencyId,
    focalPointId: input.focalPointId ?? null,
    dueDate: input.dueDate ?? null,
    priority: input.priority ?? 'medium',
    status,
    carriedOver: 0,
    completedAt: status === 'done' ? stamp.today : null,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    searchKey: textKey(`${input.title} ${description}`),
  });
  await setSupporting(db, id, supporting);
  await storeLinks(id);
  return id;
}

export async function updateAction(
  db: WritableDB,
  id: string,
  patch: ActionPatch,
  stamp: Stamp,
): Promise<void> {
  const row = await findActionState(db, id);
  await (
    await prepareActionLinks(db, patch)
  )(id);
  const owner = patch.ownerAgencyId ?? row.ownerAgencyId;
  if (patch.ownerAgencyId && patch.ownerAgencyId !== row.ownerAgencyId) {
    await assertAgency(db, patch.ownerAgencyId, 'ownerAgencyId');
  }
  let focalPointId = patch.focalPointId === undefined ? row.focalPointId : patch.focalPointId;
  if (patch.focalPointId) await assertFocalPoint(db, patch.focalPointId, owner, stamp.today);
  else if (patch.focalPointId === undefined && owner !== row.ownerAgencyId) focalPointId = null;
  if (patch.supportingAgencyIds) {
    await setSupporting(db, id, await assertSupporting(db, patch.supportingAgencyIds, owner));
  } else if (owner !== row.ownerAgencyId) {
    // The new owner may have been a supporting agency: it cannot be both.
    await db.getRepository(ActionSupportingAgencyEntity).delete({ actionId: id, agencyId: owner });
  }
  const status = patch.status ?? row.status;
  if (status !== row.status) {
    await appendUpdate(
      db,
      id,
      { date: stamp.today, note: '', from: row.status, to: status, meetingId: null },
      stamp.at,
    );
  }
  const title = patch.title ?? row.title;
  const description = patch.description ?? row.description;
  await db.getRepository(ActionEntity).update(
    { id },
    {
      title,
      description,
      ownerAgencyId: owner,
      focalPointId,
      dueDate: patch.dueDate === undefined ? row.dueDate : patch.dueDate,
      priority: patch.priority ?? row.priority,
      status,
      completedAt: completionDate(row.status, status, row.completedAt, stamp.today),
      searchKey: textKey(`${title} ${description}`),
      updatedAt: stamp.at,
    },
  );
}

/** Sets the status (and completion date) of an action after an update dated `date`. */
async function applyStatus(
  db: WritableDB,
  row: Pick<ActionRow, 'id' | 'status' | 'completedAt'>,
  status: ActionStatus,
  date: string,
  at: string,
): Promise<void> {
  await db.getRepository(ActionEntity).update(
    { id: row.id },
    {
      status,
      completedAt: completionDate(row.status, status, row.completedAt, date),
      updatedAt: at,
    },
  );
}

export async function addActionUpdate(
  db: WritableDB,
  input: ActionAddUpdate,
  stamp: Stamp,
): Promise<void> {
  const row = await findActionState(db, input.actionId);
  assertNotFuture(input.date, stamp.today, 'date');
  const status = input.status ?? row.status;
  if (input.note.trim() === '' && status === row.status) {
    throw new DomainError('VALIDATION', 'An update needs a note or a new status.', {
      field: 'note',
    });
  }
  if (input.meetingId) await assertMeeting(db, input.meetingId, 'meetingId');
  await appendUpdate(
    db,
    row.id,
    {
      date: input.date,
      note: input.note,
      from: row.status,
      to: status,
      meetingId: input.meetingId ?? null,
    },
    stamp.at,
  );
  await applyStatus(db, row, status, input.date, stamp.at);
}

/** One status for many actions, one history entry each; any unknown id changes nothing. */
export async function bulkSetStatus(
  db: WritableDB,
  input: { ids: string[]; status: ActionStatus; note: string; date?: string },
  stamp: Stamp,
): Promise<{ updated: number; ids: string[] }> {
  const ids = [...new Set(input.ids)];
  const date = input.date ?? stamp.today;
  assertNotFuture(date, stamp.today, 'date');
  const found = await db.getRepository(ActionEntity).find({
    select: { id: true, status: true, completedAt: true },
    where: { id: In(ids) },
  });
  const known = new Set(found.map((r) => r.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) {
    throw new DomainError('NOT_FOUND', 'Some of these action items do not exist.', {
      ids: missing,
    });
  }
  for (const row of found) {
    await appendUpdate(
      db,
      row.id,
      { date, note: input.note, from: row.status, to: input.status, meetingId: null },
      stamp.at,
    );
    await applyStatus(db, row, input.status, date, stamp.at);
  }
  return { updated: ids.length, ids };
}
