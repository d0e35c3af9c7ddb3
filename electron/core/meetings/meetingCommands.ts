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
import { BodyEntity } from '../db/entities/bodies';
import { CorrigendumEntity, MeetingEntity } from '../db/entities/meetings';
import { WorkspaceSettingsEntity } from '../db/entities/workspaceSettings';
import { insertRows, newId, type WritableDB, type ReadableDB } from '../db/sql';
import { applyTemplateItems } from './agendaCommands';
import { recordApproval, type ApprovalInput } from './minutesRecord';
import { editableMeeting, findMeetingRow, listMeetings, type MeetingRow } from './meetingQueries';

type MeetingCreate = z.output<typeof meetingCreateSchema>;
type MeetingPatch = z.output<typeof meetingPatchSchema>;

async function workspaceLanguage(db: ReadableDB): Promise<Language> {
  const [row] = await db
    .getRepository(WorkspaceSettingsEntity)
    .find({ select: { defaultLanguage: true }, take: 1 });
  return row?.defaultLanguage ?? 'en';
}

async function assertBody(db: ReadableDB, bodyId: string): Promise<void> {
  if (!(await db.getRepository(BodyEntity).existsBy({ id: bodyId }))) {
    throw new DomainError('VALIDATION', 'The chosen coordination body does not exist.', {
      field: 'bodyId',
    });
  }
}

async function nextNumber(db: ReadableDB, bodyId: string): Promise<number> {
  const last = await db.getRepository(MeetingEntity).maximum('number', { bodyId });
  return (last ?? 0) + 1;
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
  await insertRows(db, MeetingEntity, {
    id,
    bodyId: input.bodyId,
    number,
    title: input.title ?? '',
    date: input.date,
    startTime: input.startTime ?? '10:00',
    durationMinutes: input.durationMinutes ?? 120,
    location: input.location ?? '',
    videoLink: input.videoLink ?? '',
    language,
    chairName: input.chairName ?? '',
    minuteTaker: input.minuteTaker ?? '',
    status: 'draft',
    seriesId: input.seriesId ?? null,
    createdAt: now,
    updatedAt: now,
  });
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
  await db.getRepository(MeetingEntity).update(
    { id },
    {
      title: patch.title ?? row.title,
      date: patch.date ?? row.date,
      startTime: patch.startTime ?? row.start_time,
      durationMinutes: patch.durationMinutes ?? row.duration_minutes,
      location: patch.location ?? row.location,
      videoLink: patch.videoLink ?? row.video_link,
      language: patch.language ?? row.language,
      chairName: patch.chairName ?? row.chair_name,
      minuteTaker: patch.minuteTaker ?? row.minute_taker,
      closingTime: patch.closingTime !== undefined ? patch.closingTime : row.closing_time,
      updatedAt: now,
    },
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
  await db.getRepository(MeetingEntity).update(
    { id },
    {
      status,
      approvedAt: status === 'minutes_approved' ? now : null,
      heldEarly: AFTER_HELD.includes(status) && heldEarly ? 1 : 0,
      updatedAt: now,
    },
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
  const last = await db.getRepository(MeetingEntity).findOne({
    select: { date: true },
    where: { bodyId: input.bodyId },
    order: { date: 'DESC' },
  });
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
  await insertRows(db, CorrigendumEntity, {
    id: newId(),
    meetingId,
    date,
    text,
    createdAt: now,
  });
}
