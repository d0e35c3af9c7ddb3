/**
 * The decisions taken at this meeting, with their register references; record or edit one, and
 * add the follow-up action of a decision (also offered right after recording it).
 */
import { ActionIcon, Button, Group, Stack, Table, VisuallyHidden } from '@mantine/core';
import { IconGavel, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, MeetingDetail } from '../../../../shared/contract/meetings';
import { EmptyState } from '../../components/EmptyState';
import { DecisionFormModal } from './DecisionFormModal';
import { AddActionButton } from './AddActionButton';
import { useAddActionDialog } from './useAddActionDialog';
import { TableScroll } from '../../components/TableScroll';

export function DecisionsTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Decision | null>(null);
  const [creating, setCreating] = useState(false);
  const addAction = useAddActionDialog(meeting);
  const followUp = (decision: Decision) =>
    addAction.open({ agendaItemId: decision.agendaItem?.id, decisionId: decision.id });

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={meeting.locked}
          onClick={() => setCreating(true)}
        >
          {t('decisions.record')}
        </Button>
      </Group>
      {meeting.decisions.length === 0 ? (
        <EmptyState
          icon={<IconGavel size={36} stroke={1.5} aria-hidden />}
          title={t('decisions.meetingEmpty.title')}
          description={t('decisions.meetingEmpty.description')}
        />
      ) : (
        // Below ~800px the table scrolls rather than squeezing the decision's text.
        <TableScroll minWidth={800}>
          <Table verticalSpacing="sm" aria-label={t('meetings.tabs.decisions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={140}>{t('decisions.columns.reference')}</Table.Th>
                <Table.Th>{t('decisions.columns.text')}</Table.Th>
                <Table.Th>{t('decisions.columns.agendaItem')}</Table.Th>
                <Table.Th w={160}>
                  <VisuallyHidden>{t('decisions.edit')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.decisions.map((decision) => (
                <Table.Tr key={decision.id} data-focus-id={decision.id}>
                  <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
                    {decision.reference}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }} lang={meeting.language}>
                    {decision.text}
                  </Table.Td>
                  <Table.Td lang={meeting.language}>{decision.agendaItem?.title ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <AddActionButton
                        compact
                        locked={meeting.locked}
                        ariaLabel={t('decisions.followUpOne', { reference: decision.reference })}
                        onClick={() => followUp(decision)}
                      />
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('decisions.editOne', { reference: decision.reference })}
                        disabled={meeting.locked}
                        onClick={() => setEditing(decision)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <DecisionFormModal
        meeting={meeting}
        opened={creating || editing !== null}
        decision={editing}
        onFollowUp={followUp}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
      {addAction.dialog}
    </Stack>
  );
}
