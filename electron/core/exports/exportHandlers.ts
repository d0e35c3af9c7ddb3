/**
 * The exports slice: read what a document needs in one read transaction, then build it off the
 * main event loop (builderRunner) while reporting progress, and hand back the bytes.
 */
import {
  DOCX_MIME,
  EML_MIME,
  type ExportProgress,
  type exportsContract,
  type ExportedFile,
  type MEETING_DOCUMENTS,
  XLSX_MIME,
} from '../../../shared/contract/exports';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import type { PrivacyOverride } from '../../../shared/contract/privacy';
import { addDays, daysBetween } from '../../../shared/domain/actions';
import type { Language } from '../../../shared/domain/languages';
import { isLocked, meetingTitle } from '../../../shared/domain/meetings';
import { DomainError } from '../../../shared/errors';
import { BodyEntity } from '../db/entities/bodies';
import { SETTINGS_ROW_ID, WorkspaceSettingsEntity } from '../db/entities/workspaceSettings';
import type { ReadableDB } from '../db/sql';
import type { HandlerSlice } from '../handlers';
import { assertCanCirculate, recordCirculation } from '../meetings/circulation';
import { getMeeting } from '../meetings/meetingQueries';
import { listDecisions } from '../meetings/recordCommands';
import type { WorkspaceService } from '../workspace/workspaceService';
import type { BuilderRunner } from './builderRunner';
import type { BuilderArgs, BuilderName } from './builders';
import { buildDistributionEmail } from './distributionEmail';
import { buildIcs } from './icsInvitation';
import {
  ensureMinutesSnapshot,
  needsMinutesSnapshot,
  recordedMinutesData,
} from '../meetings/minutesRecord';
import { bodyRecipients, letterheadOf, openActions } from './exportData';
import { followUpLetters } from './followUpLetters';
import { agencyDrafts, draftsFile } from './followUpDistribution';
import { logoDto, readLogo, writeLogo } from './letterheadLogo';
import { formatLongDate } from './kit/labels';
import { exportFileName } from './fileNames';
import { guardBuild } from '../privacy/exportGuard';
import { setAuditSummary } from '../callContext';
import { caseAnnexData } from '../cases/meetingCases';
import { findMeetingRow } from '../meetings/meetingQueries';

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
type DocumentForAll = Exclude<(typeof MEETING_DOCUMENTS)[number], 'agencyFollowUp'>;

/** A build to run: the builder, its arguments and the file name — all read in one transaction. */
interface Job<K extends BuilderName = BuilderName> {
  name: K;
  args: BuilderArgs<K>;
  fileName: string;
  /** Default: a Word document. */
  mimeType?: string;
}

export interface ExportDeps {
  runner: BuilderRunner;
  onProgress: (progress: ExportProgress) => void;
}

