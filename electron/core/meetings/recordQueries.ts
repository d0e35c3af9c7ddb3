/**
 * Reading a meeting's official record around its minutes: how they were adopted (date and
 * adopting meeting, and whether the frozen snapshot exists). What was circulated to whom is
 * read with the meeting's header (meetingQueries.ts).
 */
import type { MeetingStatus } from '../../../shared/domain/meetings';
import { MinutesRecordEntity, type MinutesRecordRow } from '../db/entities/meetings';
import type { ReadableDB } from '../db/sql';

export function minutesRecordRow(
  db: ReadableDB,
  meetingId: string,
): Promise<MinutesRecordRow | null> {
  return db.getRepository(MinutesRecordEntity).findOneBy({ meetingId });
}

/** The approval of approved minutes; a meeting approved without a row (demo data) uses its approval time. */
export async function approvalOf(
  db: ReadableDB,
  row: { id: string; status: MeetingStatus; approved_at: string | null; updated_at: string },
): Promise<{ date: string; adoptedAtId: string | null; frozen: boolean } | null> {
  if (row.status !== 'minutes_approved') return null;
  const record = await minutesRecordRow(db, row.id);
  if (!record) {
    return {
      date: (row.approved_at ?? row.updated_at).slice(0, 10),
      adoptedAtId: null,
      frozen: false,
    };
  }
  return {
    date: record.approvalDate,
    adoptedAtId: record.adoptedAtMeetingId,
    frozen: record.snapshot !== null,
  };
}
