/** Conversions between saved workspace settings and the settings form (numbers may be '' while typing). */
import type { WorkspaceSettings } from '../../../../shared/contract/workspace';
import { numberOf } from '../../components/form/contractRules';

export type SettingsFormValues = Omit<
  WorkspaceSettings,
  'kAnonymity' | 'autoLockMinutes' | 'cooperationPendingDays' | 'caseRetentionYears'
> & {
  kAnonymity: number | string;
  autoLockMinutes: number | string;
  cooperationPendingDays: number | string;
  caseRetentionYears: number | string;
};

export function toFormValues(settings: WorkspaceSettings): SettingsFormValues {
  return { ...settings };
}

export function toSettings(values: SettingsFormValues): WorkspaceSettings {
  return {
    taskForceName: values.taskForceName.trim(),
    country: values.country.trim().toUpperCase(),
    defaultLanguage: values.defaultLanguage,
    letterheadText: values.letterheadText.trim(),
    classificationMarking: values.classificationMarking.trim(),
    kAnonymity: Number(values.kAnonymity),
    autoLockMinutes: Number(values.autoLockMinutes),
    paperSize: values.paperSize,
    backupFolder: values.backupFolder.trim(),
    timeZone: values.timeZone.trim(),
    secretariatEmail: values.secretariatEmail.trim(),
    signatoryName: values.signatoryName.trim(),
    signatoryTitle: values.signatoryTitle.trim(),
    caseCodePrefix: values.caseCodePrefix.trim().toUpperCase(),
    cooperationPendingDays: Number(values.cooperationPendingDays),
    caseRetentionYears: Number(values.caseRetentionYears),
    // Edited in the backups section; passed through unchanged.
    backupKeepDaily: values.backupKeepDaily,
    backupKeepWeekly: values.backupKeepWeekly,
  };
}

function copyField<K extends keyof WorkspaceSettings>(
  target: Partial<WorkspaceSettings>,
  source: WorkspaceSettings,
  key: K,
): void {
  target[key] = source[key];
}

/** Only the fields that differ from what is saved: the update sends nothing else. */
export function changedSettings(
  saved: WorkspaceSettings,
  next: WorkspaceSettings,
): Partial<WorkspaceSettings> {
  const changes: Partial<WorkspaceSettings> = {};
  for (const key of Object.keys(next) as (keyof WorkspaceSettings)[]) {
    if (next[key] !== saved[key]) copyField(changes, next, key);
  }
  return changes;
}

/** The form's fields (those the settings form shows; backup rotation has its own form). */
export const SETTINGS_FORM_FIELDS = [
  'taskForceName',
  'country',
  'defaultLanguage',
  'letterheadText',
  'classificationMarking',
  'kAnonymity',
  'autoLockMinutes',
  'paperSize',
  'timeZone',
  'secretariatEmail',
  'signatoryName',
  'signatoryTitle',
  'caseCodePrefix',
  'cooperationPendingDays',
  'caseRetentionYears',
] as const;

/** What the contract checks: the settings, with an emptied number field as no number (not 0). */
export function toSettingsInput(values: SettingsFormValues): WorkspaceSettings {
  const settings = toSettings(values);
  for (const key of [
    'kAnonymity',
    'autoLockMinutes',
    'cooperationPendingDays',
    'caseRetentionYears',
  ] as const) {
    settings[key] = numberOf(values[key]);
  }
  return settings;
}
