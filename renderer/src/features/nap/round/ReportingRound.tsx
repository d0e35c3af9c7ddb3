/**
 * The reporting round of one period: a spreadsheet-like grid to enter every indicator value and
 * activity status, showing what is still missing per lead agency. Mounted by the NAP page.
 *
 * Keyboard: Tab / Shift+Tab between cells, ↑ ↓ to the same cell of the row above or below,
 * Enter saves the row (nap:addMeasurement / nap:addProgressUpdate) and goes to the next row.
 * What is recorded for the period is read from the plan tree (measurements and updates carry
 * their period), so the grid opens with the period's latest entries.
 */
import { Alert, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NapActivityStatus } from '../../../../../shared/domain/nap';
import { NAP_STATUSES_WITH_REASON } from '../../../../../shared/domain/nap';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { translateError } from '../../../components/errorMessage';
import { useNapChange, useNapPlan } from '../napQueries';
import { RoundGridRow, recordedDraft, type RowDraft, type RowState } from './RoundGridRow';
import { defaultPeriod, missingByAgency, parseNumber, roundRows, type RoundRow } from './roundRows';
import { todayIso } from '../../../components/workspaceDay';
import { TableScroll } from '../../../components/TableScroll';

export interface ReportingRoundProps {
  planId: string;
}

export function ReportingRound({ planId }: ReportingRoundProps) {
  const { t } = useTranslation();
  const plan = useNapPlan(planId);
  const [periodId, setPeriodId] = useState<string | null>(null);
  if (plan.isPending) return <CenteredLoader minHeight={200} />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const periods = plan.data.periods;
  const chosen = periods.find((p) => p.id === periodId) ?? defaultPeriod(periods, todayIso());
  if (!chosen) return <Alert variant="light">{t('nap.round.noPeriods')}</Alert>;
  return (
    <Stack gap="md">
      <Select
        label={t('nap.round.period')}
        data={periods.map((p) => ({ value: p.id, label: p.label }))}
        value={chosen.id}
        onChange={(v) => v && setPeriodId(v)}
        allowDeselect={false}
        w={220}
      />
      <RoundGrid key={chosen.id} rows={roundRows(plan.data, chosen.id)} periodId={chosen.id} />
    </Stack>
  );
}

function RoundGrid({ rows, periodId }: { rows: RoundRow[]; periodId: string }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Record<string, RowDraft>>({});
  const [states, setStates] = useState<Record<string, { state: RowState; message: string | null }>>(
    {},
  );
  const [agency, setAgency] = useState<string | null>(null);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const addMeasurement = useNapChange('nap:addMeasurement');
  const addUpdate = useNapChange('nap:addProgressUpdate');
  const missing = missingByAgency(rows);
  const shown = rows.filter(
    (r) =>
      (agency === null || (agency === '' ? r.leads.length === 0 : r.leads.includes(agency))) &&
      (!onlyMissing || !r.recorded || drafts[r.key] || states[r.key]),
  );
  const mark = (key: string, state: RowState, message: string | null = null) =>
    setStates((s) => ({ ...s, [key]: { state, message } }));

  const save = async (row: RoundRow) => {
    const draft = drafts[row.key];
    if (!draft) return;
    try {
      if (row.kind === 'activity') {
        const status = draft.status as NapActivityStatus;
        if (NAP_STATUSES_WITH_REASON.includes(status) && draft.reason.trim() === '') {
          mark(row.key, 'error', t('nap.round.reasonNeeded'));
          return;
        }
        mark(row.key, 'saving');
        await addUpdate.mutateAsync({
          activityId: row.activity.id,
          periodId,
          status,
          statusReason: draft.reason.trim(),
          narrative: draft.narrative.trim(),
          meetingId: null,
        });
      } else {
        const numbers = row.indicator.isPercentage
          ? { numerator: parseNumber(draft.numerator), denominator: parseNumber(draft.denominator) }
          : { value: parseNumber(draft.value) };
        const values = Object.values(numbers);
        if (values.some((n) => n === null || Number.isNaN(n))) {
          mark(
            row.key,
            'error',
            t(row.indicator.isPercentage ? 'nap.round.fractionNeeded' : 'nap.round.numberNeeded'),
          );
          return;
        }
        mark(row.key, 'saving');
        await addMeasurement.mutateAsync({
          indicatorId: row.indicator.id,
          periodId,
          ...numbers,
          source: draft.source.trim(),
          note: draft.note.trim(),
          reportingAgencyId: null,
        });
      }
      setDrafts(({ [row.key]: _saved, ...rest }) => rest);
      mark(row.key, 'saved');
    } catch (error) {
      mark(row.key, 'error', translateError(t, error));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number, col: number) => {
    const move = (to: number) => {
      const target =
        document.querySelector<HTMLElement>(`[data-row="${to}"][data-col="${col}"]`) ??
        document.querySelector<HTMLElement>(`[data-row="${to}"][data-col="0"]`);
      target?.focus();
    };
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const row = shown[index];
      if (row) void save(row);
      move(index + 1);
    }
  };

  return (
    <Stack gap="md">
      <Group align="start" gap="xl">
        <Table withTableBorder w="auto" aria-label={t('nap.round.missingByAgency')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nap.round.leadAgency')}</Table.Th>
              <Table.Th>{t('nap.round.missingCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {missing.map((m) => (
              <Table.Tr key={m.agency} data-testid={`missing-${m.agency || 'none'}`}>
                <Table.Td>{m.agency || t('nap.round.noLead')}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={m.missing ? 'orange.8' : 'teal.8'}>
                    {t('nap.round.missingOf', { missing: m.missing, total: m.total })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Stack gap="xs">
          <Select
            label={t('nap.round.filterAgency')}
            placeholder={t('nap.round.allAgencies')}
            data={missing.map((m) => ({
              value: m.agency,
              label: m.agency || t('nap.round.noLead'),
            }))}
            value={agency}
            onChange={setAgency}
            clearable
            w={240}
          />
          <Switch
            label={t('nap.round.onlyMissing')}
            checked={onlyMissing}
            onChange={(e) => setOnlyMissing(e.currentTarget.checked)}
          />
          <Text size="xs" c="dimmed" maw={360}>
            {t('nap.round.keyboardHelp')}
          </Text>
        </Stack>
      </Group>
      <TableScroll minWidth={1000}>
        <Table withTableBorder verticalSpacing={4} aria-label={t('nap.round.grid')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nap.round.code')}</Table.Th>
              <Table.Th>{t('nap.round.item')}</Table.Th>
              <Table.Th>{t('nap.round.leadAgency')}</Table.Th>
              <Table.Th>{t('nap.round.valueOrStatus')}</Table.Th>
              <Table.Th>{t('nap.round.denominator')}</Table.Th>
              <Table.Th>{t('nap.round.sourceOrReason')}</Table.Th>
              <Table.Th>{t('nap.round.noteOrNarrative')}</Table.Th>
              <Table.Th>{t('nap.round.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, index) => (
              <RoundGridRow
                key={row.key}
                row={row}
                index={index}
                draft={drafts[row.key] ?? recordedDraft(row)}
                state={states[row.key]?.state ?? null}
                message={states[row.key]?.message ?? null}
                onChange={(patch) => {
                  setDrafts((d) => ({
                    ...d,
                    [row.key]: { ...(d[row.key] ?? recordedDraft(row)), ...patch },
                  }));
                  if (states[row.key]) mark(row.key, null);
                }}
                onKeyDown={onKeyDown}
              />
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
