/** The action list as a sortable, server-paged DataTable with row selection for bulk changes. */
import { Anchor, Stack, Text } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionListItem } from '../../../../shared/contract/actions';
import { ACTION_SORT_KEYS, type ActionSortKey } from '../../../../shared/domain/actions';
import { formatDay } from '../formatDay';
import { usePagedTableProps } from '../usePagedTableProps';
import { useSortLabels } from '../useSortLabels';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { DueDate, PriorityBadge, StatusBadge } from './ActionBadges';
import { useMeetingLabel } from '../../app/actions/actionVocabulary';

export const PAGE_SIZE = 50;

interface ActionTableProps {
  records: ActionListItem[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  fetching: boolean;
  sortBy: ActionSortKey;
  sortDir: 'asc' | 'desc';
  onSort: (sortBy: ActionSortKey, dir: 'asc' | 'desc') => void;
  selected: ActionListItem[];
  onSelect: (selected: ActionListItem[]) => void;
  onOpen: (id: string) => void;
}

interface TitleCellProps {
  action: ActionListItem;
  onOpen: (id: string) => void;
  /** The line under the title; by default the meeting that raised it. */
  subtitle?: string;
}

/** The title as a button that opens the action, and a dimmed line under it. */
export function TitleCell({ action, onOpen, subtitle }: TitleCellProps) {
  const meetingLabel = useMeetingLabel();
  const under = subtitle ?? (action.meeting ? meetingLabel(action.meeting) : '');
  return (
    <Stack gap={2}>
      <Anchor
        component="button"
        type="button"
        fw={600}
        ta="left"
        onClick={(event) => {
          event.stopPropagation();
          onOpen(action.id);
        }}
      >
        {action.title}
      </Anchor>
      {under ? (
        <Text size="xs" c="dimmed">
          {under}
        </Text>
      ) : null}
    </Stack>
  );
}

export function OwnerCell({ action }: { action: ActionListItem }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{action.ownerAgency.acronym || action.ownerAgency.name}</Text>
      {action.focalPoint ? (
        <Text size="xs" c="dimmed">
          {action.focalPoint.name}
        </Text>
      ) : null}
    </Stack>
  );
}

function LatestUpdateCell({ action }: { action: ActionListItem }) {
  const { i18n } = useTranslation();
  if (!action.latestUpdate) return null;
  return (
    <Text size="xs" lineClamp={2}>
      <Text span c="dimmed" size="xs">
        {formatDay(action.latestUpdate.date, i18n.language)}
      </Text>
      {action.latestUpdate.note ? ` · ${action.latestUpdate.note}` : ''}
    </Text>
  );
}

export function ActionTable(props: ActionTableProps) {
  const { t } = useTranslation();
  const wrapperRef = useRef<HTMLDivElement>(null);
  useSortLabels(wrapperRef);
  const sortStatus: DataTableSortStatus<ActionListItem> = {
    columnAccessor: props.sortBy === 'owner' ? 'ownerAgency' : props.sortBy,
    direction: props.sortDir,
  };
  const tableProps = usePagedTableProps(t('actions.list.label'));

  return (
    <div ref={wrapperRef}>
      <DataTable<ActionListItem>
        {...tableProps}
        fetching={props.fetching}
        records={props.records}
        totalRecords={props.total}
        recordsPerPage={PAGE_SIZE}
        page={props.page}
        onPageChange={props.onPage}
        sortStatus={sortStatus}
        onSortStatusChange={({ columnAccessor, direction }) => {
          const key = columnAccessor === 'ownerAgency' ? 'owner' : columnAccessor;
          if (isOneOf(ACTION_SORT_KEYS, key)) props.onSort(key, direction);
        }}
        selectedRecords={props.selected}
        onSelectedRecordsChange={props.onSelect}
        getRecordSelectionCheckboxProps={(action) => ({
          'aria-label': t('actions.list.select', { title: action.title }),
        })}
        allRecordsSelectionCheckboxProps={{ 'aria-label': t('actions.list.selectAll') }}
        onRowClick={({ record }) => props.onOpen(record.id)}
        rowStyle={(action) =>
          action.overdue ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined
        }
        columns={[
          {
            accessor: 'title',
            title: t('actions.list.columns.title'),
            sortable: true,
            // The title takes what the other columns leave; they keep their content's width.
            cellsStyle: () => ({ minWidth: 280 }),
            render: (action) => <TitleCell action={action} onOpen={props.onOpen} />,
          },
          {
            accessor: 'ownerAgency',
            title: t('actions.list.columns.owner'),
            cellsStyle: () => ({ minWidth: 140 }),
            sortable: true,
            render: (action) => <OwnerCell action={action} />,
          },
          {
            accessor: 'dueDate',
            noWrap: true,
            title: t('actions.list.columns.due'),
            sortable: true,
            render: (action) => (
              <DueDate dueDate={action.dueDate} daysOverdue={action.daysOverdue} stacked />
            ),
          },
          {
            accessor: 'priority',
            noWrap: true,
            title: t('actions.list.columns.priority'),
            sortable: true,
            render: (action) => <PriorityBadge priority={action.priority} />,
          },
          {
            accessor: 'status',
            noWrap: true,
            title: t('actions.list.columns.status'),
            sortable: true,
            render: (action) => <StatusBadge status={action.status} />,
          },
          {
            accessor: 'latestUpdate',
            title: t('actions.list.columns.latest'),
            width: 260,
            // Beside the title from 1408 px: on a laptop the title needs the room.
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.xl})`,
            render: (action) => <LatestUpdateCell action={action} />,
          },
        ]}
      />
    </div>
  );
}
