/**
 * The frozen record of approved minutes. Approving minutes stores, in the workspace, a snapshot
 * of everything the minutes print (attendance, notes, decisions, actions as they stood on the
 * meeting's date); approved minutes are always rendered from it, with the corrigenda — the only
 * change an approved record accepts — and the approval read alongside.
 *
 * Meetings approved before the snapshot existed (migrated workspaces, demo data) get theirs
 * lazily: the first export of their minutes takes it (`ensureMinutesSnapshot`, run in a write
 * before the export reads), recorded with source 'first_export'.
 */
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { isLocked } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { MeetingEntity, MinutesRecordEntity } from '../db/entities/meetings';
import { insertRows, type ReadableDB, type WritableDB } from '../db/sql';
import { minutesData, type MinutesData } from '../exports/exportData';
import { getMeeting, type MeetingRow } from './meetingQueries';
import { minutesRecordRow } from './recordQueries';

/** What is stored: the minutes' data without what may still change (corrigenda, approval). */
function frozen(data: MinutesData): MinutesData {
  return {
    ...data,
    meeting: {
      ...data.meeting,
      corrigenda: [],
      approval: null,
      circulations: [],
      agenda: data.meeting.agenda.map((item) => ({ ...item, actionReview: null })),
    },
  };
}

async function storeSnapshot(
  db: WritableDB,
  meetingId: string,
  source: 'approval' | 'first_export',
  now: string,
): Promise<void> {
  const data = frozen(await minutesData(db, meetingId));
  await db
    .getRepository(MinutesRecordEntity)
    .update(
      { meetingId },
      { snapshot: JSON.stringify(data), snapshotSource: source, snapshotTakenAt: now },
    );
}

export interface ApprovalInput {
  approvalDate?: string;
  adoptedAtMeetingId?: string;
}

function invalid(field: string, message: string): never {
  throw new DomainError('VALIDATION', message, { field });
}

/**
 * Records the approval of a meeting's minutes (date: default today, neither before the meeting
 * nor in the future; optionally the adopting meeting, of the same body, not before it) and
 * freezes what they print. Run after the status is set to approved, in the same write.
 */
export async function recordApproval(
  db: WritableDB,
  meeting: MeetingRow,
  input: ApprovalInput,
  today: string,
  now: string,
): Promise<void> {
  const date = input.approvalDate ?? today;
  if (date < meeting.date) {
    invalid('approvalDate', 'Minutes cannot be approved before the meeting took place.');
  }
  if (date > today) invalid('approvalDate', 'An approval cannot be dated in the future.');
  const adoptingId = input.adoptedAtMeetingId ?? null;
  if (adoptingId) {
    const adopting = await db
      .getRepository(MeetingEntity)
      .findOne({ select: { bodyId: true, date: true }, where: { id: adoptingId } });
    if (!adopting || adoptingId === meeting.id) {
      invalid('adoptedAtMeetingId', 'Choose the later meeting that adopted these minutes.');
    }
    if (adopting.bodyId !== meeting.body_id) {
      invalid('adoptedAtMeetingId', 'Minutes are adopted by a meeting of the same body.');
    }
    if (adopting.date < meeting.date || adopting.date > date) {
      invalid(
        'adoptedAtMeetingId',
        'The adopting meeting is held after this one and on or before the approval date.',
      );
    }
  }
  // Raw SQL: an UPSERT (ON CONFLICT … DO UPDATE) replaces an earlier approval in one statement.
  await db.query(
    `INSERT INTO minutes_records (meeting_id, approval_date, adopted_at_meeting_id, recorded_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET approval_date = excluded.approval_date,
       adopted_at_meeting_id = excluded.adopted_at_meeting_id, recorded_at = excluded.recorded_at`,
    [meeting.id, date, adoptingId, now],
  );
  await storeSnapshot(db, meeting.id, 'approval', now);
}

/**
 * Takes the snapshot of approved minutes that have none yet (approved before snapshots
 * existed). Returns whether one was taken; a no-op for minutes not approved or already frozen.
 */
export async function ensureMinutesSnapshot(db: WritableDB, meetingId: string, now: string) {
  const row = await db.getRepository(MeetingEntity).findOne({
    select: { status: true, approvedAt: true, updatedAt: true },
    where: { id: meetingId },
  });
  if (!row || !isLocked(row.status)) return false;
  const record = await minutesRecordRow(db, meetingId);
  if (record?.snapshot) return false;
  if (!record) {
    const at = row.approvedAt ?? row.updatedAt;
    await insertRows(db, MinutesRecordEntity, {
      meetingId,
      approvalDate: at.slice(0, 10),
      recordedAt: at,
    });
  }
  await storeSnapshot(db, meetingId, 'first_export', now);
  return true;
}

/** Whether the minutes of this meeting are approved but not frozen yet. */
export async function needsMinutesSnapshot(db: ReadableDB, meetingId: string): Promise<boolean> {
  const row = await db
    .getRepository(MeetingEntity)
    .findOne({ select: { status: true }, where: { id: meetingId } });
  if (!row || !isLocked(row.status)) return false;
  return !(await minutesRecordRow(db, meetingId))?.snapshot;
}

/**
 * What the minutes print: the frozen snapshot for approved minutes (with today's corrigenda
 * and the approval), the live data for minutes still in draft.
 */
export async function recordedMinutesData(db: ReadableDB, meetingId: string): Promise<MinutesData> {
  const record = await minutesRecordRow(db, meetingId);
  if (!record?.snapshot) return minutesData(db, meetingId);
  const live: MeetingDetail = await getMeeting(db, meetingId);
  if (!isLocked(live.status)) return minutesData(db, meetingId);
  const stored = JSON.parse(record.snapshot) as MinutesData;
  return {
    ...stored,
    meeting: { ...stored.meeting, corrigenda: live.corrigenda, approval: live.approval },
  };
}
