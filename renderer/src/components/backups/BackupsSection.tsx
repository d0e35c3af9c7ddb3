/**
 * Settings → Backups: where backups go and how many are kept, a backup on demand, and the
 * backups already made, each of which can be restored into a new file.
 */
import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Backup } from '../../../../shared/contract/backup';
import type { WorkspaceSettings } from '../../../../shared/contract/workspace';
import { call } from '../../api';
import { DEFAULT_PATH } from '../../app/navigation';
import { CenteredLoader } from '../CenteredLoader';
import { ErrorAlert } from '../ErrorAlert';
import { Section } from '../Section';
import { useNotify } from '../useNotify';
import { useWorkspaceStatus } from '../../app/workspace/workspaceQueries';
import { BackupSettingsForm } from './BackupSettingsForm';
import { formatBackupMoment, formatBackupSize, formatBackupTime } from '../backupFormat';
import { useBackupList } from '../../app/backups/backupQueries';
import { RestoreBackupModal } from './RestoreBackupModal';
import { TableScroll } from '../TableScroll';

export function BackupsSection({ settings }: { settings: WorkspaceSettings }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const { data: status } = useWorkspaceStatus();
  const list = useBackupList();
  const [restoring, setRestoring] = useState<Backup | null>(null);

  const backUpNow = useMutation({
    mutationFn: () => call('backup:now', {}),
    onSuccess: ({ backup }) => {
      notify.success(
        t('backups.saved'),
        t('backups.savedMessage', { time: formatBackupTime(backup.createdAt, i18n.language) }),
      );
    },
  });

  const items = list.data?.items ?? [];

  return (
    <Section
      title={t('backups.title')}
      actions={
        <Button
          leftSection={<IconDatabaseExport size={18} aria-hidden />}
          onClick={() => backUpNow.mutate()}
          loading={backUpNow.isPending}
        >
          {t('backups.backUpNow')}
        </Button>
      }
    >
      <Stack gap="lg">
        <Text c="dimmed" size="sm">
          {t('backups.description')}
        </Text>
        {backUpNow.isError ? <ErrorAlert error={backUpNow.error} /> : null}

        <BackupSettingsForm settings={settings} defaultFolder={list.data?.folder ?? ''} />

        {list.isPending ? (
          <CenteredLoader minHeight={120} />
        ) : list.isError ? (
          <ErrorAlert error={list.error} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('backups.empty')}
          </Text>
        ) : (
          <TableScroll minWidth={480}>
            <Table striped withTableBorder verticalSpacing="xs" captionSide="top">
              <Table.Caption>
                <VisuallyHidden>{t('backups.tableCaption')}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.table.when')}</Table.Th>
                  <Table.Th w={120} ta="right">
                    {t('backups.table.size')}
                  </Table.Th>
                  <Table.Th w={160}>
                    <VisuallyHidden>{t('backups.table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((backup) => {
                  const date = formatBackupMoment(backup.createdAt, i18n.language);
                  return (
                    <Table.Tr key={backup.path}>
                      <Table.Td>{date}</Table.Td>
                      <Table.Td ta="right">
                        {formatBackupSize(backup.bytes, t, i18n.language)}
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconRestore size={16} aria-hidden />}
                          aria-label={t('backups.restoreAria', { date })}
                          onClick={() => setRestoring(backup)}
                        >
                          {t('backups.restoreButton')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      <RestoreBackupModal
        backup={restoring}
        workspacePath={status?.path}
        onClose={() => setRestoring(null)}
        onOpened={() => void navigate(DEFAULT_PATH)}
      />
    </Section>
  );
}
