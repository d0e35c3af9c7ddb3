/**
 * Builds the chosen document through its channel and saves it. Only the file name (and the
 * e-mail's recipient count) is handed back: the bytes are not kept in the query cache. An export
 * the privacy guard refused (PII_DETECTED) can be run again with the user's written override.
 */
import type { ExportedFile } from '../../../../shared/contract/exports';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import type { Language } from '../../../../shared/domain/languages';
import { call } from '../../api';
import type { AttachableDocument, ExportDocument } from './exportDocuments';
import { saveExportedFile, saveTextFile } from './saveFile';

export interface ExportRequest {
  document: ExportDocument;
  meetingId: string | null;
  bodyId: string | null;
  language: Language;
  draft: boolean;
  includeRestricted: boolean;
  /** YYYY-MM-DD */
  replyBy: string;
  /** Follow-up letters: only these agencies (empty = every agency with open actions). */
  agencyIds: string[];
  /** Follow-up letters as e-mail drafts, one per agency (a .zip), instead of one Word file. */
  letterEmails: boolean;
  year: number | null;
  attachments: AttachableDocument[];
}

export interface ExportOutcome {
  fileName: string;
  /** Only for e-mail drafts: different addresses, drafts, letters without an address. */
  recipients?: number;
  messages?: number;
  agenciesWithoutRecipients?: string[];
}

type BuiltFile = ExportedFile & Omit<ExportOutcome, 'fileName'>;

function requireMeeting(request: ExportRequest): string {
  if (!request.meetingId) throw new Error('A meeting document needs a meeting.');
  return request.meetingId;
}

type WordRequest = ExportRequest & { document: Exclude<ExportDocument, 'calendar'> };

async function buildFile(
  request: WordRequest,
  override: PrivacyOverride | null,
): Promise<BuiltFile> {
  const { language, draft, includeRestricted } = request;
  const privacyOverride = override ?? undefined;
  const body = request.bodyId ? { bodyId: request.bodyId } : {};
  switch (request.document) {
    case 'agenda':
      return call('exports:agenda', {
        meetingId: requireMeeting(request),
        language,
        draft,
        privacyOverride,
      });
    case 'minutes':
      return call('exports:minutes', {
        meetingId: requireMeeting(request),
        language,
        draft,
        includeRestricted,
        privacyOverride,
      });
    case 'distributionEmail':
      return call('exports:distributionEmail', {
        meetingId: requireMeeting(request),
        documents: request.attachments,
        language,
        includeRestricted,
        privacyOverride,
      });
    case 'actionTracker':
      return call('exports:actionTracker', { ...body, language, privacyOverride });
    case 'actionTrackerSheet':
      return call('exports:actionTrackerXlsx', { ...body, language, privacyOverride });
    case 'agencyFollowUp': {
      const input = {
        ...body,
        ...(request.agencyIds.length > 0 ? { agencyIds: request.agencyIds } : {}),
        replyBy: request.replyBy,
        language,
      };
      return request.letterEmails
        ? call('exports:followUpDistribution', { ...input, privacyOverride })
        : call('exports:agencyFollowUp', { ...input, privacyOverride });
    }
    case 'decisionRegister':
      return call('exports:decisionRegister', {
        ...body,
        ...(request.year ? { year: request.year } : {}),
        language,
        privacyOverride,
      });
  }
}

export async function runExport(
  request: ExportRequest,
  override: PrivacyOverride | null = null,
): Promise<ExportOutcome> {
  if (request.document === 'calendar') {
    const ics = await call('meetings:exportIcs', {
      id: requireMeeting(request),
      privacyOverride: override ?? undefined,
    });
    saveTextFile(ics.fileName, ics.content, 'text/calendar');
    return { fileName: ics.fileName };
  }
  const file = await buildFile({ ...request, document: request.document }, override);
  saveExportedFile(file);
  return {
    fileName: file.fileName,
    recipients: file.recipients,
    messages: file.messages,
    agenciesWithoutRecipients: file.agenciesWithoutRecipients,
  };
}
