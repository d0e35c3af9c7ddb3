/**
 * "Your name (shown in the audit log)": the name the audit log signs this workspace's changes
 * with. It is a workspace setting (kept in the encrypted file, never in the app's plaintext
 * data folder); empty means the computer account's name, as before.
 */
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { WorkspaceSettings } from '../../../../shared/contract/workspace';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { useNotify } from '../../components/useNotify';
import { SettingsSection } from './SettingsSection';

/** The name as 'workspace:updateSettings' takes it. */
const nameFields = contract['workspace:updateSettings'].input.pick({ actorName: true });

/** Keyed by the saved name (see SettingsPage): a name saved elsewhere resets the field. */
export function AuditNameSection({ settings }: { settings: WorkspaceSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const saved = settings.actorName ?? '';
  const form = useForm({
    initialValues: { actorName: saved },
    validate: contractRules(t, { schema: nameFields, fields: ['actorName'] }),
  });
  const save = useMutation({
    mutationFn: (actorName: string) => call('workspace:updateSettings', { actorName }),
    onSuccess: (result) => {
      form.setValues({ actorName: result.actorName ?? '' });
      notify.success(t('settings.auditName.title'), t('settings.auditName.saved'));
    },
  });
  const submit = ({ actorName }: { actorName: string }) => {
    if (!save.isPending) save.mutate(actorName.trim());
  };

  return (
    <SettingsSection
      id="settings-audit-name"
      title={t('settings.auditName.title')}
      description={t('settings.auditName.description')}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('settings.auditName.label')}
            description={t('settings.auditName.hint')}
            {...form.getInputProps('actorName')}
            maxLength={maxLengthOf(nameFields.shape.actorName)}
            autoComplete="name"
            style={{ flex: '1 1 280px' }}
          />
          <Button
            type="submit"
            loading={save.isPending}
            disabled={form.values.actorName.trim() === saved}
          >
            {t('settings.auditName.save')}
          </Button>
        </Group>
        {save.error ? <ErrorAlert error={save.error} mt="sm" /> : null}
      </form>
    </SettingsSection>
  );
}
