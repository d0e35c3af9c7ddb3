/** Channels of the workspace domain: the encrypted file, its passphrase and its settings. */
import { z } from 'zod';
import { isTimeZone } from '../domain/timeZone';
import { countryCodeSchema, optionalPathText, pathText, requiredText, shortText } from './common';
import { channel } from './define';
import { LANGUAGES } from '../domain/languages';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from '../domain/passphrase';
import {
  AUTO_LOCK_MAX_MINUTES,
  BACKUP_KEEP_DAILY_MAX,
  BACKUP_KEEP_DAILY_MIN,
  BACKUP_KEEP_WEEKLY_MAX,
  BACKUP_KEEP_WEEKLY_MIN,
  K_ANONYMITY_MAX,
  K_ANONYMITY_MIN,
  PAPER_SIZES,
} from '../domain/settings';
import {
  CASE_CODE_PREFIX_MAX,
  CASE_CODE_PREFIX_PATTERN,
  CASE_RETENTION_YEARS_MAX,
  CASE_RETENTION_YEARS_MIN,
  COOPERATION_PENDING_DAYS_MAX,
  COOPERATION_PENDING_DAYS_MIN,
} from '../domain/cases';

/** A passphrase as typed when opening: any non-empty text (its strength is checked on create). */
const passphraseInput = z.string().min(1).max(MAX_PASSPHRASE_LENGTH);
/** A new passphrase: the minimum length is enforced here, the strength by the core. */
const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH)
  .max(MAX_PASSPHRASE_LENGTH)
  .refine((p) => !/\p{Cs}/u.test(p), 'a passphrase must not contain unpaired surrogates');

/** Absolute path, or a bare file name placed in the default workspace folder. */
const workspacePath = pathText(4096);

export const languageSchema = z.enum(LANGUAGES);

