/** The decision register: every decision of every meeting, searchable, by body and year, paged. */
import { Anchor, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconGavel, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChannelInput } from '../../../../shared/contract';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { PageHeader } from '../../components/PageHeader';
import { call } from '../../api';
import { useBodyList } from '../../app/bodies/bodyQueries';
import { ExportMenu } from '../../components/exports/ExportMenu';
import { decisionKeys } from '../../app/meetings/meetingQueries';
import { currentYear } from '../../components/workspaceDay';
import { TableScroll } from '../../components/TableScroll';

const PAGE_SIZE = 25;
const YEARS_SHOWN = 10;

export function DecisionsPage() {
  const { t, i18n } = useTranslation();
  const bodies = useBodyList();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const filter: ChannelInput<'decisions:list'> = {
    ...(bodyId ? { bodyId } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(debounced ? { search: debounced } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const decisions = useQuery({
    queryKey: decisionKeys.list(filter),
    queryFn: () => call('decisions:list', filter),
    placeholderData: keepPreviousData,
  });
  const thisYear = currentYear();
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => String(thisYear + 1 - i));
  const total = decisions.data?.total ?? 0;
  const filtered = Boolean(bodyId || year || debounced);
  const resetPage =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <>
      <PageHeader
        title={t('decisions.title')}
        subtitle={t('decisions.subtitle')}
        actions={
          <ExportMenu
            documents={['decisionRegister']}
            label={t('exports.menu.exportRegister')}
            bodyId={bodyId}
            year={year ? Number(year) : null}
          />
        }
      />
      <Group gap="md" align="flex-end" mb="md" wrap="wrap">
        <TextInput
          label={t('decisions.search')}
          placeholder={t('decisions.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => resetPage(setSearch)(event.currentTarget.value)}
          w={320}
        />
        <Select
          label={t('decisions.body')}
          placeholder={t('meetings.list.allBodies')}
          data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
          value={bodyId}
          onChange={resetPage(setBodyId)}
          clearable
          w={240}
        />
        <Select
          label={t('decisions.year')}
          placeholder={t('decisions.allYears')}
          data={years}
          value={year}
          onChange={resetPage(setYear)}
          clearable
          w={140}
        />
      </Group>
      {decisions.isPending ? (
        <CenteredLoader minHeight={200} />
      ) : decisions.isError ? (
        <ErrorAlert error={decisions.error} />
      ) : total === 0 ? (
        filtered ? (
          <Text c="dimmed" py="lg" ta="center">
            {t('decisions.noneMatch')}
          </Text>
        ) : (
          <EmptyState
            icon={<IconGavel size={36} stroke={1.5} aria-hidden />}
            title={t('decisions.empty.title')}
            description={t('decisions.empty.description')}
          />
        )
      ) : (
        <Stack gap="md">
          <TableScroll minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('decisions.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={140}>{t('decisions.columns.reference')}</Table.Th>
                  <Table.Th>{t('decisions.columns.text')}</Table.Th>
                  <Table.Th>{t('decisions.columns.meeting')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {decisions.data.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {d.reference}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      {d.text}
                      {d.agendaItem ? (
                        <Text size="xs" c="dimmed">
                          {d.agendaItem.title}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/meetings/${d.meeting.id}/decisions`} size="sm">
                        {d.meeting.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {d.bodyName} · {formatDay(d.meeting.date, i18n.language)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('decisions.count', { count: total })}
            </Text>
            {total > PAGE_SIZE ? (
              <Pagination
                total={Math.ceil(total / PAGE_SIZE)}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({
                  'aria-label': t(`decisions.pager.${control}`),
                })}
                getItemProps={(p) => ({ 'aria-label': t('decisions.pager.page', { page: p }) })}
              />
            ) : null}
          </Group>
        </Stack>
      )}
    </>
  );
}
