/** Stage, exploitation form, nationality, agency, open/closed and pending-cooperation filters. */
import {
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import { maxLengthOf } from '../../components/form/contractRules';
import { caseListInputSchema } from '../../../../shared/contract/cases';
import { CASE_STAGES, EXPLOITATION_FORMS } from '../../../../shared/domain/cases';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import type { CaseFilter } from './caseFilterParams';
import { useCaseVocabulary } from './caseVocabulary';

interface CaseFilterBarProps {
  filter: CaseFilter;
  onChange: (patch: Partial<CaseFilter>) => void;
}

/** The longest part of a code 'cases:list' filters by (a filter box: no submit to check). */
const CODE_MAX = maxLengthOf(caseListInputSchema.shape.code);

function CodeSearch({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const push = useDebouncedCallback((next: string) => {
    setSeen(next);
    onChange(next);
  }, 250);
  return (
    <TextInput
      label={t('cases.filters.code')}
      placeholder={t('cases.filters.codePlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        push(event.currentTarget.value);
      }}
      type="search"
      autoComplete="off"
      maxLength={CODE_MAX}
    />
  );
}

export function CaseFilterBar({ filter, onChange }: CaseFilterBarProps) {
  const { t } = useTranslation();
  const vocab = useCaseVocabulary();
  const agencies = useAgencyOptions();
  const any = t('cases.filters.any');
  const openValue = filter.open === undefined ? 'all' : filter.open ? 'open' : 'closed';

  return (
    <Stack gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <CodeSearch
          value={filter.code ?? ''}
          onChange={(code) => onChange({ code: code || undefined })}
        />
        <MultiSelect
          label={t('cases.filters.stage')}
          placeholder={filter.stage?.length ? undefined : any}
          data={vocab.stages}
          value={filter.stage ?? []}
          onChange={(values) => {
            const stage = values.filter((v) => isOneOf(CASE_STAGES, v));
            onChange({ stage: stage.length ? stage : undefined });
          }}
          clearable
          hidePickedOptions
          searchable
        />
        <Select
          label={t('cases.filters.form')}
          placeholder={any}
          data={vocab.forms}
          value={filter.exploitationForm ?? null}
          onChange={(form) =>
            onChange({ exploitationForm: isOneOf(EXPLOITATION_FORMS, form) ? form : undefined })
          }
          clearable
        />
        <CountrySelect
          label={t('cases.filters.nationality')}
          placeholder={any}
          value={filter.nationality ?? null}
          onChange={(code) => onChange({ nationality: code || undefined })}
        />
      </SimpleGrid>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('cases.filters.agency')}
          placeholder={any}
          data={agencies.data}
          value={filter.agencyId ?? null}
          onChange={(id) => onChange({ agencyId: id ?? undefined })}
          searchable
          clearable
          w={{ base: '100%', sm: 280 }}
        />
        <SegmentedControl
          aria-label={t('cases.filters.openLabel')}
          value={openValue}
          onChange={(value) => onChange({ open: value === 'all' ? undefined : value === 'open' })}
          data={[
            { value: 'all', label: t('cases.filters.all') },
            { value: 'open', label: t('cases.filters.open') },
            { value: 'closed', label: t('cases.filters.closed') },
          ]}
        />
        <Switch
          label={t('cases.filters.pending')}
          checked={filter.pendingCooperation === true}
          onChange={(event) =>
            onChange({ pendingCooperation: event.currentTarget.checked || undefined })
          }
          mb={6}
        />
      </Group>
    </Stack>
  );
}
