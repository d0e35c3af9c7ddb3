/**
 * Attendance in bulk: several agencies in one write ("everyone present") and a copy of the
 * same body's previous meeting. Each runs inside the caller's transaction: a refusal (locked
 * meeting, unknown agency, nothing to copy) leaves the attendance as it was.
 */
import type { AttendanceStatus } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { one, rows, type WritableDB } from '../db/sql';
import { editableMeeting } from './meetingQueries';

export interface AttendanceEntryInput {
  agencyId: string;
  /** null clears the entry. */
  status: AttendanceStatus | null;
  person: string;
}

/** Upserts (or, for a null status, clears) each entry; no checks (the callers make them). */
export async function writeAttendance(
  db: WritableDB,
  meetingId: string,
  entries: AttendanceEntryInput[],
) {
  for (const entry of entries) {
    if (entry.status === null) {
      await db.query('DELETE FROM attendance WHERE meeting_id = ? AND agency_id = ?', [
        meetingId,
        entry.agencyId,
      ]);
      continue;
    }
    await db.query(
      `INSERT INTO attendance (meeting_id, agency_id, status, person) VALUES (?, ?, ?, ?)
       ON CONFLICT (meeting_id, agency_id) DO UPDATE SET status = excluded.status, person = excluded.person`,
      [meetingId, entry.agencyId, entry.status, entry.person],
    );
  }
}

export async function setAttendanceMany(
  db: WritableDB,
  meetingId: string,
  entries: AttendanceEntryInput[],
): Promise<void> {
  await editableMeeting(db, meetingId);
  const ids = [...new Set(entries.map((e) => e.agencyId))];
  const known = await rows<{ id: string }>(
    db,
    `SELECT id FROM agencies WHERE id IN (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  if (known.length !== ids.length) {
    const found = new Set(known.map((k) => k.id));
    throw new DomainError('VALIDATION', 'This agency does not exist.', {
      field: 'entries',
      agencyId: ids.find((id) => !found.has(id)),
    });
  }
  await writeAttendance(
    db,
    meetingId,
    entries.map((e) => ({ ...e, person: e.status === null ? '' : e.person })),
  );
}

/** Copies the previous meeting's attendance (by number, same body); returns how many rows. */
export async function copyPreviousAttendance(db: WritableDB, meetingId: string): Promise<number> {
  const meeting = await editableMeeting(db, meetingId);
  const previous = await one<{ id: string }>(
    db,
    'SELECT id FROM meetings WHERE body_id = ? AND number < ? ORDER BY number DESC LIMIT 1',
    [meeting.body_id, meeting.number],
  );
  if (!previous) {
    throw new DomainError(
      'VALIDATION',
      'This is the body’s first meeting: there is none before it.',
      {
        field: 'meetingId',
      },
    );
  }
  const recorded = await rows<{ agency_id: string; status: AttendanceStatus; person: string }>(
    db,
    'SELECT agency_id, status, person FROM attendance WHERE meeting_id = ? ORDER BY agency_id',
    [previous.id],
  );
  if (recorded.length === 0) {
    throw new DomainError('VALIDATION', 'No attendance was recorded at the previous meeting.', {
      field: 'meetingId',
      previousMeetingId: previous.id,
    });
  }
  await db.query('DELETE FROM attendance WHERE meeting_id = ?', [meetingId]);
  await writeAttendance(
    db,
    meetingId,
    recorded.map((r) => ({ agencyId: r.agency_id, status: r.status, person: r.person })),
  );
  return recorded.length;
}
