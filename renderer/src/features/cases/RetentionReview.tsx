/** Closed cases past the retention period, for review; purging asks to confirm the count. */
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconArchive, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useCaseMutation, useRetentionList } from '../../app/cases/caseQueries';
import { formatMonth } from './caseVocabulary';

export function RetentionReview() {
  const { t, i18n } = useTranslation();
  const list = useRetentionList();
  const purge = useCaseMutation('cases:purge');
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);

  if (list.isPending) return <CenteredLoader minHeight={240} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const { items, retentionYears } = list.data;
  if (items.length === 0) {
    return (
      <EmptyState
        icon={<IconArchive size={36} stroke={1.5} aria-hidden />}
        title={t('cases.retention.emptyTitle')}
        description={t('cases.retention.emptyDescription', { count: retentionYears })}
      />
    );
  }
  return (
    <Stack gap="md">
      <Alert variant="light" color="gray">
        {t('cases.retention.intro', { count: retentionYears })}
      </Alert>
      <Group justify="space-between">
        <Text fw={600}>{t('cases.retention.due', { count: items.length })}</Text>
        <Button
          color="red"
          leftSection={<IconTrash size={18} aria-hidden />}
          onClick={() => setConfirming(true)}
        >
          {t('cases.retention.purge', { count: items.length })}
        </Button>
      </Group>
      <Table striped withTableBorder aria-label={t('cases.retention.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.list.columns.code')}</Table.Th>
            <Table.Th>{t('cases.retention.closed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td ff="monospace">{item.code}</Table.Td>
              <Table.Td>{formatMonth(item.closedMonth, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ConfirmModal
        opened={confirming}
        title={t('cases.retention.confirmTitle')}
        message={t('cases.retention.confirm', { count: items.length })}
        confirmLabel={t('cases.retention.purge', { count: items.length })}
        loading={purge.isPending}
        error={purge.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          purge.mutate(
            { ids: items.map((item) => item.id) },
            {
              onSuccess: (result) => {
                setConfirming(false);
                notify.success(
                  t('cases.retention.purgedTitle'),
                  t('cases.retention.purged', { count: result.purged }),
                );
              },
            },
          )
        }
      />
    </Stack>
  );
}
