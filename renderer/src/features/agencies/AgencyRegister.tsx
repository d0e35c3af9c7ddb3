/** The "Register" tab: toolbar, then the table, the empty state or the no-match state. */
import { Button } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconFileImport,
  IconFilterOff,
  IconPlus,
} from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AgencyListToolbar } from './AgencyListToolbar';
import { AgencyTable } from './AgencyTable';
import { useAgencyList } from '../../app/agencies/agencyQueries';
import { hasActiveFilters, useAgencyFilters } from './useAgencyFilters';

export function AgencyRegister({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  const { filters, update, clear } = useAgencyFilters();
  const list = useAgencyList(filters);
  const [searchText, setSearchText] = useState(filters.search);
  const pushSearch = useDebouncedCallback((search: string) => update({ search }), 250);
  const onSearchText = (text: string) => {
    setSearchText(text);
    pushSearch(text);
  };
  const clearFilters = () => {
    pushSearch.cancel();
    setSearchText('');
    clear();
  };

  const body = () => {
    if (list.isPending) return <CenteredLoader minHeight={240} />;
    if (list.isError) return <ErrorAlert error={list.error} />;
    if (list.data.items.length > 0) {
      return (
        <AgencyTable
          records={list.data.items}
          fetching={list.isPlaceholderData}
          filters={filters}
          onSort={(sortBy, sortDirection) => update({ sortBy, sortDirection })}
        />
      );
    }
    if (hasActiveFilters(filters)) {
      return (
        <EmptyState
          icon={<IconFilterOff size={36} stroke={1.5} aria-hidden />}
          title={t('agencies.noMatch.title')}
          description={t('agencies.noMatch.description')}
        >
          <Button variant="light" onClick={clearFilters}>
            {t('agencies.noMatch.clear')}
          </Button>
        </EmptyState>
      );
    }
    return (
      <EmptyState
        icon={<IconBuildingCommunity size={36} stroke={1.5} aria-hidden />}
        title={t('agencies.empty.title')}
        description={t('agencies.empty.description')}
      >
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onAdd}>
          {t('agencies.empty.add')}
        </Button>
        <Button
          component={Link}
          to="/agencies/import"
          variant="light"
          leftSection={<IconFileImport size={18} aria-hidden />}
        >
          {t('agencies.empty.import')}
        </Button>
      </EmptyState>
    );
  };

  return (
    <>
      <AgencyListToolbar
        filters={filters}
        onChange={update}
        searchText={searchText}
        onSearchText={onSearchText}
      />
      {body()}
    </>
  );
}
