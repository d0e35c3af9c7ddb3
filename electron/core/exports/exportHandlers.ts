/**
 * The exports slice: read what a document needs in one read transaction, build it, and hand
 * back the bytes. Builders are pure (DTOs in, bytes out).
 */
import {
  DOCX_MIME,
  EML_MIME,
  type exportsContract,
  type ExportedFile,
} from '../../../shared/contract/exports';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { daysBetween } from '../../../shared/domain/actions';
import { isLocked, meetingTitle } from '../../../shared/domain/meetings';
import type { Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { isoDate, one, type Db } from '../db/sql';
import type { HandlerSlice } from '../handlers';
import { getMeeting } from '../meetings/meetingQueries';
import { listDecisions } from '../meetings/recordCommands';
import type { WorkspaceService } from '../workspace/workspaceService';
import { buildActionTracker } from './actionTrackerDocument';
import { buildAgenda } from './agendaDocument';
import { buildDecisionRegister } from './decisionRegisterDocument';
import { buildDistributionEmail } from './distributionEmail';
import { bodyRecipients, followUpData, letterheadOf, minutesData, openActions } from './exportData';
import { buildFollowUp } from './followUpDocument';
import { labelsFor } from './kit/documentKit';
import { formatLongDate } from './kit/labels';
import { buildMinutes } from './minutesDocument';

function file(fileName: string, mimeType: string, data: Buffer): ExportedFile {
  return { fileName, mimeType, data: data.toString('base64'), bytes: data.length };
}

/** A file-name-safe slug: letters, digits and dashes. */
export function slug(...parts: (string | number)[]): string {
  return parts
    .join('-')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}

async function workspaceLanguage(db: Db): Promise<Language> {
  return (
    (
      await one<{ default_language: Language }>(
        db,
        'SELECT default_language FROM workspace_settings LIMIT 1',
      )
    )?.default_language ?? 'en'
  );
}

async function bodyName(db: Db, bodyId: string | undefined): Promise<string> {
  if (!bodyId) return '';
  const row = await one<{ name: string }>(db, 'SELECT name FROM bodies WHERE id = ?', [bodyId]);
  if (!row)
    throw new DomainError('NOT_FOUND', 'This coordination body does not exist.', { bodyId });
  return row.name;
}

export function exportHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof exportsContract> {
  const author = async (db: Db) => `${(await letterheadOf(db)).taskForceName}`;

  const minutesFile = async (
    db: Db,
    meetingId: string,
    language: Language | undefined,
    draft: boolean | undefined,
    includeRestricted: boolean,
  ) => {
    const data = await minutesData(db, meetingId);
    const m = data.meeting;
    const lang = language ?? m.language;
    const bytes = await buildMinutes(data, await letterheadOf(db), {
      language: lang,
      includeRestricted,
      draft: draft ?? !isLocked(m.status),
      author: await author(db),
      now: now(),
    });
    return file(
      `${slug(labelsFor(lang).minutes, m.bodyName, m.number, m.date)}.docx`,
      DOCX_MIME,
      bytes,
    );
  };

  const agendaFile = async (
    db: Db,
    m: MeetingDetail,
    language: Language | undefined,
    draft: boolean | undefined,
  ) => {
    const lang = language ?? m.language;
    const bytes = await buildAgenda(m, await letterheadOf(db), {
      language: lang,
      draft: draft ?? false,
      author: await author(db),
      now: now(),
    });
    return file(
      `${slug(labelsFor(lang).agenda, m.bodyName, m.number, m.date)}.docx`,
      DOCX_MIME,
      bytes,
    );
  };

  const trackerFile = async (
    db: Db,
    bodyId: string | undefined,
    language: Language | undefined,
  ) => {
    const lang = language ?? (await workspaceLanguage(db));
    const today = isoDate(now());
    const actions = await openActions(db, { bodyId }, today);
    const bytes = await buildActionTracker(actions, await letterheadOf(db), {
      language: lang,
      scope: await bodyName(db, bodyId),
      today,
      author: await author(db),
      now: now(),
    });
    return file(`${slug(labelsFor(lang).actionTracker, today)}.docx`, DOCX_MIME, bytes);
  };

  const followUpFile = async (
    db: Db,
    input: { bodyId?: string; agencyIds?: string[]; replyBy?: string; language?: Language },
  ) => {
    const lang = input.language ?? (await workspaceLanguage(db));
    const today = isoDate(now());
    const replyBy = input.replyBy ?? isoDate(new Date(now().getTime() + 14 * 86_400_000));
    if (daysBetween(today, replyBy) < 0) {
      throw new DomainError('VALIDATION', 'The reply date cannot be in the past.', {
        field: 'replyBy',
      });
    }
    const agencies = await followUpData(db, input, today);
    const bytes = await buildFollowUp(agencies, await letterheadOf(db), {
      language: lang,
      bodyName: await bodyName(db, input.bodyId),
      today,
      replyBy,
      author: await author(db),
      now: now(),
    });
    return file(`${slug(labelsFor(lang).followUp, today)}.docx`, DOCX_MIME, bytes);
  };

  return {
    'exports:agenda': ({ meetingId, language, draft }) =>
      workspace.read(async (db) => {
        return agendaFile(db, await getMeeting(db, meetingId), language, draft);
      }),
    'exports:minutes': ({ meetingId, language, draft, includeRestricted }) =>
      workspace.read((db) => minutesFile(db, meetingId, language, draft, includeRestricted)),
    'exports:actionTracker': ({ bodyId, language }) =>
      workspace.read((db) => trackerFile(db, bodyId, language)),
    'exports:agencyFollowUp': (input) => workspace.read((db) => followUpFile(db, input)),
    'exports:decisionRegister': ({ bodyId, year, language }) =>
      workspace.read(async (db) => {
        const lang = language ?? (await workspaceLanguage(db));
        const decisions = [];
        for (let offset = 0; ; offset += 500) {
          const page = await listDecisions(db, { bodyId, year, limit: 500, offset });
          decisions.push(...page.items);
          if (decisions.length >= page.total || page.items.length === 0) break;
        }
        const scope = [await bodyName(db, bodyId), year ? String(year) : '']
          .filter(Boolean)
          .join(', ');
        const bytes = await buildDecisionRegister(decisions, await letterheadOf(db), {
          language: lang,
          scope,
          author: await author(db),
          now: now(),
        });
        return file(
          `${slug(labelsFor(lang).decisionRegister, scope || isoDate(now()))}.docx`,
          DOCX_MIME,
          bytes,
        );
      }),
    'exports:distributionEmail': ({ meetingId, documents, language, includeRestricted }) =>
      workspace.read(async (db) => {
        const { meeting } = await minutesData(db, meetingId);
        const lang = language ?? meeting.language;
        const attachments = [];
        for (const doc of documents) {
          const f =
            doc === 'agenda'
              ? await agendaFile(db, meeting, lang, undefined)
              : doc === 'minutes'
                ? await minutesFile(db, meetingId, lang, undefined, includeRestricted)
                : doc === 'actionTracker'
                  ? await trackerFile(db, meeting.body.id, lang)
                  : await followUpFile(db, { bodyId: meeting.body.id, language: lang });
          attachments.push({
            fileName: f.fileName,
            mimeType: f.mimeType,
            data: Buffer.from(f.data, 'base64'),
          });
        }
        const recipients = await bodyRecipients(db, meeting.body.id, isoDate(now()));
        const bytes = await buildDistributionEmail({
          language: lang,
          bodyName: meeting.bodyName,
          meetingTitle: meetingTitle(meeting, lang),
          when: formatLongDate(meeting.date, lang),
          recipients,
          attachments,
        });
        return {
          ...file(`${slug(meeting.bodyName, meeting.number, meeting.date)}.eml`, EML_MIME, bytes),
          recipients: recipients.length,
        };
      }),
  };
}