export const workspaceSettingsSchema = z.object({
  taskForceName: requiredText(200),
  country: countryCodeSchema,
  defaultLanguage: languageSchema,
  letterheadText: shortText(2000),
  classificationMarking: shortText(60),
  kAnonymity: z.number().int().min(K_ANONYMITY_MIN).max(K_ANONYMITY_MAX),
  autoLockMinutes: z.number().int().min(0).max(AUTO_LOCK_MAX_MINUTES),
  paperSize: z.enum(PAPER_SIZES),
  /**
   * Absolute folder for backups; '' = the app's default backup folder. The schema accepts the
   * shape of an absolute path on any platform; the core refuses one its platform does not
   * take as absolute (e.g. 'C:\\Backups' on Linux).
   */
  backupFolder: optionalPathText(4096).refine(
    (v) => v === '' || /^([a-zA-Z]:[\\/]|[\\/])/.test(v),
    'use a full (absolute) folder path',
  ),
  /** Rotation: the newest backup of each of this many recent days is kept… */
  backupKeepDaily: z.number().int().min(BACKUP_KEEP_DAILY_MIN).max(BACKUP_KEEP_DAILY_MAX),
  /** …then the newest of each of this many older weeks (0: none). */
  backupKeepWeekly: z.number().int().min(BACKUP_KEEP_WEEKLY_MIN).max(BACKUP_KEEP_WEEKLY_MAX),
  /** IANA time zone of meeting times (calendar invitations); '' = this computer's. */
  timeZone: z
    .string()
    .max(64)
    .refine((v) => v === '' || isTimeZone(v), 'use a time zone name such as Europe/Madrid'),
  /** The secretariat's e-mail: organizer of calendar invitations ('' = none). */
  secretariatEmail: z.union([z.literal(''), z.string().trim().max(254).email()]),
  /** Who signs the secretariat's letters (follow-up letters): name and title ('' = none). */
  signatoryName: shortText(200),
  signatoryTitle: shortText(200),
  /** The prefix of generated case codes (`C` → `C-2026-0001`); never derived from personal data. */
  caseCodePrefix: z
    .string()
    .max(CASE_CODE_PREFIX_MAX)
    .regex(CASE_CODE_PREFIX_PATTERN, 'use capital letters, digits and dashes (up to 10)'),
  /** A pending cooperation request is overdue after this many days. */
  cooperationPendingDays: z
    .number()
    .int()
    .min(COOPERATION_PENDING_DAYS_MIN)
    .max(COOPERATION_PENDING_DAYS_MAX),
  /** Closed cases are listed for review (and may be purged) after this many years. */
  caseRetentionYears: z.number().int().min(CASE_RETENTION_YEARS_MIN).max(CASE_RETENTION_YEARS_MAX),
  /**
   * The name this workspace's user signs changes with in the audit log ('' or absent: the
   * computer account's name). Kept in the encrypted workspace, not in the app's plaintext data.
   */
  actorName: shortText(120).optional(),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const workspaceStateSchema = z.enum(['closed', 'locked', 'open']);

export const workspaceStatusSchema = z.object({
  state: workspaceStateSchema,
  /** The workspace file (locked or open); absent when closed. */
  path: z.string().optional(),
  /** Task-force name; only known while open (it lives inside the encrypted file). */
  taskForceName: z.string().optional(),
  autoLockMinutes: z.number().int().optional(),
  defaultLanguage: languageSchema.optional(),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const recentWorkspaceSchema = z.object({
  path: z.string(),
  lastOpenedAt: z.string(),
  exists: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

export const passphraseStrengthSchema = z.object({
  score: z.number().int().min(0).max(4),
  acceptable: z.boolean(),
  tooShort: z.boolean(),
  /** zxcvbn feedback keys (translated by the UI). */
  warning: z.string().nullable(),
  suggestions: z.array(z.string()),
});
export type PassphraseStrength = z.infer<typeof passphraseStrengthSchema>;

export const workspaceContract = {
  'workspace:create': channel(
    z
      .object({
        path: workspacePath,
        passphrase: newPassphrase,
        passphraseConfirm: z.string().max(MAX_PASSPHRASE_LENGTH),
        settings: workspaceSettingsSchema.partial().extend({ taskForceName: requiredText(200) }),
      })
      .strict(),
    workspaceStatusSchema,
    { mutates: true },
  ),
  'workspace:open': channel(
    z.object({ path: workspacePath, passphrase: passphraseInput }).strict(),
    workspaceStatusSchema,
    { mutates: false },
  ),
  /** Unlock the workspace that was locked (same file). */
  'workspace:unlock': channel(
    z.object({ passphrase: passphraseInput }).strict(),
    workspaceStatusSchema,
    { mutates: false },
  ),
  'workspace:lock': channel(z.object({}).strict(), workspaceStatusSchema, { mutates: false }),
  'workspace:close': channel(z.object({}).strict(), workspaceStatusSchema, { mutates: false }),
  'workspace:status': channel(z.object({}).strict(), workspaceStatusSchema, { mutates: false }),
  'workspace:changePassphrase': channel(
    z
      .object({
        currentPassphrase: passphraseInput,
        newPassphrase,
        newPassphraseConfirm: z.string().max(MAX_PASSPHRASE_LENGTH),
      })
      .strict(),
    workspaceStatusSchema,
    { mutates: true },
  ),
  'workspace:passphraseStrength': channel(
    z
      .object({
        passphrase: z.string().max(MAX_PASSPHRASE_LENGTH),
        /** Words the passphrase should not lean on (e.g. the task-force name). */
        context: z.array(z.string().max(200)).max(10).optional(),
      })
      .strict(),
    passphraseStrengthSchema,
    { mutates: false },
  ),
  'workspace:getSettings': channel(z.object({}).strict(), workspaceSettingsSchema, {
    mutates: false,
  }),
  'workspace:updateSettings': channel(
    workspaceSettingsSchema.partial().strict(),
    workspaceSettingsSchema,
    { mutates: true },
  ),
  'workspace:recent': channel(
    z.object({}).strict(),
    z.object({ defaultFolder: z.string(), items: z.array(recentWorkspaceSchema) }),
    { mutates: false },
  ),
  'workspace:forgetRecent': channel(
    z.object({ path: pathText(4096) }).strict(),
    z.object({ defaultFolder: z.string(), items: z.array(recentWorkspaceSchema) }),
    { mutates: false },
  ),
};
