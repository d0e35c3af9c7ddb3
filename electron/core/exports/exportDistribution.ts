/**
 * The distribution of a meeting's documents: one e-mail (.eml) to the body's focal points with
 * the documents for every member (and the .ics invitation), a .zip of drafts when agencies'
 * follow-up letters go too, and the circulation of the agenda or minutes, recorded.
 */
import { EML_MIME } from '../../../shared/contract/exports';
import type { PrivacyOverride } from '../../../shared/contract/privacy';
import type { Language } from '../../../shared/domain/languages';
import { meetingTitle } from '../../../shared/domain/meetings';
import type { HandlerSlice } from '../handlers';
import { assertCanCirculate, recordCirculation } from '../meetings/circulation';
import { getMeeting } from '../meetings/meetingQueries';
import type { WorkspaceService } from '../workspace/workspaceService';
import { buildDistributionEmail } from './distributionEmail';
import type { ExportBuilds } from './exportBuilds';
import { bodyRecipients } from './exportData';
import type { DocumentForAll, ExportJobs, Job } from './exportJobs';
import { draftsFile } from './followUpDistribution';
import { buildIcs } from './icsInvitation';
import { formatLongDate } from './kit/labels';
import { exportFileName } from './fileNames';

/** The handlers of the distribution e-mail and of circulation. */
export function distributionHandlers(
  workspace: WorkspaceService,
  now: () => Date,
  makers: ExportJobs,
  builder: ExportBuilds,
): HandlerSlice<'exports:distributionEmail' | 'exports:circulate'> {
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
            ? await makers.agendaJob(db, m, l, undefined)
            : doc === 'minutes'
              ? await makers.minutesJob(db, meetingId, l, undefined, includeRestricted)
              : await makers.trackerJob(db, m.body.id, l),
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
    const files = await builder.build('exports:distributionEmail', jobs, override);
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
        job: await makers.followUpJob(db, { bodyId: meeting.body.id, language: lang }),
      };
    });
    const lang = job.args[2].language;
    // The letters first: with no agency to write to, nothing else is built.
    const letters = await builder.letterDrafts('exports:distributionEmail', job, override);
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
    'exports:distributionEmail': async (input) => {
      const { meetingId, documents, language, includeRestricted, privacyOverride } = input;
      if (documents.includes('minutes')) await makers.freezeIfNeeded(meetingId);
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
