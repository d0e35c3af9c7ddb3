/**
 * The exports slice: read what a document needs in one read transaction (exportJobs), then
 * build it off the main event loop (exportBuilds) while reporting progress, and hand back the
 * bytes. The distribution e-mail and circulation are in exportDistribution.ts.
 */
import type { exportsContract } from '../../../shared/contract/exports';
import type { HandlerSlice } from '../handlers';
import { getMeeting } from '../meetings/meetingQueries';
import type { WorkspaceService } from '../workspace/workspaceService';
import { letterheadOf } from './exportData';
import { draftsFile } from './followUpDistribution';
import { logoDto, readLogo, writeLogo } from './letterheadLogo';
import { exportFileName } from './fileNames';
import { setAuditSummary } from '../callContext';
import { caseAnnexData } from '../cases/meetingCases';
import { findMeetingRow } from '../meetings/meetingQueries';
import { exportBuilds, type ExportDeps } from './exportBuilds';
import { distributionHandlers } from './exportDistribution';
import { exportJobs, type Job } from './exportJobs';

export function exportHandlers(
  workspace: WorkspaceService,
  now: () => Date,
  deps: ExportDeps,
): HandlerSlice<keyof typeof exportsContract> {
  const jobs = exportJobs(workspace, now);
  const builder = exportBuilds(workspace, deps);

  return {
    'exports:letterheadLogo': () =>
      workspace.read(async (db) => ({ logo: logoDto(await readLogo(db)) })),
    'exports:setLetterheadLogo': ({ image }) =>
      workspace.write(async (db) => ({
        logo: logoDto(await writeLogo(db, image, now().toISOString())),
      })),
    'exports:agenda': async ({ meetingId, language, draft, privacyOverride }) =>
      builder.single(
        'exports:agenda',
        await workspace.read(async (db) =>
          jobs.agendaJob(db, await getMeeting(db, meetingId), language, draft),
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
      await jobs.freezeIfNeeded(meetingId);
      return builder.single(
        'exports:minutes',
        await workspace.read((db) =>
          jobs.minutesJob(db, meetingId, language, draft, includeRestricted),
        ),
        privacyOverride,
      );
    },
    'exports:actionTracker': async ({ bodyId, language, privacyOverride }) =>
      builder.single(
        'exports:actionTracker',
        await workspace.read((db) => jobs.trackerJob(db, bodyId, language)),
        privacyOverride,
      ),
    'exports:actionTrackerXlsx': async ({ bodyId, language, privacyOverride }) =>
      builder.single(
        'exports:actionTrackerXlsx',
        await workspace.read((db) => jobs.trackerJob(db, bodyId, language, true)),
        privacyOverride,
      ),
    'exports:agencyFollowUp': async (input) =>
      builder.single(
        'exports:agencyFollowUp',
        await workspace.read((db) => jobs.followUpJob(db, input)),
        input.privacyOverride,
      ),
    'exports:followUpDistribution': async (input) => {
      const job = await workspace.read((db) => jobs.followUpJob(db, input));
      const { drafts, withoutRecipients } = await builder.letterDrafts(
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
      builder.single(
        'exports:decisionRegister',
        await workspace.read((db) =>
          jobs.registerJob(db, input.bodyId, input.year, input.language, input.includeRestricted),
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
            { language: lang, author: await jobs.author(db), now: now() },
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
      const file = await builder.single(
        'exports:caseAnnex',
        job,
        privacyOverride ?? undefined,
        false,
      );
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
    ...distributionHandlers(workspace, now, jobs, builder),
  };
}
