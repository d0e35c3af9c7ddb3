/**
 * Reading a meeting's official record around its minutes: how they were adopted (date and
 * adopting meeting, and whether the frozen snapshot exists) and what was circulated to whom.
 */
import type { Circulation } from '../../../shared/contract/meetings';
import type { MeetingStatus } from '../../../shared/domain/meetings';
import {
  CirculationEntity,
  MinutesRecordEntity,
  type MinutesRecordRow,
} from '../db/entities/meetings';
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

export async function circulationsOf(db: ReadableDB, meetingId: string): Promise<Circulation[]> {
  const found = await db.getRepository(CirculationEntity).find({
    where: { meetingId },
    order: { circulatedAt: 'DESC', id: 'ASC' },
  });
  return found.map((c) => ({
    id: c.id,
    kind: c.kind,
    documents: JSON.parse(c.documents) as string[],
    recipients: JSON.parse(c.recipients) as Circulation['recipients'],
    circulatedAt: c.circulatedAt,
  }));
}
