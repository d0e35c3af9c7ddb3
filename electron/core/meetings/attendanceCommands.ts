/**
 * Attendance in bulk: several agencies in one write ("everyone present") and a copy of the
 * same body's previous meeting. Each runs inside the caller's transaction: a refusal (locked
 * meeting, unknown agency, nothing to copy) leaves the attendance as it was.
 */
import type { AttendanceStatus } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { In, LessThan } from 'typeorm';
import { AgencyEntity } from '../db/entities/agencies';
import { AttendanceEntity, MeetingEntity } from '../db/entities/meetings';
import type { WritableDB } from '../db/sql';
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
      await db.getRepository(AttendanceEntity).delete({ meetingId, agencyId: entry.agencyId });
      continue;
    }
    // Raw SQL: an UPSERT (ON CONFLICT … DO UPDATE) keeps the entry in one statement.
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
  const known = await db
    .getRepository(AgencyEntity)
    .find({ select: { id: true }, where: { id: In(ids) } });
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
  const previous = await db.getRepository(MeetingEntity).findOne({
    select: { id: true },
    where: { bodyId: meeting.body_id, number: LessThan(meeting.number) },
    order: { number: 'DESC' },
  });
  if (!previous) {
    throw new DomainError(
      'VALIDATION',
      'This is the body’s first meeting: there is none before it.',
      {
        field: 'meetingId',
      },
    );
  }
  const recorded = await db.getRepository(AttendanceEntity).find({
    select: { agencyId: true, status: true, person: true },
    where: { meetingId: previous.id },
    order: { agencyId: 'ASC' },
  });
  if (recorded.length === 0) {
    throw new DomainError('VALIDATION', 'No attendance was recorded at the previous meeting.', {
      field: 'meetingId',
      previousMeetingId: previous.id,
    });
  }
  await db.getRepository(AttendanceEntity).delete({ meetingId });
  await writeAttendance(
    db,
    meetingId,
    recorded.map((r) => ({ agencyId: r.agencyId, status: r.status, person: r.person })),
  );
  return recorded.length;
}
