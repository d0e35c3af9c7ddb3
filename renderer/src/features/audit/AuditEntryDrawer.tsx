/**
 * One audit entry in full, in a drawer opened from the log: the sentence, who and when, the
 * record, and the raw data the entry holds (JSON) — the only place the log shows it.
 */
import { Code, Drawer, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { formatMoment } from '../../components/formatDay';
import { auditSentence, recordTitle, recordTypeLabel } from './auditVocabulary';

export function AuditEntryDrawer({
  entry,
  onClose,
}: {
  entry: AuditEntry | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={entry ? t('audit.drawer.title', { seq: entry.seq }) : ''}
      scrollAreaComponent={ScrollArea.Autosize}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {entry ? (
        <Stack gap="md" data-testid="audit-entry-drawer">
          <Text fw={500}>{auditSentence(t, entry)}</Text>
          <Table variant="vertical" withTableBorder layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>{t('audit.drawer.when')}</Table.Th>
                <Table.Td>
                  <time dateTime={entry.at}>{formatMoment(entry.at, i18n.language, 'medium')}</time>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.drawer.who')}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.actor}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.drawer.recordType')}</Table.Th>
                <Table.Td>{recordTypeLabel(t, entry.recordType)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.drawer.recordTitle')}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{recordTitle(t, entry)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.drawer.recordId')}</Table.Th>
                <Table.Td>
                  <Code style={{ overflowWrap: 'anywhere' }}>{entry.recordId ?? '—'}</Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('audit.drawer.channel')}</Table.Th>
                <Table.Td>
                  <Code>{entry.channel}</Code>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('audit.drawer.raw')}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {t('audit.drawer.rawDescription')}
            </Text>
            <Code block data-testid="audit-entry-json" style={{ whiteSpace: 'pre-wrap' }}>
              {JSON.stringify(entry.summary, null, 2)}
            </Code>
          </div>
        </Stack>
      ) : null}
    </Drawer>
  );
}
