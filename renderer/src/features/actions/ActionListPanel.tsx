/** One page of the filtered list: bulk bar, table, or the empty / no-match state. */
import { Button } from '@mantine/core';
import { IconChecklist, IconFilterOff, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFilter, ActionListItem } from '../../../../shared/contract/actions';
import type { ActionSortKey } from '../../../../shared/domain/actions';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasActiveFilter } from '../../app/actions/actionFilterParams';
import { useActionList } from '../../app/actions/actionQueries';
import { ActionTable, PAGE_SIZE } from '../../components/actions/ActionTable';
import { BulkStatusBar } from './BulkStatusBar';

interface ListPanelProps {
  filter: ActionFilter;
  sortBy: ActionSortKey;
  sortDir: 'asc' | 'desc';
  onSort: (sortBy: ActionSortKey, dir: 'asc' | 'desc') => void;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onClear: () => void;
  /** Shown instead of the generic no-match state (e.g. "this agency has no open actions"). */
  noMatch?: { title: string; description: string };
}

export function ActionListPanel(props: ListPanelProps) {
  const { filter, sortBy, sortDir } = props;
  const { t } = useTranslation();
  const query = { filter, sortBy, sortDir };
  // The page and the selection reset whenever the filter or the sort changes.
  const [paging, setPaging] = useState({ query, page: 1, selected: [] as ActionListItem[] });
  const same = JSON.stringify(paging.query) === JSON.stringify(query);
  const page = same ? paging.page : 1;
  const selected = same ? paging.selected : [];
  const list = useActionList({
    ...filter,
    sortBy,
    sortDir,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  if (list.isPending) return <CenteredLoader minHeight={240} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (list.data.total === 0) {
    if (hasActiveFilter(filter)) {
      return (
        <EmptyState
          icon={<IconFilterOff size={36} stroke={1.5} aria-hidden />}
          title={props.noMatch?.title ?? t('actions.noMatch.title')}
          description={props.noMatch?.description ?? t('actions.noMatch.description')}
        >
          {props.noMatch ? null : (
            <Button variant="light" onClick={props.onClear}>
              {t('actions.noMatch.clear')}
            </Button>
          )}
        </EmptyState>
      );
    }
    return (
      <EmptyState
        icon={<IconChecklist size={36} stroke={1.5} aria-hidden />}
        title={t('actions.empty.title')}
        description={t('actions.empty.description')}
      >
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={props.onCreate}>
          {t('actions.empty.add')}
        </Button>
      </EmptyState>
    );
  }
  return (
    <>
      <BulkStatusBar
        ids={selected.map((a) => a.id)}
        onDone={() => setPaging({ query, page, selected: [] })}
      />
      <ActionTable
        records={list.data.items}
        total={list.data.total}
        page={page}
        onPage={(next) => setPaging({ query, page: next, selected: [] })}
        fetching={list.isPlaceholderData}
        sortBy={sortBy}
        sortDir={sortDir}
        onSort={props.onSort}
        selected={selected}
        onSelect={(next) => setPaging({ query, page, selected: next })}
        onOpen={props.onOpen}
      />
    </>
  );
}