export function exportHandlers(
  workspace: WorkspaceService,
  now: () => Date,
  deps: ExportDeps,
): HandlerSlice<keyof typeof exportsContract> {
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

  /**
   * Builds the jobs one after another, reporting progress across all of them — once the privacy
   * guard has checked what they print (refused with PII_DETECTED, or overridden and audited).
   */
  const build = async (
    channel: keyof typeof exportsContract,
    jobs: Job[],
    override: PrivacyOverride | undefined,
    auditOverride = true,
  ) => {
    await guardBuild(workspace, jobs, override, auditOverride);
    const files: ExportedFile[] = [];
    deps.onProgress({ channel, fraction: 0 });
    for (const [i, job] of jobs.entries()) {
      const bytes = await deps.runner.build(job.name, job.args as never, (done, total) =>
        deps.onProgress({ channel, fraction: (i + done / Math.max(total, 1)) / jobs.length }),
      );
      files.push({
        fileName: job.fileName,
        mimeType: job.mimeType ?? DOCX_MIME,
        data: bytes.toString('base64'),
        bytes: bytes.length,
      });
    }
    deps.onProgress({ channel, fraction: 1 });
    return files;
  };
  const single = async (
    channel: keyof typeof exportsContract,
    job: Job,
    override: PrivacyOverride | undefined,
    auditOverride = true,
  ) => (await build(channel, [job], override, auditOverride))[0]!;

  /**
   * One .eml to the body's focal points with the chosen documents (and the .ics invitation).
   * Only documents for every member: agencies' letters never go in it (distributeWithLetters).
   */
  const distribute = async (
    meetingId: string,
    documents: readonly DocumentForAll[],
    language: Language | undefined,
    includeRestricted: boolean,
    withIcs: boolean,
    override: PrivacyOverride | undefined,
  ) => {
    const { meeting, jobs, recipients, lang, ics } = await workspace.read(async (db) => {
      const m = await getMeeting(db, meetingId);
      const l = language ?? m.language;
      const list: Job[] = [];
      for (const doc of documents) {
        list.push(
          doc === 'agenda'
            ? await agendaJob(db, m, l, undefined)
            : doc === 'minutes'
              ? await minutesJob(db, meetingId, l, undefined, includeRestricted)
              : await trackerJob(db, m.body.id, l),
        );
      }
      return {
        meeting: m,
        jobs: list,
        recipients: await bodyRecipients(db, m.body.id, workspace.dayOf(now())),
        lang: l,
        ics: withIcs ? await buildIcs(db, m, now()) : null,
      };
    });
    const files = await build('exports:distributionEmail', jobs, override);
    const attachments = files.map((f) => ({
      fileName: f.fileName,
      mimeType: f.mimeType,
      data: Buffer.from(f.data, 'base64'),
    }));
    if (ics) {
      attachments.push({
        fileName: ics.fileName,
        mimeType: 'text/calendar',
        data: Buffer.from(ics.content, 'utf8'),
      });
    }
    const bytes = await buildDistributionEmail({
      language: lang,
      bodyName: meeting.bodyName,
      meetingTitle: meetingTitle(meeting, lang),
      when: formatLongDate(meeting.date, lang),
      recipients,
      attachments,
    });
    return {
      recipients,
      attachments: attachments.map((a) => a.fileName),
      file: {
        fileName: exportFileName(
          'distribution',
          lang,
          [meeting.bodyName, meeting.number, meeting.date],
          { restricted: includeRestricted && documents.includes('minutes') },
        ),
        mimeType: EML_MIME,
        data: bytes.toString('base64'),
        bytes: bytes.length,
        recipients: recipients.length,
        messages: 1,
        agenciesWithoutRecipients: [] as string[],
      },
    };
  };

  /** Follow-up letters as drafts, one per agency (see followUpDistribution). */
  const letterDrafts = async (
    channel: keyof typeof exportsContract,
    job: Job<'followUp'>,
    override: PrivacyOverride | undefined,
  ) => agencyDrafts(job, (jobs) => build(channel, jobs, override));

  /**
   * The distribution with follow-up letters: never one draft with every agency's letter. A .zip
   * holds the e-mail to all members with the other documents (if any), then one per agency.
   */
  const distributeWithLetters = async (
    meetingId: string,
    others: readonly DocumentForAll[],
    language: Language | undefined,
    includeRestricted: boolean,
    override: PrivacyOverride | undefined,
  ) => {
    const { m, job } = await workspace.read(async (db) => {
      const meeting = await getMeeting(db, meetingId);
      const lang = language ?? meeting.language;
      return {
        m: meeting,
        job: await followUpJob(db, { bodyId: meeting.body.id, language: lang }),
      };
    });
    const lang = job.args[2].language;
    // The letters first: with no agency to write to, nothing else is built.
    const letters = await letterDrafts('exports:distributionEmail', job, override);
    const common =
      others.length > 0
        ? await distribute(meetingId, others, language, includeRestricted, false, override)
        : null;
    const drafts = common
      ? [
          {
            fileName: common.file.fileName,
            data: Buffer.from(common.file.data, 'base64'),
            addresses: common.recipients.map((r) => r.email),
          },
          ...letters.drafts,
        ]
      : letters.drafts;
    return draftsFile(
      drafts,
      letters.withoutRecipients,
      exportFileName('distributionArchive', lang, [m.bodyName, m.number, m.date], {
        restricted: includeRestricted && others.includes('minutes'),
      }),
    );
  };

  return {
    'exports:letterheadLogo': () =>
      workspace.read(async (db) => ({ logo: logoDto(await readLogo(db)) })),
    'exports:setLetterheadLogo': ({ image }) =>
      workspace.write(async (db) => ({
        logo: logoDto(await writeLogo(db, image, now().toISOString())),
      })),
    'exports:agenda': async ({ meetingId, language, draft, privacyOverride }) =>
      single(
        'exports:agenda',
        await workspace.read(async (db) =>
          agendaJob(db, await getMeeting(db, meetingId), language, draft),
        ),
        privacyOverride,
      ),
    'exports:minutes': async ({
      meetingId,
      language,
      draft,
      includeRestricted,
      privacyOverride,
    }) => {
      await freezeIfNeeded(meetingId);
      return single(
        'exports:minutes',
        await workspace.read((db) => minutesJob(db, meetingId, language, draft, includeRestricted)),
        privacyOverride,
      );
    },
    'exports:actionTracker': async ({ bodyId, language, privacyOverride }) =>
      single(
        'exports:actionTracker',
        await workspace.read((db) => trackerJob(db, bodyId, language)),
        privacyOverride,
      ),
    'exports:actionTrackerXlsx': async ({ bodyId, language, privacyOverride }) =>
      single(
        'exports:actionTrackerXlsx',
        await workspace.read((db) => trackerJob(db, bodyId, language, true)),
        privacyOverride,
      ),
    'exports:agencyFollowUp': async (input) =>
      single(
        'exports:agencyFollowUp',
        await workspace.read((db) => followUpJob(db, input)),
        input.privacyOverride,
      ),
    'exports:followUpDistribution': async (input) => {
      const job = await workspace.read((db) => followUpJob(db, input));
      const { drafts, withoutRecipients } = await letterDrafts(
        'exports:followUpDistribution',
        job,
        input.privacyOverride,
      );
      const { language, today, sender } = job.args[2];
      return draftsFile(
        drafts,
        withoutRecipients,
        exportFileName('distributionArchive', language, [sender.bodyName, today]),
      );
    },
    'exports:decisionRegister': async (input) =>
      single(
        'exports:decisionRegister',
        await workspace.read((db) =>
          registerJob(db, input.bodyId, input.year, input.language, input.includeRestricted),
        ),
        input.privacyOverride,
      ),
    'exports:caseAnnex': async ({ meetingId, passphrase, language, privacyOverride }) => {
      // The passphrase first: a wrong one reads nothing, builds nothing, audits nothing.
      await workspace.confirmPassphrase(passphrase);
      const { job, meetingNumber } = await workspace.read(async (db) => {
        const meeting = await findMeetingRow(db, meetingId);
        const lang = language ?? meeting.language;
        const settings = workspace.currentSettings();
        const data = await caseAnnexData(
          db,
          meetingId,
          workspace.dayOf(now()),
          settings.cooperationPendingDays,
          settings.kAnonymity,
        );
        const annex: Job<'caseAnnex'> = {
          name: 'caseAnnex',
          args: [
            data,
            { ...(await letterheadOf(db)), restricted: true },
            { language: lang, author: await author(db), now: now() },
          ],
          fileName: exportFileName(
            'caseAnnex',
            lang,
            [data.meeting.bodyName, meeting.number, meeting.date],
            { restricted: true },
          ),
        };
        return { job: annex, meetingNumber: meeting.number };
      });
      // The texts pass the guard (case context); an override joins the annex's own entry.
      const file = await single('exports:caseAnnex', job, privacyOverride ?? undefined, false);
      // Who and when are the entry's actor and time; the meeting, never a case (and the
      // override's reason and kinds, when there is one).
      await workspace.write(async () => {
        setAuditSummary(meetingId, {
          event: 'case_annex_exported',
          meetingId,
          meetingNumber,
          language: job.args[2].language,
        });
        return null;
      });
      return file;
    },
    'exports:distributionEmail': async (input) => {
      const { meetingId, documents, language, includeRestricted, privacyOverride } = input;
      if (documents.includes('minutes')) await freezeIfNeeded(meetingId);
      const forAll = documents.filter((d): d is DocumentForAll => d !== 'agencyFollowUp');
      if (forAll.length < documents.length) {
        return distributeWithLetters(
          meetingId,
          forAll,
          language,
          includeRestricted,
          privacyOverride,
        );
      }
      return (
        await distribute(meetingId, forAll, language, includeRestricted, false, privacyOverride)
      ).file;
    },
    'exports:circulate': async ({ meetingId, kind, language, privacyOverride }) => {
      await workspace.read((db) => assertCanCirculate(db, meetingId, kind));
      const sent = await distribute(
        meetingId,
        [kind === 'agenda' ? 'agenda' : 'minutes'],
        language,
        false,
        kind === 'agenda',
        privacyOverride,
      );
      await workspace.write((db) =>
        recordCirculation(
          db,
          {
            meetingId,
            kind,
            documents: sent.attachments,
            recipients: sent.recipients.map((r) => ({
              name: r.name,
              email: r.email,
              agency: r.agency,
            })),
          },
          workspace.dayOf(now()),
          now().toISOString(),
        ),
      );
      return sent.file;
    },
  };
}
