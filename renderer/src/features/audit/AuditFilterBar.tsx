/** The audit log's filters: record type, person, action, a date range, and "Clear filters". */
import { Button, Group, Input, Select, SimpleGrid } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  actionLabel,
  AUDIT_RECORD_TYPES,
  AUDITED_CHANNELS,
  recordTypeLabel,
} from './auditVocabulary';
import { DayInput } from '../../components/DayInput';

export interface AuditFilters {
  recordType: string | null;
  /** An actor's name as recorded. */
  actor: string | null;
  channel: string | null;
  /** YYYY-MM-DD or '' */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = {
  recordType: null,
  actor: null,
  channel: null,
  from: '',
  to: '',
};

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Boolean(
    filters.recordType || filters.actor || filters.channel || filters.from || filters.to,
  );
}

/** True when both dates are set and "to" comes before "from" (nothing can match). */
export function isRangeReversed(filters: AuditFilters): boolean {
  return Boolean(filters.from && filters.to && filters.to < filters.from);
}

interface AuditFilterBarProps {
  filters: AuditFilters;
  /** Everyone named in the log. */
  actors: readonly string[];
  onChange: (patch: Partial<AuditFilters>) => void;
  onClear: () => void;
}

export function AuditFilterBar({ filters, actors, onChange, onClear }: AuditFilterBarProps) {
  const { t } = useTranslation();
  const anyValue = t('audit.filters.any');
  return (
    <Group align="flex-start" gap="sm" mb="md" wrap="wrap">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 5 }} spacing="sm" style={{ flex: 1 }}>
        <Select
          label={t('audit.filters.recordType')}
          placeholder={anyValue}
          data={AUDIT_RECORD_TYPES.map((type) => ({
            value: type,
            label: recordTypeLabel(t, type),
          }))}
          value={filters.recordType}
          onChange={(recordType) => onChange({ recordType })}
          clearable
          searchable
        />
        <Select
          label={t('audit.filters.person')}
          placeholder={anyValue}
          data={[...new Set([...actors, ...(filters.actor ? [filters.actor] : [])])]}
          value={filters.actor}
          onChange={(actor) => onChange({ actor })}
          clearable
          searchable
        />
        <Select
          label={t('audit.filters.action')}
          placeholder={anyValue}
          data={AUDITED_CHANNELS.map((channel) => ({
            value: channel,
            label: actionLabel(t, channel),
          }))}
          value={filters.channel}
          onChange={(channel) => onChange({ channel })}
          clearable
          searchable
        />
        <DayInput
          label={t('audit.filters.from')}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(value) => onChange({ from: value })}
        />
        <DayInput
          label={t('audit.filters.to')}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(value) => onChange({ to: value })}
          error={isRangeReversed(filters) ? t('audit.filters.toBeforeFrom') : undefined}
        />
      </SimpleGrid>
      {/* An empty label keeps the button level with the inputs, even under a date error. */}
      <Input.Wrapper label={'\u00a0'} labelElement="div" labelProps={{ 'aria-hidden': true }}>
        <Button
          variant="default"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClear}
          disabled={!hasAuditFilters(filters)}
          display="block"
        >
          {t('audit.filters.clear')}
        </Button>
      </Input.Wrapper>
    </Group>
  );
}
