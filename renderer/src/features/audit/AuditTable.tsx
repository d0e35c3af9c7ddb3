/** One page of audit entries as a plain table: number, time, who, action, record, details. */
import { Code, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { formatMoment } from '../../components/formatDay';
import { AuditDetails } from './AuditDetails';
import { actionLabel, recordTypeLabel } from './auditVocabulary';
import { TableScroll } from '../../components/TableScroll';

function RecordCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{recordTypeLabel(t, entry.recordType)}</Text>
      {entry.recordId ? (
        <Code title={entry.recordId}>{entry.recordId.slice(0, 8)}</Code>
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
    </Group>
  );
}

export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll minWidth={900}>
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
            <Table.Th w={200}>{t('audit.table.when')}</Table.Th>
            <Table.Th w={140}>{t('audit.table.who')}</Table.Th>
            <Table.Th w={200}>{t('audit.table.action')}</Table.Th>
            <Table.Th w={170}>{t('audit.table.record')}</Table.Th>
            <Table.Th>{t('audit.table.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => (
            <Table.Tr key={entry.seq} style={{ verticalAlign: 'top' }}>
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
                <Text size="sm" fw={500}>
                  {actionLabel(t, entry.channel)}
                </Text>
              </Table.Td>
              <Table.Td>
                <RecordCell entry={entry} />
              </Table.Td>
              <Table.Td>
                <AuditDetails summary={entry.summary} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
