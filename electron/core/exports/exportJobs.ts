/**
 * The jobs of the exports slice: for each document, what it needs read in one read transaction
 * (meeting, actions, letters, decisions, letterhead), as a builder, its arguments and its file
 * name. Building them is exportBuilds.ts; the handler map is exportHandlers.ts.
 */
import type { MEETING_DOCUMENTS } from '../../../shared/contract/exports';
import { XLSX_MIME } from '../../../shared/contract/exports';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { addDays, daysBetween } from '../../../shared/domain/actions';
import type { Language } from '../../../shared/domain/languages';
import { isLocked } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { BodyEntity } from '../db/entities/bodies';
import { SETTINGS_ROW_ID, WorkspaceSettingsEntity } from '../db/entities/workspaceSettings';
import type { ReadableDB } from '../db/sql';
import { listDecisions } from '../meetings/recordCommands';
import type { WorkspaceService } from '../workspace/workspaceService';
import type { BuilderArgs, BuilderName } from './builders';
import {
  ensureMinutesSnapshot,
  needsMinutesSnapshot,
  recordedMinutesData,
} from '../meetings/minutesRecord';
import { letterheadOf, openActions } from './exportData';
import { followUpLetters } from './followUpLetters';
import { exportFileName } from './fileNames';

async function workspaceLanguage(db: ReadableDB): Promise<Language> {
  const row = await db.getRepository(WorkspaceSettingsEntity).findOne({
    select: { defaultLanguage: true },
    where: { id: SETTINGS_ROW_ID },
  });
  return row?.defaultLanguage ?? 'en';
}

async function bodyName(db: ReadableDB, bodyId: string | undefined): Promise<string> {
  if (!bodyId) return '';
  const row = await db
    .getRepository(BodyEntity)
    .findOne({ select: { name: true }, where: { id: bodyId } });
  if (!row)
    throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', { bodyId });
  return row.name;
}

/** What goes in the one e-mail to every member: everything but agencies' own letters. */
export type DocumentForAll = Exclude<(typeof MEETING_DOCUMENTS)[number], 'agencyFollowUp'>;

/** A build to run: the builder, its arguments and the file name — all read in one transaction. */
export interface Job<K extends BuilderName = BuilderName> {
  name: K;
  args: BuilderArgs<K>;
  fileName: string;
  /** Default: a Word document. */
  mimeType?: string;
}

/** The job makers of the slice, for one workspace and clock. */
export function exportJobs(workspace: WorkspaceService, now: () => Date) {
  const author = async (db: ReadableDB) => (await letterheadOf(db)).taskForceName;

  /** Approved minutes without a snapshot yet (from before snapshots) are frozen first. */
  const freezeIfNeeded = async (meetingId: string) => {
    if (await workspace.read((db) => needsMinutesSnapshot(db, meetingId))) {
      await workspace.write((db) => ensureMinutesSnapshot(db, meetingId, now().toISOString()));
    }
  };

  const minutesJob = async (
    db: ReadableDB,
    meetingId: string,
    language: Language | undefined,
    draft: boolean | undefined,
    includeRestricted: boolean,
  ): Promise<Job<'minutes'>> => {
    const data = await recordedMinutesData(db, meetingId);
    const m = data.meeting;
    const lang = language ?? m.language;
    return {
      name: 'minutes',
      args: [
        data,
        { ...(await letterheadOf(db)), restricted: includeRestricted },
        {
          language: lang,
          includeRestricted,
          draft: draft ?? !isLocked(m.status),
          author: await author(db),
          now: now(),
        },
      ],
      fileName: exportFileName('minutes', lang, [m.bodyName, m.number, m.date], {
        restricted: includeRestricted,
      }),
    };
  };

  const agendaJob = async (
    db: ReadableDB,
    m: MeetingDetail,
    language: Language | undefined,
    draft: boolean | undefined,
  ): Promise<Job<'agenda'>> => {
    const lang = language ?? m.language;
    return {
      name: 'agenda',
      args: [
        m,
        await letterheadOf(db),
        { language: lang, draft: draft ?? false, author: await author(db), now: now() },
      ],
      fileName: exportFileName('agenda', lang, [m.bodyName, m.number, m.date]),
    };
  };

  const trackerJob = async (
    db: ReadableDB,
    bodyId: string | undefined,
    language: Language | undefined,
    /** The Excel workbook instead of the Word document (same rows and columns). */
    sheet = false,
  ): Promise<Job<'actionTracker' | 'actionTrackerSheet'>> => {
    const lang = language ?? (await workspaceLanguage(db));
    const today = workspace.dayOf(now());
    const scope = await bodyName(db, bodyId);
    return {
      name: sheet ? 'actionTrackerSheet' : 'actionTracker',
      args: [
        await openActions(db, { bodyId }, today),
        await letterheadOf(db),
        {
          language: lang,
          scope,
          today,
          author: await author(db),
          now: now(),
        },
      ],
      fileName: exportFileName(sheet ? 'actionTrackerSheet' : 'actionTracker', lang, [
        scope,
        today,
      ]),
      ...(sheet ? { mimeType: XLSX_MIME } : {}),
    };
  };

  const followUpJob = async (
    db: ReadableDB,
    input: { bodyId?: string; agencyIds?: string[]; replyBy?: string; language?: Language },
  ): Promise<Job<'followUp'>> => {
    const lang = input.language ?? (await workspaceLanguage(db));
    const today = workspace.dayOf(now());
    const replyBy = input.replyBy ?? addDays(today, 14);
    if (daysBetween(today, replyBy) < 0) {
      throw new DomainError('VALIDATION', 'The reply date cannot be in the past.', {
        field: 'replyBy',
      });
    }
    const { letters, sender } = await followUpLetters(db, input, today);
    return {
      name: 'followUp',
      args: [
        letters,
        await letterheadOf(db),
        { language: lang, today, replyBy, sender, author: await author(db), now: now() },
      ],
      fileName: exportFileName('followUp', lang, [today]),
    };
  };

  const registerJob = async (
    db: ReadableDB,
    bodyId: string | undefined,
    year: number | undefined,
    language: Language | undefined,
    includeRestricted: boolean,
  ): Promise<Job<'decisionRegister'>> => {
    const lang = language ?? (await workspaceLanguage(db));
    const decisions = [];
    for (let offset = 0; ; offset += 500) {
      const page = await listDecisions(db, { bodyId, year, limit: 500, offset });
      decisions.push(...page.items);
      if (decisions.length >= page.total || page.items.length === 0) break;
    }
    const scope = [await bodyName(db, bodyId), year ? String(year) : ''].filter(Boolean).join(', ');
    return {
      name: 'decisionRegister',
      args: [
        decisions.filter((d) => includeRestricted || !d.restricted),
        { ...(await letterheadOf(db)), restricted: includeRestricted },
        { language: lang, scope, author: await author(db), now: now() },
      ],
      fileName: exportFileName('decisionRegister', lang, [scope || workspace.dayOf(now())], {
        restricted: includeRestricted,
      }),
    };
  };

  return { freezeIfNeeded, author, minutesJob, agendaJob, trackerJob, followUpJob, registerJob };
}

export type ExportJobs = ReturnType<typeof exportJobs>;
