/**
 * Under a WORKSPACE_DAMAGED error: offers to restore the newest backup of the damaged file into
 * a new file (same dialog as in Settings), or says that no backup was found.
 */
import { Button, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { backupSchema } from '../../../../shared/contract/backup';
import { ApiError } from '../../api';
import { formatBackupMoment } from '../../components/backupFormat';
import { RestoreBackupModal } from '../../components/backups/RestoreBackupModal';

const damagedDetailsSchema = z.object({
  path: z.string(),
  newestBackup: backupSchema.nullable(),
});

export function DamagedWorkspaceHelp({
  error,
  passphrase,
}: {
  error: unknown;
  passphrase: string;
}) {
  const { t, i18n } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  if (!(error instanceof ApiError) || error.code !== 'WORKSPACE_DAMAGED') return null;
  const details = damagedDetailsSchema.safeParse(error.details);
  if (!details.success) return null;
  const { path, newestBackup } = details.data;

  if (!newestBackup) {
    return (
      <Text size="sm" c="dimmed">
        {t('backups.damaged.noBackup')}
      </Text>
    );
  }
  return (
    <>
      <Button
        variant="light"
        h="auto"
        py={8}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
        leftSection={<IconRestore size={18} aria-hidden />}
        onClick={() => setRestoring(true)}
      >
        {t('backups.damaged.restore', {
          date: formatBackupMoment(newestBackup.createdAt, i18n.language),
        })}
      </Button>
      <RestoreBackupModal
        backup={restoring ? newestBackup : null}
        workspacePath={path}
        initialPassphrase={passphrase}
        onClose={() => setRestoring(false)}
      />
    </>
  );
}
