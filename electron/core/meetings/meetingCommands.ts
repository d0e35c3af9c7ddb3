/**
 * Changing meetings: creation (numbered per body), edits, the status workflow, series of
 * future meetings and corrigenda to approved minutes.
 */
import type { z } from 'zod';
import type {
  meetingCreateSchema,
  meetingPatchSchema,
  recurrenceSchema,
} from '../../../shared/contract/meetings';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/domain/agendaTemplate';
import type { Language } from '../../../shared/domain/languages';
import { canMoveStatus, isLocked, type MeetingStatus } from '../../../shared/domain/meetings';
import { nextDates } from '../../../shared/domain/recurrence';
import { DomainError } from '../../../shared/errors';
import { newId, one, type WritableDB, type ReadableDB } from '../db/sql';
import { applyTemplateItems } from './agendaCommands';
import { recordApproval, type ApprovalInput } from './minutesRecord';
import { editableMeeting, findMeetingRow, listMeetings, type MeetingRow } from './meetingQueries';

type MeetingCreate = z.output<typeof meetingCreateSchema>;
type MeetingPatch = z.output<typeof meetingPatchSchema>;

async function workspaceLanguage(db: ReadableDB): Promise<Language> {
  const row = await one<{ default_language: Language }>(
    db,
    'SELECT default_language FROM workspace_settings LIMIT 1',
  );
  return row?.default_language ?? 'en';
}

async function assertBody(db: ReadableDB, bodyId: string): Promise<void> {
  const body = await one<{ id: string }>(db, 'SELECT id FROM bodies WHERE id = ?', [bodyId]);
  if (!body) {
    throw new DomainError('VALIDATION', 'The chosen coordination body does not exist.', {
      field: 'bodyId',
    });
  }
}

async function nextNumber(db: ReadableDB, bodyId: string): Promise<number> {
  const row = await one<{ n: number | null }>(
    db,
    'SELECT MAX(number) AS n FROM meetings WHERE body_id = ?',
    [bodyId],
  );
  return (row?.n ?? 0) + 1;
}

