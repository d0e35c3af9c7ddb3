/**
 * Reading a meeting's official record around its minutes: how they were adopted (date and
 * adopting meeting, and whether the frozen snapshot exists) and what was circulated to whom.
 */
import type { Circulation } from '../../../shared/contract/meetings';
import type { MeetingStatus } from '../../../shared/domain/meetings';
import { one, rows, type ReadableDB } from '../db/sql';

export interface MinutesRecordRow {
  meeting_id: string;
  approval_date: string;
  adopted_at_meeting_id: string | null;
  snapshot: string | null;
  snapshot_source: 'approval' | 'first_export' | null;
  snapshot_taken_at: string | null;
  recorded_at: string;
}

export function minutesRecordRow(db: ReadableDB, meetingId: string) {
  return one<MinutesRecordRow>(db, 'SELECT * FROM minutes_records WHERE meeting_id = ?', [
    meetingId,
  ]);
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
    date: record.approval_date,
    adoptedAtId: record.adopted_at_meeting_id,
    frozen: record.snapshot !== null,
  };
}

export async function circulationsOf(db: ReadableDB, meetingId: string): Promise<Circulation[]> {
  const found = await rows<{
    id: string;
    kind: Circulation['kind'];
    documents: string;
    recipients: string;
    circulated_at: string;
  }>(db, 'SELECT * FROM circulations WHERE meeting_id = ? ORDER BY circulated_at DESC, id', [
    meetingId,
  ]);
  return found.map((c) => ({
    id: c.id,
    kind: c.kind,
    documents: JSON.parse(c.documents) as string[],
    recipients: JSON.parse(c.recipients) as Circulation['recipients'],
    circulatedAt: c.circulated_at,
  }));
}
