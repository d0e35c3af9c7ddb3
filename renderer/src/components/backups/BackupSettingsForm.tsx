/**
 * Settings → Backups → where backups go and how many rotation keeps (the newest of each of
 * N recent days, then of each of M earlier weeks); saves only what changed.
 */
import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  workspaceSettingsSchema,
  type WorkspaceSettings,
} from '../../../../shared/contract/workspace';
import { call } from '../../api';
import { ErrorAlert } from '../ErrorAlert';
import { useNotify } from '../useNotify';
import { contractRules, maxLengthOf, numberOf, rangeOf } from '../form/contractRules';

const backupFields = workspaceSettingsSchema.pick({
  backupFolder: true,
  backupKeepDaily: true,
  backupKeepWeekly: true,
});

type BackupSettings = Pick<
  WorkspaceSettings,
  'backupFolder' | 'backupKeepDaily' | 'backupKeepWeekly'
>;
type BackupSettingsValues = {
  backupFolder: string;
  backupKeepDaily: number | string;
  backupKeepWeekly: number | string;
};

function toValues(settings: BackupSettings): BackupSettingsValues {
  const { backupFolder, backupKeepDaily, backupKeepWeekly } = settings;
  return { backupFolder, backupKeepDaily, backupKeepWeekly };
}

/** The fields that differ from what is saved. */
function changes(saved: BackupSettingsValues, next: BackupSettingsValues): Partial<BackupSettings> {
  const out: Partial<BackupSettings> = {};
  const folder = next.backupFolder.trim();
  if (folder !== saved.backupFolder) out.backupFolder = folder;
  if (Number(next.backupKeepDaily) !== Number(saved.backupKeepDaily))
    out.backupKeepDaily = Number(next.backupKeepDaily);
  if (Number(next.backupKeepWeekly) !== Number(saved.backupKeepWeekly))
    out.backupKeepWeekly = Number(next.backupKeepWeekly);
  return out;
}

export function BackupSettingsForm({
  settings,
  defaultFolder,
}: {
  settings: WorkspaceSettings;
  /** Where backups go when no folder is set (shown as the placeholder). */
  defaultFolder: string;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const range = (field: 'backupKeepDaily' | 'backupKeepWeekly') =>
    t('backups.keepRange', rangeOf(backupFields.shape[field]));

  const form = useForm<BackupSettingsValues>({
    initialValues: toValues(settings),
    validate: contractRules(t, {
      schema: backupFields,
      toInput: (values) => ({
        backupFolder: values.backupFolder.trim(),
        backupKeepDaily: numberOf(values.backupKeepDaily),
        backupKeepWeekly: numberOf(values.backupKeepWeekly),
      }),
      fields: ['backupFolder', 'backupKeepDaily', 'backupKeepWeekly'],
      invalid: {
        backupFolder: t('backups.folderNotAbsolute'),
        backupKeepDaily: range('backupKeepDaily'),
        backupKeepWeekly: range('backupKeepWeekly'),
      },
    }),
  });

  const save = useMutation({
    mutationFn: (patch: Partial<BackupSettings>) => call('workspace:updateSettings', patch),
    onSuccess: async (saved) => {
      const values = toValues(saved);
      form.setInitialValues(values);
      form.setValues(values);
      form.resetDirty(values);
      notify.success(t('backups.settingsSaved'), t('backups.settingsSavedMessage'));
    },
  });

  // The desktop app lends a native folder picker; in the browser the path is typed.
  const capabilities = useQuery({
    queryKey: ['host', 'capabilities'],
    queryFn: () => call('host:capabilities', {}),
    staleTime: Infinity,
  });
  const canPick = capabilities.data?.pickFolder === true;
  const chooseFolder = async () => {
    try {
      const { path } = await call('host:pickFolder', { title: t('backups.folder') });
      if (path) form.setFieldValue('backupFolder', path);
    } catch (error) {
      notify.error(error);
    }
  };

  const submit = (values: BackupSettingsValues) => {
    const patch = changes(form.getInitialValues(), values);
    if (Object.keys(patch).length === 0) {
      notify.info(t('settings.workspace.noChanges'), t('settings.workspace.noChangesMessage'));
      return;
    }
    save.mutate(patch);
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <TextInput
          {...form.getInputProps('backupFolder')}
          label={t('backups.folder')}
          description={t('backups.folderDescription')}
          placeholder={defaultFolder}
          autoComplete="off"
          spellCheck={false}
          maxLength={maxLengthOf(backupFields.shape.backupFolder)}
          rightSectionWidth={canPick ? 110 : undefined}
          rightSection={
            canPick ? (
              <Button size="compact-sm" variant="default" onClick={() => void chooseFolder()}>
                {t('backups.chooseFolder')}
              </Button>
            ) : null
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            {...form.getInputProps('backupKeepDaily')}
            label={t('backups.keepDaily')}
            description={t('backups.keepDailyDescription')}
            {...rangeOf(backupFields.shape.backupKeepDaily)}
            allowDecimal={false}
            allowNegative={false}
          />
          <NumberInput
            {...form.getInputProps('backupKeepWeekly')}
            label={t('backups.keepWeekly')}
            description={t('backups.keepWeeklyDescription')}
            {...rangeOf(backupFields.shape.backupKeepWeekly)}
            allowDecimal={false}
            allowNegative={false}
          />
        </SimpleGrid>
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('backups.saveSettings')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
