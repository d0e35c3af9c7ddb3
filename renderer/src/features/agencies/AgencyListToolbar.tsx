/** Search box, filters (kind, sector, pillar, membership) and the archived switch of the register. */
import { Group, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  AGENCY_KINDS,
  MEMBERSHIP_STATUSES,
  PILLARS,
  SECTORS,
} from '../../../../shared/domain/agencies';
import type { AgencyFilters } from './useAgencyFilters';
import { isOneOf, useVocabulary } from '../../app/agencies/agencyVocabulary';

interface ToolbarProps {
  filters: AgencyFilters;
  onChange: (patch: Partial<AgencyFilters>) => void;
  /** What the search box shows (the list follows it after a short pause). */
  searchText: string;
  onSearchText: (text: string) => void;
}

function only<V extends string>(values: readonly V[], selected: string[]): V[] {
  return selected.filter((value): value is V => isOneOf(values, value));
}

export function AgencyListToolbar(props: ToolbarProps) {
  const { filters, onChange, searchText, onSearchText } = props;
  const { t } = useTranslation();
  const vocab = useVocabulary();
  const multi = { clearable: true, searchable: true, hidePickedOptions: true } as const;
  return (
    <Stack gap="sm" mb="md">
      <TextInput
        label={t('agencies.filters.search')}
        placeholder={t('agencies.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={searchText}
        onChange={(event) => onSearchText(event.currentTarget.value)}
        type="search"
        autoComplete="off"
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <MultiSelect
          {...multi}
          label={t('agencies.filters.kind')}
          placeholder={filters.kinds.length ? undefined : t('agencies.filters.any')}
          data={vocab.kinds}
          value={filters.kinds}
          onChange={(values) => onChange({ kinds: only(AGENCY_KINDS, values) })}
        />
        <MultiSelect
          {...multi}
          label={t('agencies.filters.sector')}
          placeholder={filters.sectors.length ? undefined : t('agencies.filters.any')}
          data={vocab.sectors}
          value={filters.sectors}
          onChange={(values) => onChange({ sectors: only(SECTORS, values) })}
        />
        <MultiSelect
          {...multi}
          label={t('agencies.filters.pillar')}
          placeholder={filters.pillars.length ? undefined : t('agencies.filters.any')}
          data={vocab.pillars}
          value={filters.pillars}
          onChange={(values) => onChange({ pillars: only(PILLARS, values) })}
        />
        <MultiSelect
          {...multi}
          label={t('agencies.filters.membership')}
          placeholder={filters.statuses.length ? undefined : t('agencies.filters.any')}
          data={vocab.membership}
          value={filters.statuses}
          onChange={(values) => onChange({ statuses: only(MEMBERSHIP_STATUSES, values) })}
        />
      </SimpleGrid>
      <Group gap="lg" align="center">
        {filters.pillars.length > 0 ? (
          <Select
            label={t('agencies.filters.pillarRole')}
            data={[
              { value: 'any', label: t('agencies.filters.pillarRoleAny') },
              { value: 'lead', label: t('vocab.pillarRoles.lead') },
              { value: 'support', label: t('vocab.pillarRoles.support') },
            ]}
            value={filters.pillarRole}
            onChange={(value) =>
              onChange({ pillarRole: value === 'lead' || value === 'support' ? value : 'any' })
            }
            allowDeselect={false}
            w={220}
          />
        ) : null}
        <Switch
          label={t('agencies.filters.showArchived')}
          checked={filters.includeArchived}
          onChange={(event) => onChange({ includeArchived: event.currentTarget.checked })}
          mt={filters.pillars.length > 0 ? 'lg' : 0}
        />
      </Group>
    </Stack>
  );
}
