/**
 * One page of audit entries: number, time, who, and what happened in one sentence; each entry
 * opens its details (record, raw data) in a drawer.
 */
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { formatMoment } from '../../components/formatDay';
import { TableScroll } from '../../components/TableScroll';
import { auditSentence, recordTypeLabel } from './auditVocabulary';

export function AuditTable({
  items,
  onOpen,
}: {
  items: AuditEntry[];
  onOpen: (entry: AuditEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll minWidth={760}>
      <Table striped withTableBorder verticalSpacing="sm" captionSide="top">
        <Table.Caption>
          <VisuallyHidden>{t('audit.table.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>
              <span aria-hidden="true">#</span>
              <VisuallyHidden>{t('audit.table.seq')}</VisuallyHidden>
            </Table.Th>
            <Table.Th w={190}>{t('audit.table.when')}</Table.Th>
            <Table.Th w={160}>{t('audit.table.who')}</Table.Th>
            <Table.Th>{t('audit.table.what')}</Table.Th>
            <Table.Th w={120}>
              <VisuallyHidden>{t('audit.table.details')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={entry.seq} style={{ verticalAlign: 'top' }} data-testid="audit-entry">
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {entry.seq}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  component="time"
                  dateTime={entry.at}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {formatMoment(entry.at, i18n.language, 'medium')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {entry.actor}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {auditSentence(t, entry)}
                </Text>
                <Text size="xs" c="dimmed">
                  {recordTypeLabel(t, entry.recordType)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconListDetails size={16} aria-hidden />}
                  onClick={() => onOpen(entry)}
                  aria-label={t('audit.table.openEntry', { seq: entry.seq })}
                >
                  {t('audit.table.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
