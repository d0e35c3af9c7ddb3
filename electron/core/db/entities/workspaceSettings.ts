/** The single row of workspace-wide settings (task force identity, letterhead, privacy, locking). */
import { EntitySchema } from 'typeorm';

export interface WorkspaceSettingsRow {
  id: string;
  taskForceName: string;
  country: string;
  defaultLanguage: 'en' | 'es' | 'fr';
  letterheadText: string;
  classificationMarking: string;
  kAnonymity: number;
  autoLockMinutes: number;
  paperSize: 'A4' | 'Letter';
  createdAt: string;
  updatedAt: string;
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
}

export const SETTINGS_ROW_ID = 'workspace';

export const WorkspaceSettingsEntity = new EntitySchema<WorkspaceSettingsRow>({
  name: 'WorkspaceSettings',
  tableName: 'workspace_settings',
  columns: {
    id: { type: 'text', primary: true },
    taskForceName: { type: 'text', name: 'task_force_name' },
    country: { type: 'text', default: '' },
    defaultLanguage: { type: 'text', name: 'default_language', default: 'en' },
    letterheadText: { type: 'text', name: 'letterhead_text', default: '' },
    classificationMarking: { type: 'text', name: 'classification_marking', default: '' },
    kAnonymity: { type: 'integer', name: 'k_anonymity', default: 5 },
    autoLockMinutes: { type: 'integer', name: 'auto_lock_minutes', default: 10 },
    paperSize: { type: 'text', name: 'paper_size', default: 'A4' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
    backupFolder: { type: 'text', name: 'backup_folder', default: '' },
    backupKeepDaily: { type: 'integer', name: 'backup_keep_daily', default: 7 },
    backupKeepWeekly: { type: 'integer', name: 'backup_keep_weekly', default: 4 },
    timeZone: { type: 'text', name: 'time_zone', default: '' },
    secretariatEmail: { type: 'text', name: 'secretariat_email', default: '' },
    signatoryName: { type: 'text', name: 'signatory_name', default: '' },
    signatoryTitle: { type: 'text', name: 'signatory_title', default: '' },
    caseCodePrefix: { type: 'text', name: 'case_code_prefix', default: 'C' },
    cooperationPendingDays: { type: 'integer', name: 'cooperation_pending_days', default: 60 },
    caseRetentionYears: { type: 'integer', name: 'case_retention_years', default: 5 },
    actorName: { type: 'text', name: 'actor_name', default: '' },
  },
  checks: [
    { expression: "default_language IN ('en','es','fr')" },
    { expression: 'k_anonymity BETWEEN 2 AND 50' },
    { expression: 'auto_lock_minutes BETWEEN 0 AND 240' },
    { expression: "paper_size IN ('A4','Letter')" },
    { expression: 'backup_keep_daily BETWEEN 1 AND 60' },
    { expression: 'backup_keep_weekly BETWEEN 0 AND 52' },
    { expression: 'length(time_zone) <= 64' },
    { expression: 'length(secretariat_email) <= 254' },
    { expression: 'length(signatory_name) <= 200' },
    { expression: 'length(signatory_title) <= 200' },
    { expression: 'length(case_code_prefix) BETWEEN 1 AND 10' },
    { expression: 'cooperation_pending_days BETWEEN 1 AND 3650' },
    { expression: 'case_retention_years BETWEEN 1 AND 100' },
    { expression: 'length(actor_name) <= 120' },
  ],
});
