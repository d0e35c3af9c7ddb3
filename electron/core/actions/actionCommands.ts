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
import { newId, placeholders, rows, textKey, type Db } from '../db/sql';
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

async function setSupporting(db: Db, actionId: string, agencyIds: string[]): Promise<void> {
  await db.query('DELETE FROM action_supporting_agencies WHERE action_id = ?', [actionId]);
  for (const agencyId of agencyIds) {
    await db.query('INSERT INTO action_supporting_agencies (action_id, agency_id) VALUES (?, ?)', [
      actionId,
      agencyId,
    ]);
  }
}

/** Appends one entry to an action's history. */
async function appendUpdate(
  db: Db,
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
  await db.query(
    `INSERT INTO action_updates (id, action_id, date, note, status_from, status_to, meeting_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [newId(), actionId, entry.date, entry.note, entry.from, entry.to, entry.meetingId, at],
  );
}

/** Creates an action; returns its id. */
export async function createAction(db: Db, input: ActionCreate, stamp: Stamp): Promise<string> {
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
  await db.query(
    `INSERT INTO actions (id, body_id, meeting_id, agenda_item_id, decision_id, title, description,
       owner_agency_id, focal_point_id, due_date, priority, status, carried_over, completed_at,
       created_at, updated_at, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
    [
      id,
      origin.bodyId,
      origin.meetingId,
      origin.agendaItemId,
      origin.decisionId,
      input.title,
      description,
      input.ownerAgencyId,
      input.focalPointId ?? null,
      input.dueDate ?? null,
      input.priority ?? 'medium',
      status,
      status === 'done' ? stamp.today : null,
      stamp.at,
      stamp.at,
      textKey(`${input.title} ${description}`),
    ],
  );
  await setSupporting(db, id, supporting);
  await storeLinks(id);
  return id;
}

export async function updateAction(
  db: Db,
  id: string,
  patch: ActionPatch,
  stamp: Stamp,
): Promise<void> {
  const row = await findActionState(db, id);
  await (
    await prepareActionLinks(db, patch)
  )(id);
  const owner = patch.ownerAgencyId ?? row.owner_agency_id;
  if (patch.ownerAgencyId && patch.ownerAgencyId !== row.owner_agency_id) {
    await assertAgency(db, patch.ownerAgencyId, 'ownerAgencyId');
  }
  let focalPointId = patch.focalPointId === undefined ? row.focal_point_id : patch.focalPointId;
  if (patch.focalPointId) await assertFocalPoint(db, patch.focalPointId, owner, stamp.today);
  else if (patch.focalPointId === undefined && owner !== row.owner_agency_id) focalPointId = null;
  if (patch.supportingAgencyIds) {
    await setSupporting(db, id, await assertSupporting(db, patch.supportingAgencyIds, owner));
  } else if (owner !== row.owner_agency_id) {
    // The new owner may have been a supporting agency: it cannot be both.
    await db.query('DELETE FROM action_supporting_agencies WHERE action_id = ? AND agency_id = ?', [
      id,
      owner,
    ]);
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
  await db.query(
    `UPDATE actions SET title = ?, description = ?, owner_agency_id = ?, focal_point_id = ?,
       due_date = ?, priority = ?, status = ?, completed_at = ?, search_key = ?, updated_at = ?
     WHERE id = ?`,
    [
      title,
      description,
      owner,
      focalPointId,
      patch.dueDate === undefined ? row.due_date : patch.dueDate,
      patch.priority ?? row.priority,
      status,
      completionDate(row.status, status, row.completed_at, stamp.today),
      textKey(`${title} ${description}`),
      stamp.at,
      id,
    ],
  );
}

/** Sets the status (and completion date) of an action after an update dated `date`. */
async function applyStatus(
  db: Db,
  row: { id: string; status: ActionStatus; completed_at: string | null },
  status: ActionStatus,
  date: string,
  at: string,
): Promise<void> {
  await db.query('UPDATE actions SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?', [
    status,
    completionDate(row.status, status, row.completed_at, date),
    at,
    row.id,
  ]);
}

export async function addActionUpdate(db: Db, input: ActionAddUpdate, stamp: Stamp): Promise<void> {
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
  db: Db,
  input: { ids: string[]; status: ActionStatus; note: string; date?: string },
  stamp: Stamp,
): Promise<{ updated: number; ids: string[] }> {
  const ids = [...new Set(input.ids)];
  const date = input.date ?? stamp.today;
  assertNotFuture(date, stamp.today, 'date');
  const found = await rows<{ id: string; status: ActionStatus; completed_at: string | null }>(
    db,
    `SELECT id, status, completed_at FROM actions WHERE id IN (${placeholders(ids)})`,
    ids,
  );
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
