/**
 * The actions of one meeting as a table, in the order of the agenda item they were agreed under
 * (see meetingActionOrder), each naming its item and decision.
 */
import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionListItem } from '../../../../shared/contract/actions';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { DueDate, PriorityBadge, StatusBadge } from '../../components/actions/ActionBadges';
import { OwnerCell, TitleCell } from '../../components/actions/ActionTable';
import { inAgendaOrder } from './meetingActionOrder';
import { TableScroll } from '../../components/TableScroll';

interface MeetingActionsTableProps {
  meeting: MeetingDetail;
  /** The meeting's actions in entry order. */
  actions: ActionListItem[];
  onOpen: (id: string) => void;
}

/** "4. Review of action items · Decision TF/2026/01": where in the meeting it was agreed. */
function useOriginLabel(meeting: MeetingDetail) {
  const { t } = useTranslation();
  return useMemo(() => {
    const items = new Map(meeting.agenda.map((item, i) => [item.id, `${i + 1}. ${item.title}`]));
    const decisions = new Map(meeting.decisions.map((d) => [d.id, d.reference]));
    return (action: ActionListItem) =>
      [
        action.agendaItemId ? items.get(action.agendaItemId) : undefined,
        action.decisionId && decisions.has(action.decisionId)
          ? t('meetings.actions.decision', { reference: decisions.get(action.decisionId) })
          : undefined,
      ]
        .filter(Boolean)
        .join(' · ');
  }, [meeting.agenda, meeting.decisions, t]);
}

export function MeetingActionsTable({ meeting, actions, onOpen }: MeetingActionsTableProps) {
  const { t } = useTranslation();
  const originLabel = useOriginLabel(meeting);
  const rows = useMemo(() => inAgendaOrder(meeting.agenda, actions), [meeting.agenda, actions]);
  return (
    <TableScroll minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('meetings.actions.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actions.list.columns.title')}</Table.Th>
            <Table.Th>{t('actions.list.columns.owner')}</Table.Th>
            <Table.Th>{t('actions.list.columns.due')}</Table.Th>
            <Table.Th>{t('actions.list.columns.priority')}</Table.Th>
            <Table.Th>{t('actions.list.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td w="40%">
                <TitleCell action={action} onOpen={onOpen} subtitle={originLabel(action)} />
              </Table.Td>
              <Table.Td>
                <OwnerCell action={action} />
              </Table.Td>
              <Table.Td>
                <DueDate dueDate={action.dueDate} daysOverdue={action.daysOverdue} stacked />
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={action.priority} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={action.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