/** Creates one meeting; returns its id. */
export async function insertMeeting(
  db: WritableDB,
  input: MeetingCreate & { seriesId?: string },
  now: string,
): Promise<string> {
  await assertBody(db, input.bodyId);
  const number = await nextNumber(db, input.bodyId);
  const language = input.language ?? (await workspaceLanguage(db));
  const id = newId();
  await db.query(
    `INSERT INTO meetings (id, body_id, number, title, date, start_time, duration_minutes, location,
       video_link, language, chair_name, minute_taker, status, series_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
    [
      id,
      input.bodyId,
      number,
      input.title ?? '',
      input.date,
      input.startTime ?? '10:00',
      input.durationMinutes ?? 120,
      input.location ?? '',
      input.videoLink ?? '',
      language,
      input.chairName ?? '',
      input.minuteTaker ?? '',
      input.seriesId ?? null,
      now,
      now,
    ],
  );
  if (input.templateId) await applyTemplateItems(db, id, input.templateId, false, now);
  return id;
}

export async function updateMeeting(
  db: WritableDB,
  id: string,
  patch: MeetingPatch,
  now: string,
): Promise<void> {
  const row = await editableMeeting(db, id);
  await db.query(
    `UPDATE meetings SET title = ?, date = ?, start_time = ?, duration_minutes = ?, location = ?,
       video_link = ?, language = ?, chair_name = ?, minute_taker = ?, closing_time = ?, updated_at = ? WHERE id = ?`,
    [
      patch.title ?? row.title,
      patch.date ?? row.date,
      patch.startTime ?? row.start_time,
      patch.durationMinutes ?? row.duration_minutes,
      patch.location ?? row.location,
      patch.videoLink ?? row.video_link,
      patch.language ?? row.language,
      patch.chairName ?? row.chair_name,
      patch.minuteTaker ?? row.minute_taker,
      patch.closingTime !== undefined ? patch.closingTime : row.closing_time,
      now,
      id,
    ],
  );
}

/** Hook run when a meeting's minutes become drafted (carry-over of open actions). */
export type StatusHook = (db: WritableDB, meeting: MeetingRow, now: string) => Promise<void>;

export interface StatusOptions extends ApprovalInput {
  /** Confirms that a meeting whose date has not come was held early (recorded). */
  heldEarly?: boolean;
  /** The workspace's today (YYYY-MM-DD). */
  today: string;
  onMinutesDrafted?: StatusHook;
}

const AFTER_HELD: readonly MeetingStatus[] = ['held', 'minutes_drafted', 'minutes_approved'];

export async function setMeetingStatus(
  db: WritableDB,
  id: string,
  status: MeetingStatus,
  now: string,
  options: StatusOptions,
): Promise<void> {
  const row = await findMeetingRow(db, id);
  if (row.status === status) return;
  if (isLocked(row.status)) {
    throw new DomainError('LOCKED_RECORD', 'The minutes of this meeting are approved and locked.', {
      meetingId: id,
    });
  }
  if (!canMoveStatus(row.status, status)) {
    throw new DomainError(
      'VALIDATION',
      'A meeting moves one step at a time through its workflow.',
      {
        field: 'status',
        from: row.status,
        to: status,
      },
    );
  }
  const heldEarly = status === 'held' ? Boolean(options.heldEarly) : row.held_early === 1;
  if (AFTER_HELD.includes(status) && row.date > options.today && !heldEarly) {
    throw new DomainError(
      'VALIDATION',
      'This meeting’s date has not come yet: it cannot be marked held unless it was held early.',
      { field: 'status', reason: 'future_meeting', date: row.date },
    );
  }
  await db.query(
    'UPDATE meetings SET status = ?, approved_at = ?, held_early = ?, updated_at = ? WHERE id = ?',
    [
      status,
      status === 'minutes_approved' ? now : null,
      AFTER_HELD.includes(status) && heldEarly ? 1 : 0,
      now,
      id,
    ],
  );
  if (status === 'minutes_approved') {
    await recordApproval(db, { ...row, status }, options, options.today, now);
  }
  if (status === 'minutes_drafted' && options.onMinutesDrafted) {
    await options.onMinutesDrafted(db, { ...row, status }, now);
  }
}

type SeriesInput = {
  bodyId: string;
  after?: string;
  recurrence: z.output<typeof recurrenceSchema>;
  count: number;
  startTime?: string;
  durationMinutes?: number;
  location?: string;
  videoLink?: string;
  language?: Language;
  templateId?: string | null;
};

/** A series after `input.after`, else after the body's last meeting, else after `today`. */
export async function createSeries(db: WritableDB, input: SeriesInput, now: Date, today: string) {
  await assertBody(db, input.bodyId);
  const last = await one<{ date: string | null }>(
    db,
    'SELECT MAX(date) AS date FROM meetings WHERE body_id = ?',
    [input.bodyId],
  );
  const after = input.after ?? last?.date ?? today;
  const seriesId = newId();
  const ids = new Set<string>();
  const dates = nextDates(input.recurrence, after, input.count);
  if (dates.length < input.count) {
    throw new DomainError('VALIDATION', 'This series would run past the year 9999.', {
      field: 'count',
    });
  }
  for (const date of dates) {
    ids.add(
      await insertMeeting(
        db,
        {
          bodyId: input.bodyId,
          date,
          startTime: input.startTime,
          durationMinutes: input.durationMinutes,
          location: input.location,
          videoLink: input.videoLink,
          language: input.language,
          templateId: input.templateId === undefined ? DEFAULT_TEMPLATE_ID : input.templateId,
          seriesId,
        },
        now.toISOString(),
      ),
    );
  }
  const { items } = await listMeetings(db, { bodyId: input.bodyId, from: dates[0] });
  return { items: items.filter((m) => ids.has(m.id)).sort((a, b) => a.number - b.number) };
}

/** Adds a corrigendum to approved minutes, dated `date` or else today. */
export async function addCorrigendum(
  db: WritableDB,
  meetingId: string,
  input: { date?: string; text: string },
  today: string,
  now: string,
): Promise<void> {
  const { text } = input;
  const date = input.date ?? today;
  const row = await findMeetingRow(db, meetingId);
  if (!isLocked(row.status)) {
    throw new DomainError(
      'VALIDATION',
      'Corrigenda are for approved minutes; edit the draft minutes directly.',
      { field: 'meetingId' },
    );
  }
  if (date < row.date) {
    throw new DomainError('VALIDATION', 'A corrigendum cannot be dated before the meeting.', {
      field: 'date',
    });
  }
  await db.query(
    'INSERT INTO corrigenda (id, meeting_id, date, text, created_at) VALUES (?, ?, ?, ?, ?)',
    [newId(), meetingId, date, text, now],
  );
}
