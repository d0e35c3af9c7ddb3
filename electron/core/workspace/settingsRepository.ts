/** Reads and writes the single workspace-settings row, mapping between row and DTO. */
import type { WorkspaceSettings } from '../../../shared/contract/workspace';
import { workspaceSettingsSchema } from '../../../shared/contract/workspace';
import type { ReadableDB, WritableDB } from '../db/sql';
import {
  DEFAULT_AUTO_LOCK_MINUTES,
  DEFAULT_BACKUP_KEEP_DAILY,
  DEFAULT_BACKUP_KEEP_WEEKLY,
  DEFAULT_CLASSIFICATION,
  DEFAULT_K_ANONYMITY,
} from '../../../shared/domain/settings';
import {
  DEFAULT_CASE_CODE_PREFIX,
  DEFAULT_CASE_RETENTION_YEARS,
  DEFAULT_COOPERATION_PENDING_DAYS,
} from '../../../shared/domain/cases';
import { machineTimeZone } from '../../../shared/domain/timeZone';
import { DomainError } from '../../../shared/errors';
import {
  SETTINGS_ROW_ID,
  WorkspaceSettingsEntity,
  type WorkspaceSettingsRow,
} from '../db/entities/workspaceSettings';

export function defaultSettings(taskForceName: string): WorkspaceSettings {
  return {
    taskForceName,
    country: '',
    defaultLanguage: 'en',
    letterheadText: '',
    classificationMarking: DEFAULT_CLASSIFICATION,
    kAnonymity: DEFAULT_K_ANONYMITY,
    autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
    paperSize: 'A4',
    backupFolder: '',
    backupKeepDaily: DEFAULT_BACKUP_KEEP_DAILY,
    backupKeepWeekly: DEFAULT_BACKUP_KEEP_WEEKLY,
    timeZone: machineTimeZone(),
    secretariatEmail: '',
    signatoryName: '',
    signatoryTitle: '',
    caseCodePrefix: DEFAULT_CASE_CODE_PREFIX,
    cooperationPendingDays: DEFAULT_COOPERATION_PENDING_DAYS,
    caseRetentionYears: DEFAULT_CASE_RETENTION_YEARS,
  };
}

function toDto(row: WorkspaceSettingsRow): WorkspaceSettings {
  // Parsing guards against a row edited outside the app.
  return workspaceSettingsSchema.parse({
    taskForceName: row.taskForceName,
    country: row.country,
    defaultLanguage: row.defaultLanguage,
    letterheadText: row.letterheadText,
    classificationMarking: row.classificationMarking,
    kAnonymity: row.kAnonymity,
    autoLockMinutes: row.autoLockMinutes,
    paperSize: row.paperSize,
    backupFolder: row.backupFolder,
    backupKeepDaily: row.backupKeepDaily,
    backupKeepWeekly: row.backupKeepWeekly,
    timeZone: row.timeZone,
    secretariatEmail: row.secretariatEmail,
    signatoryName: row.signatoryName,
    signatoryTitle: row.signatoryTitle,
    caseCodePrefix: row.caseCodePrefix,
    cooperationPendingDays: row.cooperationPendingDays,
    caseRetentionYears: row.caseRetentionYears,
    actorName: row.actorName,
  });
}

export async function readSettings(manager: ReadableDB): Promise<WorkspaceSettings> {
  const row = await manager.findOneBy(WorkspaceSettingsEntity, { id: SETTINGS_ROW_ID });
  if (!row) throw new DomainError('NOT_FOUND', 'The workspace has no settings row.');
  return toDto(row);
}

export async function insertSettings(
  manager: WritableDB,
  settings: WorkspaceSettings,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await manager.insert(WorkspaceSettingsEntity, {
    id: SETTINGS_ROW_ID,
    ...settings,
    actorName: settings.actorName ?? '',
    createdAt: at,
    updatedAt: at,
  });
}

export async function updateSettings(
  manager: WritableDB,
  patch: Partial<WorkspaceSettings>,
  now: Date,
): Promise<WorkspaceSettings> {
  const current = await readSettings(manager);
  const next = workspaceSettingsSchema.parse({ ...current, ...patch });
  await manager.update(
    WorkspaceSettingsEntity,
    { id: SETTINGS_ROW_ID },
    { ...next, actorName: next.actorName ?? '', updatedAt: now.toISOString() },
  );
  return next;
}
