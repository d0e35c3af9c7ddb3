/** What is recorded at a meeting: attendance and guests, notes per agenda item, decisions. */
import type { Decision } from '../../../shared/contract/meetings';
import { decisionReference, type AttendanceStatus } from '../../../shared/domain/meetings';
import type { RichDoc } from '../../../shared/domain/richText';
import { DomainError } from '../../../shared/errors';
import {
  likePattern,
  newId,
  one,
  rows,
  textKey,
  type ReadableDB,
  type WritableDB,
} from '../db/sql';
import { Where } from '../db/where';
import { editableItem } from './agendaCommands';
import { writeAttendance } from './attendanceCommands';
import { DECISION_SELECT, toDecision, type DecisionJoinRow } from './decisionRows';
import { bodyCode, editableMeeting } from './meetingQueries';

export async function setAttendance(
  db: WritableDB,
  input: { meetingId: string; agencyId: string; status: AttendanceStatus | null; person: string },
): Promise<void> {
  await editableMeeting(db, input.meetingId);
  const agency = await one<{ id: string }>(db, 'SELECT id FROM agencies WHERE id = ?', [
    input.agencyId,
  ]);
  if (!agency) {
    throw new DomainError('VALIDATION', 'This agency does not exist.', { field: 'agencyId' });
  }
  await writeAttendance(db, input.meetingId, [input]);
}

export async function setGuests(
  db: WritableDB,
  meetingId: string,
  guests: { name: string; organisation: string; role: 'guest' | 'observer' }[],
): Promise<void> {
  await editableMeeting(db, meetingId);
  await db.query('DELETE FROM meeting_guests WHERE meeting_id = ?', [meetingId]);
  for (const [position, g] of guests.entries()) {
    await db.query(
      'INSERT INTO meeting_guests (id, meeting_id, position, name, organisation, role) VALUES (?, ?, ?, ?, ?, ?)',
      [newId(), meetingId, position, g.name, g.organisation, g.role],
    );
  }
}

export async function saveItemNotes(db: WritableDB, itemId: string, notes: RichDoc, now: string) {
  await editableItem(db, itemId);
  await db.query(
    'UPDATE agenda_items SET notes = ?, notes_updated_at = ?, updated_at = ? WHERE id = ?',
    [JSON.stringify(notes), now, now, itemId],
  );
  return { itemId, notesUpdatedAt: now };
}

async function getDecision(db: ReadableDB, id: string): Promise<Decision> {
  const row = await one<DecisionJoinRow>(db, `${DECISION_SELECT} WHERE d.id = ?`, [id]);
  if (!row) throw new DomainError('NOT_FOUND', 'This decision does not exist.', { id });
  return toDecision(row);
}

async function assertItemOfMeeting(
  db: ReadableDB,
  itemId: string | null | undefined,
  meetingId: string,
): Promise<void> {
  if (!itemId) return;
  const item = await one<{ id: string }>(
    db,
    'SELECT id FROM agenda_items WHERE id = ? AND meeting_id = ?',
    [itemId, meetingId],
  );
  if (!item) {
    throw new DomainError('VALIDATION', 'The agenda item is not on this meeting’s agenda.', {
      field: 'agendaItemId',
    });
  }
}

/** Records a decision numbered in its body's sequence for the meeting's year (`TF/2026/07`). */
export async function createDecision(
  db: WritableDB,
  input: { meetingId: string; agendaItemId?: string | null; text: string },
  now: string,
): Promise<Decision> {
  const meeting = await editableMeeting(db, input.meetingId);
  await assertItemOfMeeting(db, input.agendaItemId, meeting.id);
  const body = await one<{ code: string; name: string }>(
    db,
    'SELECT code, name FROM bodies WHERE id = ?',
    [meeting.body_id],
  );
  const year = Number(meeting.date.slice(0, 4));
  const last = await one<{ seq: number | null }>(
    db,
    'SELECT MAX(seq) AS seq FROM decisions WHERE body_id = ? AND year = ?',
    [meeting.body_id, year],
  );
  const seq = (last?.seq ?? 0) + 1;
  const id = newId();
  await db.query(
    `INSERT INTO decisions (id, body_id, meeting_id, agenda_item_id, year, seq, reference, text, text_key,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      meeting.body_id,
      meeting.id,
      input.agendaItemId ?? null,
      year,
      seq,
      decisionReference(bodyCode(body ?? { code: '', name: '' }), year, seq),
      input.text,
      textKey(input.text),
      now,
      now,
    ],
  );
  return getDecision(db, id);
}

export async function updateDecision(
  db: WritableDB,
  id: string,
  patch: { text?: string; agendaItemId?: string | null },
  now: string,
): Promise<Decision> {
  const current = await getDecision(db, id);
  await editableMeeting(db, current.meeting.id);
  await assertItemOfMeeting(db, patch.agendaItemId, current.meeting.id);
  const text = patch.text ?? current.text;
  await db.query(
    'UPDATE decisions SET text = ?, text_key = ?, agenda_item_id = ?, updated_at = ? WHERE id = ?',
    [
      text,
      textKey(text),
      patch.agendaItemId !== undefined ? patch.agendaItemId : (current.agendaItem?.id ?? null),
      now,
      id,
    ],
  );
  return getDecision(db, id);
}

export async function listDecisions(
  db: ReadableDB,
  filter: {
    bodyId?: string;
    meetingId?: string;
    year?: number;
    search?: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: Decision[]; total: number }> {
  const where = new Where()
    .add('d.body_id = ?', [filter.bodyId], Boolean(filter.bodyId))
    .add('d.meeting_id = ?', [filter.meetingId], Boolean(filter.meetingId))
    .add('d.year = ?', [filter.year], Boolean(filter.year));
  // Every word must appear (accent- and case-insensitive) in the text or the reference.
  for (const word of textKey(filter.search ?? '')
    .split(' ')
    .filter(Boolean)) {
    where.add(`(d.text_key LIKE ? ESCAPE '\\' OR lower(d.reference) LIKE ? ESCAPE '\\')`, [
      likePattern(word),
      likePattern(word),
    ]);
  }
  const total = await one<{ n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM decisions d ${where.toString()}`,
    where.params,
  );
  const found = await rows<DecisionJoinRow>(
    db,
    `${DECISION_SELECT} ${where.toString()} ORDER BY d.year DESC, b.name, d.seq DESC LIMIT ? OFFSET ?`,
    [...where.params, filter.limit, filter.offset],
  );
  return { items: found.map(toDecision), total: total?.n ?? 0 };
}
