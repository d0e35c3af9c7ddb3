/**
 * "Your name (shown in the audit log)": the name the audit log signs this workspace's changes
 * with. It is a workspace setting (kept in the encrypted file, never in the app's plaintext
 * data folder); empty means the computer account's name, as before.
 */
import { Button, Group, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSettings } from '../../../../shared/contract/workspace';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { SettingsSection } from './SettingsSection';

const MAX_NAME = 120;

/** Keyed by the saved name (see SettingsPage): a name saved elsewhere resets the field. */
export function AuditNameSection({ settings }: { settings: WorkspaceSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const saved = settings.actorName ?? '';
  const [name, setName] = useState(saved);
  const save = useMutation({
    mutationFn: (actorName: string) => call('workspace:updateSettings', { actorName }),
    onSuccess: (result) => {
      setName(result.actorName ?? '');
      notify.success(t('settings.auditName.title'), t('settings.auditName.saved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate(name.trim());
  };

  return (
    <SettingsSection
      id="settings-audit-name"
      title={t('settings.auditName.title')}
      description={t('settings.auditName.description')}
    >
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('settings.auditName.label')}
            description={t('settings.auditName.hint')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={MAX_NAME}
            autoComplete="name"
            style={{ flex: '1 1 280px' }}
          />
          <Button type="submit" loading={save.isPending} disabled={name.trim() === saved}>
            {t('settings.auditName.save')}
          </Button>
        </Group>
        {save.error ? <ErrorAlert error={save.error} mt="sm" /> : null}
      </form>
    </SettingsSection>
  );
}
