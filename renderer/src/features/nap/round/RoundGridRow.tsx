/**
 * One row of the reporting-round grid: an indicator (value, or numerator and denominator;
 * source; note) or an activity (status; reason; narrative). Cells carry data-row / data-col so
 * that the grid moves between them with the arrow keys; Enter saves the row.
 */
import { Badge, Table, Text, TextInput, NativeSelect } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NAP_ACTIVITY_STATUSES } from '../../../../../shared/domain/nap';
import type { RoundRow } from './roundRows';

export interface RowDraft {
  value: string;
  numerator: string;
  denominator: string;
  source: string;
  note: string;
  status: string;
  reason: string;
  narrative: string;
}

export type RowState = 'saving' | 'saved' | 'error' | null;

export function recordedDraft(row: RoundRow): RowDraft {
  const empty = { value: '', numerator: '', denominator: '', source: '', note: '' };
  if (row.kind === 'activity') {
    const u = row.recorded;
    return {
      ...empty,
      status: u?.status ?? row.activity.status,
      reason: u?.statusReason ?? row.activity.statusReason,
      narrative: u?.narrative ?? '',
    };
  }
  const m = row.recorded;
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    value: text(m?.value),
    numerator: text(m?.numerator),
    denominator: text(m?.denominator),
    source: m?.source ?? '',
    note: m?.note ?? '',
    status: '',
    reason: '',
    narrative: '',
  };
}

interface Props {
  row: RoundRow;
  index: number;
  draft: RowDraft;
  state: RowState;
  message: string | null;
  onChange: (patch: Partial<RowDraft>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, index: number, col: number) => void;
}

export function RoundGridRow({ row, index, draft, state, message, onChange, onKeyDown }: Props) {
  const { t } = useTranslation();
  const cell = (col: number, label: string) => ({
    'data-row': index,
    'data-col': col,
    'aria-label': `${row.code} ${label}`,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(e, index, col),
    size: 'xs' as const,
  });
  const text = (col: number, label: string, key: keyof RowDraft) => (
    <TextInput
      {...cell(col, label)}
      value={draft[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
    />
  );
  const isActivity = row.kind === 'activity';
  const percent = row.kind === 'indicator' && row.indicator.isPercentage;
  return (
    <Table.Tr
      data-testid={`round-row-${row.code}-${row.kind}`}
      bg={isActivity ? 'gray.0' : undefined}
    >
      <Table.Td>
        <Text size="xs" ff="monospace">
          {row.code}
        </Text>
      </Table.Td>
      <Table.Td maw={320}>
        <Text size="sm" fw={isActivity ? 600 : 400} lineClamp={2} title={row.label}>
          {row.label}
        </Text>
        {row.kind === 'indicator' && row.indicator.unit ? (
          <Text size="xs" c="dimmed">
            {row.indicator.unit}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="xs">{row.leads.join(' / ') || '—'}</Text>
      </Table.Td>
      <Table.Td miw={170}>
        {isActivity ? (
          <NativeSelect
            {...cell(0, t('nap.round.status'))}
            value={draft.status}
            onChange={(e) => onChange({ status: e.currentTarget.value })}
            data={NAP_ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`nap.status.${s}`) }))}
          />
        ) : percent ? (
          <TextInput
            {...cell(0, t('nap.round.numerator'))}
            placeholder={t('nap.round.numerator')}
            value={draft.numerator}
            onChange={(e) => onChange({ numerator: e.currentTarget.value })}
            inputMode="decimal"
          />
        ) : (
          <TextInput
            {...cell(0, t('nap.round.value'))}
            value={draft.value}
            onChange={(e) => onChange({ value: e.currentTarget.value })}
            inputMode="decimal"
          />
        )}
      </Table.Td>
      <Table.Td miw={110}>
        {percent ? (
          <TextInput
            {...cell(1, t('nap.round.denominator'))}
            placeholder={t('nap.round.denominator')}
            value={draft.denominator}
            onChange={(e) => onChange({ denominator: e.currentTarget.value })}
            inputMode="decimal"
          />
        ) : null}
      </Table.Td>
      <Table.Td miw={160}>
        {isActivity
          ? text(2, t('nap.round.reason'), 'reason')
          : text(2, t('nap.round.source'), 'source')}
      </Table.Td>
      <Table.Td miw={220}>
        {isActivity
          ? text(3, t('nap.round.narrative'), 'narrative')
          : text(3, t('nap.round.note'), 'note')}
      </Table.Td>
      <Table.Td miw={110}>
        <RowStatus recorded={row.recorded !== null} state={state} message={message} />
      </Table.Td>
    </Table.Tr>
  );
}

function RowStatus({
  recorded,
  state,
  message,
}: {
  recorded: boolean;
  state: RowState;
  message: string | null;
}) {
  const { t } = useTranslation();
  if (state === 'saving') return <Text size="xs">{t('nap.round.saving')}</Text>;
  if (state === 'error')
    return (
      <Text size="xs" c="red" role="alert">
        {message ?? t('nap.round.notSaved')}
      </Text>
    );
  if (state === 'saved')
    return (
      <Badge color="teal" variant="light" size="sm">
        {t('nap.round.saved')}
      </Badge>
    );
  return recorded ? (
    <Badge color="teal" variant="outline" size="sm">
      {t('nap.round.recorded')}
    </Badge>
  ) : (
    <Badge color="orange" variant="light" size="sm">
      {t('nap.round.missing')}
    </Badge>
  );
}
