/** The register as a sortable, paginated DataTable (50 rows a page keeps 1,000 agencies smooth). */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AgencyListItem } from '../../../../shared/contract/agencies';
import { usePagedTableProps } from '../../components/usePagedTableProps';
import { useSortLabels } from '../../components/useSortLabels';
import { PillarBadges } from './PillarBadges';
import { SORTABLE_COLUMNS, type AgencyFilters } from './useAgencyFilters';
import { isOneOf, MEMBERSHIP_COLORS } from '../../app/agencies/agencyVocabulary';

const PAGE_SIZE = 50;

interface AgencyTableProps {
  records: AgencyListItem[];
  fetching: boolean;
  filters: AgencyFilters;
  onSort: (sortBy: AgencyFilters['sortBy'], direction: 'asc' | 'desc') => void;
}

function NameCell({ agency }: { agency: AgencyListItem }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        <Anchor
          component={Link}
          to={`/agencies/${agency.id}`}
          fw={600}
          onClick={(event) => event.stopPropagation()}
        >
          {agency.name}
        </Anchor>
        {agency.archived ? (
          <Badge size="xs" color="gray" variant="light">
            {t('agencies.archived')}
          </Badge>
        ) : null}
      </Group>
      {agency.acronym ? (
        <Text size="xs" c="dimmed">
          {agency.acronym}
        </Text>
      ) : null}
    </Stack>
  );
}

function FocalPointCell({ agency }: { agency: AgencyListItem }) {
  const { t } = useTranslation();
  const fp = agency.primaryFocalPoint;
  if (!fp) {
    return (
      <Text size="sm" c="dimmed">
        {t('agencies.list.noFocalPoint')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm">{fp.name}</Text>
      {fp.email ? (
        <Text size="xs" c="dimmed">
          {fp.email}
        </Text>
      ) : null}
    </Stack>
  );
}

export function AgencyTable({ records, fetching, filters, onSort }: AgencyTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const wrapperRef = useRef<HTMLDivElement>(null);
  useSortLabels(wrapperRef);
  // The page resets whenever the records change (new filters, new sort).
  const [paging, setPaging] = useState({ records, page: 1 });
  const page = paging.records === records ? paging.page : 1;
  const sortStatus: DataTableSortStatus<AgencyListItem> = {
    columnAccessor: filters.sortBy,
    direction: filters.sortDirection,
  };
  const tableProps = usePagedTableProps(t('agencies.list.label'));

  return (
    <div ref={wrapperRef}>
      <DataTable<AgencyListItem>
        {...tableProps}
        fetching={fetching}
        records={records.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        totalRecords={records.length}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={(next) => setPaging({ records, page: next })}
        sortStatus={sortStatus}
        onSortStatusChange={({ columnAccessor, direction }) => {
          if (isOneOf(SORTABLE_COLUMNS, columnAccessor)) onSort(columnAccessor, direction);
        }}
        onRowClick={({ record }) => void navigate(`/agencies/${record.id}`)}
        columns={[
          {
            accessor: 'name',
            title: t('agencies.list.columns.name'),
            sortable: true,
            render: (agency) => <NameCell agency={agency} />,
          },
          {
            accessor: 'acronym',
            title: t('agencies.list.columns.acronym'),
            sortable: true,
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
          },
          {
            accessor: 'kind',
            title: t('agencies.list.columns.kind'),
            sortable: true,
            render: (agency) => t(`vocab.agencyKinds.${agency.kind}`),
          },
          {
            accessor: 'sector',
            title: t('agencies.list.columns.sector'),
            render: (agency) => t(`vocab.sectors.${agency.sector}`),
          },
          {
            accessor: 'pillarRoles',
            title: t('agencies.list.columns.pillars'),
            render: (agency) => <PillarBadges roles={agency.pillarRoles} />,
          },
          {
            accessor: 'primaryFocalPoint',
            title: t('agencies.list.columns.focalPoint'),
            render: (agency) => <FocalPointCell agency={agency} />,
          },
          {
            accessor: 'membershipStatus',
            title: t('agencies.list.columns.membership'),
            sortable: true,
            render: (agency) => (
              <Badge
                variant="light"
                color={MEMBERSHIP_COLORS[agency.membershipStatus]}
                miw="max-content"
              >
                {t(`vocab.membership.${agency.membershipStatus}`)}
              </Badge>
            ),
          },
        ]}
      />
    </div>
  );
}
