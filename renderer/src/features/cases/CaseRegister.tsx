/**
 * The case register: filters in the URL, one server page of cases, or the empty / no-match
 * state. A row opens the case page.
 */
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileLock, IconFilterOff, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseListItem } from '../../../../shared/contract/cases';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePagedTableProps } from '../../components/usePagedTableProps';
import { DaysPending, StageBadge } from './CaseBadges';
import { CaseFilterBar } from './CaseFilterBar';
import { caseFilterFromParams, caseFilterToParams, type CaseFilter } from './caseFilterParams';
import { useCaseList } from '../../app/cases/caseQueries';
import { formatMonth, useCaseVocabulary } from './caseVocabulary';
import { useCountries } from '../../components/useCountries';

export const PAGE_SIZE = 50;

function CaseTable({
  items,
  total,
  page,
  onPage,
  fetching,
}: {
  items: CaseListItem[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  fetching: boolean;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const vocab = useCaseVocabulary();
  const countries = useCountries();
  const tableProps = usePagedTableProps(t('cases.list.label'));
  return (
    <DataTable<CaseListItem>
      {...tableProps}
      fetching={fetching}
      records={items}
      totalRecords={total}
      recordsPerPage={PAGE_SIZE}
      page={page}
      onPageChange={onPage}
      onRowClick={({ record }) => void navigate(`/cases/${record.id}`)}
      columns={[
        {
          accessor: 'code',
          title: t('cases.list.columns.code'),
          render: (c) => (
            <Stack gap={2}>
              <Anchor
                component={Link}
                to={`/cases/${c.id}`}
                fw={600}
                ff="monospace"
                onClick={(event) => event.stopPropagation()}
              >
                {c.code}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('cases.list.opened', { month: formatMonth(c.openedMonth, i18n.language) })}
              </Text>
            </Stack>
          ),
        },
        {
          accessor: 'stage',
          title: t('cases.list.columns.stage'),
          render: (c) => <StageBadge stage={c.stage} />,
        },
        {
          accessor: 'victimCount',
          title: t('cases.list.columns.victims'),
          textAlign: 'right',
        },
        {
          accessor: 'nationalities',
          title: t('cases.list.columns.nationalities'),
          render: (c) => (
            <Text size="sm">{c.nationalities.map((n) => countries.nameOf(n)).join(', ')}</Text>
          ),
        },
        {
          accessor: 'exploitationForms',
          title: t('cases.list.columns.forms'),
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
          render: (c) => (
            <Text size="sm">
              {c.exploitationForms.map((f) => vocab.label('forms', f)).join(', ')}
            </Text>
          ),
        },
        {
          accessor: 'agencies',
          title: t('cases.list.columns.agencies'),
          visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.lg})`,
          render: (c) => (
            <Text size="sm">{c.agencies.map((a) => a.acronym || a.name).join(', ')}</Text>
          ),
        },
        {
          accessor: 'pendingRequests',
          title: t('cases.list.columns.cooperation'),
          render: (c) =>
            c.pendingRequests === 0 ? (
              <Text size="sm" c="dimmed">
                {t('cases.list.noPending')}
              </Text>
            ) : (
              <Group gap={6} wrap="nowrap">
                <Text size="sm">{t('cases.list.pending', { count: c.pendingRequests })}</Text>
                <DaysPending days={c.maxDaysPending} overdue={false} />
              </Group>
            ),
        },
      ]}
    />
  );
}

export function CaseRegister({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = caseFilterFromParams(params);
  const filterKey = caseFilterToParams(filter).toString();
  const [paging, setPaging] = useState({ key: filterKey, page: 1 });
  const page = paging.key === filterKey ? paging.page : 1;
  const list = useCaseList({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const update = (patch: Partial<CaseFilter>) => {
    const next: CaseFilter = { ...filter, ...patch };
    setParams((current) => caseFilterToParams(next, current), { replace: true });
  };
  const active = filterKey !== '';

  const body = () => {
    if (list.isPending) return <CenteredLoader minHeight={240} />;
    if (list.isError) return <ErrorAlert error={list.error} />;
    if (list.data.total === 0) {
      return active ? (
        <EmptyState
          icon={<IconFilterOff size={36} stroke={1.5} aria-hidden />}
          title={t('cases.noMatch.title')}
          description={t('cases.noMatch.description')}
        >
          <Button
            variant="light"
            onClick={() => setParams((current) => caseFilterToParams({}, current))}
          >
            {t('cases.noMatch.clear')}
          </Button>
        </EmptyState>
      ) : (
        <EmptyState
          icon={<IconFileLock size={36} stroke={1.5} aria-hidden />}
          title={t('cases.empty.title')}
          description={t('cases.empty.description')}
        >
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onCreate}>
            {t('cases.new')}
          </Button>
        </EmptyState>
      );
    }
    return (
      <CaseTable
        items={list.data.items}
        total={list.data.total}
        page={page}
        onPage={(next) => setPaging({ key: filterKey, page: next })}
        fetching={list.isPlaceholderData}
      />
    );
  };

  return (
    <>
      <CaseFilterBar filter={filter} onChange={update} />
      {body()}
    </>
  );
}
