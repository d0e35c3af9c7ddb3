/** The single row of workspace-wide settings (task force identity, letterhead, privacy, locking). */
import { EntitySchema } from 'typeorm';

export interface WorkspaceSettingsRow {
  id: string;
  taskForceName: string;
  country: string;
  defaultLanguage: string;
  letterheadText: string;
  classificationMarking: string;
  kAnonymity: number;
  autoLockMinutes: number;
  paperSize: string;
  backupFolder: string;
  backupKeepDaily: number;
  backupKeepWeekly: number;
  timeZone: string;
  secretariatEmail: string;
  signatoryName: string;
  signatoryTitle: string;
  caseCodePrefix: string;
  cooperationPendingDays: number;
  caseRetentionYears: number;
  /** The name the audit log gives this workspace's user ('' = the computer account's). */
  actorName: string;
  createdAt: string;
  updatedAt: string;
}

export const SETTINGS_ROW_ID = 'workspace';

export const WorkspaceSettingsEntity = new EntitySchema<WorkspaceSettingsRow>({
  name: 'WorkspaceSettings',
  tableName: 'workspace_settings',
  columns: {
    id: { type: 'text', primary: true },
    taskForceName: { type: 'text', name: 'task_force_name' },
    country: { type: 'text' },
    defaultLanguage: { type: 'text', name: 'default_language' },
    letterheadText: { type: 'text', name: 'letterhead_text' },
    classificationMarking: { type: 'text', name: 'classification_marking' },
    kAnonymity: { type: 'integer', name: 'k_anonymity' },
    autoLockMinutes: { type: 'integer', name: 'auto_lock_minutes' },
    paperSize: { type: 'text', name: 'paper_size' },
    backupFolder: { type: 'text', name: 'backup_folder' },
    backupKeepDaily: { type: 'integer', name: 'backup_keep_daily' },
    backupKeepWeekly: { type: 'integer', name: 'backup_keep_weekly' },
    timeZone: { type: 'text', name: 'time_zone' },
    secretariatEmail: { type: 'text', name: 'secretariat_email' },
    signatoryName: { type: 'text', name: 'signatory_name' },
    signatoryTitle: { type: 'text', name: 'signatory_title' },
    caseCodePrefix: { type: 'text', name: 'case_code_prefix' },
    cooperationPendingDays: { type: 'integer', name: 'cooperation_pending_days' },
    caseRetentionYears: { type: 'integer', name: 'case_retention_years' },
    actorName: { type: 'text', name: 'actor_name' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});
