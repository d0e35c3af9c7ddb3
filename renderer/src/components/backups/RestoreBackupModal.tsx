/**
 * Restores a backup into a new file (the current workspace is left as it is), then offers to
 * open the restored workspace with the same passphrase.
 */
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { contractRules } from '../form/contractRules';
import type { Backup } from '../../../../shared/contract/backup';
import { call, errorCodeOf } from '../../api';
import { AppModal } from '../AppModal';
import { ErrorAlert } from '../ErrorAlert';
import { FormActions } from '../FormActions';
import { PassphraseInput } from '../PassphraseInput';
import { applyWorkspaceStatus, dropWorkspaceData } from '../../app/workspace/workspaceQueries';
import { formatBackupMoment, restoredFileName } from '../backupFormat';

interface RestoreBackupModalProps {
  /** The backup to restore; the dialog is open while it is set. */
  backup: Backup | null;
  /** The workspace file the backup belongs to (names the new file). */
  workspacePath: string | undefined;
  /** Passphrase already typed (damaged workspace on open), to spare typing it again. */
  initialPassphrase?: string;
  onClose: () => void;
  /** Called once the restored workspace is open. */
  onOpened?: () => void;
}

export function RestoreBackupModal({ backup, onClose, ...rest }: RestoreBackupModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      confirmDiscard={false}
      opened={backup !== null}
      onClose={onClose}
      title={t('backups.restore.title')}
    >
      {backup ? <RestoreBackupForm backup={backup} onClose={onClose} {...rest} /> : null}
    </AppModal>
  );
}

interface RestoreValues {
  fileName: string;
  passphrase: string;
}

function RestoreBackupForm({
  backup,
  workspacePath,
  initialPassphrase,
  onClose,
  onOpened,
}: RestoreBackupModalProps & { backup: Backup }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const passphraseRef = useRef<HTMLInputElement>(null);
  const form = useForm<RestoreValues>({
    initialValues: {
      fileName: restoredFileName(workspacePath, backup.createdAt),
      passphrase: initialPassphrase ?? '',
    },
    validate: contractRules(t, {
      schema: contract['backup:restore'].input.pick({ targetPath: true, passphrase: true }),
      toInput: (values) => ({ targetPath: values.fileName.trim(), passphrase: values.passphrase }),
      fields: ['fileName', 'passphrase'],
      rename: { targetPath: 'fileName' },
      required: {
        fileName: t('backups.restore.fileNameRequired'),
        passphrase: t('backups.restore.passphraseRequired'),
      },
    }),
  });

  const restore = useMutation({
    mutationFn: (values: RestoreValues) =>
      call('backup:restore', {
        backupPath: backup.path,
        targetPath: values.fileName.trim(),
        passphrase: values.passphrase,
      }),
    onError: (error) => {
      if (errorCodeOf(error) === 'WRONG_PASSPHRASE') {
        form.setFieldValue('passphrase', '');
        passphraseRef.current?.focus();
      }
    },
  });

  const open = useMutation({
    mutationFn: (path: string) =>
      call('workspace:open', { path, passphrase: form.getValues().passphrase }),
    onSuccess: (status) => {
      // Another workspace replaces the one shown: forget everything held from it first.
      dropWorkspaceData(queryClient);
      applyWorkspaceStatus(queryClient, status);
      onOpened?.();
    },
  });

  if (restore.isSuccess) {
    return (
      <Stack gap="md">
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={20} aria-hidden />}
          title={t('backups.restore.done')}
          role="status"
        >
          <Text size="sm">
            {t('backups.restore.doneMessage')}{' '}
            <Code style={{ wordBreak: 'break-all' }}>{restore.data.path}</Code>
          </Text>
        </Alert>
        {open.isError ? <ErrorAlert error={open.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={() => open.mutate(restore.data.path)} loading={open.isPending}>
            {t('backups.restore.openRestored')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      onSubmit={(event) => {
        // The dialog may sit inside another form (open, unlock): React bubbles through portals.
        event.stopPropagation();
        form.onSubmit((values) => restore.mutate(values))(event);
      }}
      noValidate
    >
      <Stack gap="md">
        <Text size="sm">
          {t('backups.restore.intro', {
            date: formatBackupMoment(backup.createdAt, i18n.language),
          })}
        </Text>
        <TextInput
          {...form.getInputProps('fileName')}
          label={t('backups.restore.fileName')}
          description={t('backups.restore.fileNameDescription')}
          required
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <PassphraseInput
          {...form.getInputProps('passphrase')}
          ref={passphraseRef}
          label={t('backups.restore.passphrase')}
          description={t('backups.restore.passphraseDescription')}
          required
          autoComplete="current-password"
        />
        {restore.isError ? <ErrorAlert error={restore.error} /> : null}
        <FormActions
          onCancel={onClose}
          submitLabel={t('backups.restore.submit')}
          loading={restore.isPending}
        />
      </Stack>
    </form>
  );
}
