/** What is recorded at a meeting: attendance and guests, notes per agenda item, decisions. */
import type { Decision } from '../../../shared/contract/meetings';
import { decisionReference, type AttendanceStatus } from '../../../shared/domain/meetings';
import type { RichDoc } from '../../../shared/domain/richText';
import { DomainError } from '../../../shared/errors';
import { AgencyEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import { DecisionEntity } from '../db/entities/decisions';
import { AgendaItemEntity, MeetingGuestEntity } from '../db/entities/meetings';
import {
  insertRows,
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
  if (!(await db.getRepository(AgencyEntity).existsBy({ id: input.agencyId }))) {
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
  await db.getRepository(MeetingGuestEntity).delete({ meetingId });
  if (guests.length === 0) return;
  await insertRows(
    db,
    MeetingGuestEntity,
    guests.map((g, position) => ({
      id: newId(),
      meetingId,
      position,
      name: g.name,
      organisation: g.organisation,
      role: g.role,
    })),
  );
}

export async function saveItemNotes(db: WritableDB, itemId: string, notes: RichDoc, now: string) {
  await editableItem(db, itemId);
  await db
    .getRepository(AgendaItemEntity)
    .update({ id: itemId }, { notes: JSON.stringify(notes), notesUpdatedAt: now, updatedAt: now });
  return { itemId, notesUpdatedAt: now };
}

/** Hot query (decisions:create, decisions:update): one decision with its body, meeting and item. */
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
  if (!(await db.getRepository(AgendaItemEntity).existsBy({ id: itemId, meetingId }))) {
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
  const body = await db
    .getRepository(BodyEntity)
    .findOne({ select: { code: true, name: true }, where: { id: meeting.body_id } });
  const year = Number(meeting.date.slice(0, 4));
  const last = await db
    .getRepository(DecisionEntity)
    .maximum('seq', { bodyId: meeting.body_id, year });
  const seq = (last ?? 0) + 1;
  const id = newId();
  await insertRows(db, DecisionEntity, {
    id,
    bodyId: meeting.body_id,
    meetingId: meeting.id,
    agendaItemId: input.agendaItemId ?? null,
    year,
    seq,
    reference: decisionReference(bodyCode(body ?? { code: '', name: '' }), year, seq),
    text: input.text,
    textKey: textKey(input.text),
    createdAt: now,
    updatedAt: now,
  });
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
  await db.getRepository(DecisionEntity).update(
    { id },
    {
      text,
      textKey: textKey(text),
      agendaItemId:
        patch.agendaItemId !== undefined ? patch.agendaItemId : (current.agendaItem?.id ?? null),
      updatedAt: now,
    },
  );
  return getDecision(db, id);
}

/** How many decisions pass the list's filters. */
export interface DecisionCountRow {
  n: number;
}

/** Hot query (decisions:list): decisions filtered by body, meeting, year and words, paged. */
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
  const total = await one<DecisionCountRow>(
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
