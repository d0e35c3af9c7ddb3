/**
 * Word documents and the distribution e-mail. Each channel returns the file's bytes (base64)
 * with a suggested name; the host decides where they go (Electron: save dialog; browser
 * host: download). The document language is chosen here, independent of the UI language.
 */
import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { dateSchema, idSchema } from './common';
import { channel } from './define';
import { privacyOverrideSchema } from './privacy';

/**
 * A written reason to export although the privacy guard found personal data in the texts the
 * document prints (audited with the kinds found). Without it such an export is refused with
 * PII_DETECTED, details `{ items: [{ item, kinds, count }] }`.
 */
export const exportPrivacyOverride = privacyOverrideSchema.optional();

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes, base64-encoded. */
  data: z.string(),
  bytes: z.number().int(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

/** Payload of the `exports:progress` event while a document is being built. */
export interface ExportProgress {
  channel: string;
  /** 0 → 1 */
  fraction: number;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EML_MIME = 'message/rfc822';
export const ZIP_MIME = 'application/zip';

/**
 * E-mail drafts: one .eml, or a .zip of several when follow-up letters are included — one
 * draft per agency with only its own letter, to only its focal points.
 */
export const emailDraftsSchema = exportedFileSchema.extend({
  /** Different addresses the drafts are sent to. */
  recipients: z.number().int(),
  /** How many .eml drafts the file holds. */
  messages: z.number().int(),
  /** Agencies with a letter but no focal point with an e-mail: their draft has no recipient. */
  agenciesWithoutRecipients: z.array(z.string()),
});
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const language = z.enum(LANGUAGES).optional();

const meetingDocument = z
  .object({
    meetingId: idSchema,
    /** Default: the meeting's language. */
    language,
    /** Mark every page DRAFT. Default: until the minutes are approved. */
    draft: z.boolean().optional(),
    privacyOverride: exportPrivacyOverride,
  })
  .strict();

/** PNG or JPEG, at most 512 KB: printed at the top of every document. */
export const LOGO_MAX_BYTES = 512 * 1024;

export const letterheadLogoSchema = z
  .object({
    type: z.enum(['png', 'jpg']),
    width: z.number().int(),
    height: z.number().int(),
    /** The image, base64-encoded. */
    data: z.string(),
  })
  .nullable();

const followUpInput = z
  .object({
    bodyId: idSchema.optional(),
    /** Only these agencies (default: every agency with open actions). */
    agencyIds: z.array(idSchema).max(2000).optional(),
    /** The date by which agencies are asked to reply (default: in 14 days). */
    replyBy: dateSchema.optional(),
    language,
    privacyOverride: exportPrivacyOverride,
  })
  .strict();

/** The action tracker's filters, the same for its Word and Excel versions. */
const trackerInput = z
  .object({ bodyId: idSchema.optional(), language, privacyOverride: exportPrivacyOverride })
  .strict();

export const MEETING_DOCUMENTS = ['agenda', 'minutes', 'actionTracker', 'agencyFollowUp'] as const;

export const exportsContract = {
  'exports:letterheadLogo': channel(
    z.object({}).strict(),
    z.object({ logo: letterheadLogoSchema }),
    {
      mutates: false,
    },
  ),
  /** Sets (PNG or JPEG, base64) or removes (null) the letterhead logo. */
  'exports:setLetterheadLogo': channel(
    z
      .object({
        image: z
          .string()
          .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the image must be base64')
          .nullable(),
      })
      .strict(),
    z.object({ logo: letterheadLogoSchema }),
    { mutates: true },
  ),
  'exports:agenda': channel(meetingDocument, exportedFileSchema, { mutates: false }),
  'exports:minutes': channel(
    meetingDocument.extend({
      /** Restricted agenda items (case discussions) are left out unless asked for. */
      includeRestricted: z.boolean().default(false),
    }),
    exportedFileSchema,
    { mutates: false },
  ),
  'exports:actionTracker': channel(trackerInput, exportedFileSchema, { mutates: false }),
  /** The action tracker as an Excel workbook (.xlsx): same rows, columns and filters. */
  'exports:actionTrackerXlsx': channel(trackerInput, exportedFileSchema, { mutates: false }),
  'exports:agencyFollowUp': channel(followUpInput, exportedFileSchema, { mutates: false }),
  /** The follow-up letters as e-mail drafts: a .zip with one .eml per agency. */
  'exports:followUpDistribution': channel(followUpInput, emailDraftsSchema, { mutates: false }),
  'exports:decisionRegister': channel(
    z
      .object({
        bodyId: idSchema.optional(),
        year: z.number().int().min(1900).max(2200).optional(),
        language,
        /** Decisions taken under restricted items are left out unless asked for. */
        includeRestricted: z.boolean().default(false),
        privacyOverride: exportPrivacyOverride,
      })
      .strict(),
    exportedFileSchema,
    { mutates: false },
  ),
  /**
   * Circulates the agenda (invitation + agenda + .ics) or the draft minutes: one .eml draft to
   * the body's focal points, and a record of what went out, when and to whom. Circulating the
   * agenda of a draft meeting moves it to "agenda circulated".
   */
  'exports:circulate': channel(
    z
      .object({
        meetingId: idSchema,
        kind: z.enum(['agenda', 'draft_minutes']),
        language,
        privacyOverride: exportPrivacyOverride,
      })
      .strict(),
    exportedFileSchema.extend({ recipients: z.number().int() }),
    { mutates: true },
  ),
  'exports:distributionEmail': channel(
    z
      .object({
        meetingId: idSchema,
        documents: z.array(z.enum(MEETING_DOCUMENTS)).min(1).max(4),
        language,
        includeRestricted: z.boolean().default(false),
        privacyOverride: exportPrivacyOverride,
      })
      .strict(),
    /** With follow-up letters: a .zip (the e-mail to all, then one per agency). */
    emailDraftsSchema,
    { mutates: false },
  ),
};
