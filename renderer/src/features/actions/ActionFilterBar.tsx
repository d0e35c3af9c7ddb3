/** Search, agency, status, overdue, due range, body and meeting filters of the action list. */
import { Group, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFilter } from '../../../../shared/contract/actions';
import { ACTION_STATUSES } from '../../../../shared/domain/actions';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useBodyOptions, useMeetingOptions } from '../../app/actions/actionOptions';
import { useActionVocabulary } from '../../app/actions/actionVocabulary';
import { DayInput } from '../../components/DayInput';

interface FilterBarProps {
  filter: ActionFilter;
  onChange: (patch: Partial<ActionFilter>) => void;
}

/** The search box follows the typed text at once and the list after a short pause. */
function SearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The filter changed from outside (cleared, saved filter applied): show it.
    setSeen(value);
    setText(value);
  }
  const push = useDebouncedCallback((next: string) => {
    setSeen(next);
    onChange(next);
  }, 250);
  return (
    <TextInput
      label={t('actions.filters.search')}
      placeholder={t('actions.filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        push(event.currentTarget.value);
      }}
      type="search"
      autoComplete="off"
    />
  );
}

export function ActionFilterBar({ filter, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const vocab = useActionVocabulary();
  const agencies = useAgencyOptions();
  const bodies = useBodyOptions();
  const meetings = useMeetingOptions(filter.bodyId);
  const agencyId = filter.ownerAgencyId ?? filter.agencyId ?? null;
  const includeSupporting = filter.agencyId !== undefined;
  const setAgency = (id: string | null, supporting: boolean) =>
    onChange({
      ownerAgencyId: id && !supporting ? id : undefined,
      agencyId: id && supporting ? id : undefined,
    });
  const any = t('actions.filters.any');

  return (
    <Stack gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <SearchBox value={filter.search ?? ''} onChange={(search) => onChange({ search })} />
        <Select
          label={t('actions.filters.agency')}
          placeholder={any}
          data={agencies.data}
          value={agencyId}
          onChange={(id) => setAgency(id, includeSupporting)}
          searchable
          clearable
        />
        <MultiSelect
          label={t('actions.filters.status')}
          placeholder={filter.status?.length ? undefined : any}
          data={vocab.statuses}
          value={filter.status ?? []}
          onChange={(values) =>
            onChange({ status: values.filter((v) => isOneOf(ACTION_STATUSES, v)) })
          }
          clearable
          hidePickedOptions
          // One line of chosen statuses (the field's width clips the rest; the dropdown lists all).
          styles={{ pillsList: { flexWrap: 'nowrap', overflow: 'hidden' } }}
        />
        <Select
          label={t('actions.filters.body')}
          placeholder={any}
          data={bodies}
          value={filter.bodyId ?? null}
          onChange={(id) => onChange({ bodyId: id ?? undefined, meetingId: undefined })}
          clearable
        />
      </SimpleGrid>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('actions.filters.meeting')}
          placeholder={any}
          data={meetings}
          value={filter.meetingId ?? null}
          onChange={(id) => onChange({ meetingId: id ?? undefined })}
          searchable
          clearable
          w={{ base: '100%', sm: 280 }}
        />
        <DayInput
          label={t('actions.filters.dueFrom')}
          value={filter.dueFrom ?? ''}
          onChange={(value) => onChange({ dueFrom: value || undefined })}
          w={190}
        />
        <DayInput
          label={t('actions.filters.dueTo')}
          value={filter.dueTo ?? ''}
          onChange={(value) => onChange({ dueTo: value || undefined })}
          w={190}
        />
        <Stack gap={6} ml="sm">
          <Switch
            label={t('actions.filters.overdueOnly')}
            checked={filter.overdue === true}
            onChange={(event) => onChange({ overdue: event.currentTarget.checked || undefined })}
          />
          <Switch
            label={t('actions.filters.includeSupporting')}
            checked={includeSupporting}
            disabled={agencyId === null}
            onChange={(event) => setAgency(agencyId, event.currentTarget.checked)}
          />
        </Stack>
      </Group>
    </Stack>
  );
}
