/**
 * One returned form, checked by the core: the agency, and per row what it would change (or
 * what is wrong with it). Rows that would change are ticked; the secretariat unticks what it
 * refuses and applies the rest in one go. A form returned as CSV is not signed: a warning says
 * so, no row starts ticked, and only the rows the secretariat ticks one by one are applied.
 */
import { Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FormRow } from '../../../../shared/contract/roundTrip';
import { ApiError, call } from '../../api';
import { ErrorAlert } from '../ErrorAlert';
import { formatDay } from '../formatDay';
import { TableScroll } from '../TableScroll';

export interface ReturnedFile {
  key: string;
  fileName: string;
  dataBase64: string;
}

/** The reason a whole file was refused (VALIDATION details.reason), if that is why. */
function fileReason(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION') return null;
  const details = error.details as { reason?: unknown } | undefined;
  return typeof details?.reason === 'string' ? details.reason : null;
}

/** A row's key among both sheets' rows (the Actions and the NAP sheet number theirs alike). */
const rowKey = (row: FormRow) => `${row.kind === 'action' ? 'a' : 'n'}${row.rowNumber}`;

/** What an activity or indicator row of the NAP sheet would record. */
function napChange(row: FormRow, t: TFunction): string[] {
  const nap = row.nap;
  if (!nap) return [];
  const figure = (n: number) =>
    new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(n);
  const parts: string[] = [];
  if (nap.newStatus && nap.newStatus !== nap.currentStatus) {
    parts.push(
      t('roundTrip.returned.statusChange', {
        from: nap.currentStatus ? t(`nap.status.${nap.currentStatus}`) : '—',
        to: t(`nap.status.${nap.newStatus}`),
      }),
    );
  }
  if (nap.numerator !== null && nap.denominator !== null) {
    parts.push(
      t('roundTrip.returned.share', {
        numerator: figure(nap.numerator),
        denominator: figure(nap.denominator),
        value: nap.value === null ? '—' : figure(nap.value),
      }),
    );
  } else if (nap.value !== null) {
    parts.push(t('roundTrip.returned.value', { value: `${figure(nap.value)} ${nap.unit}`.trim() }));
  }
  if (nap.source) parts.push(t('roundTrip.returned.source', { source: nap.source }));
  return parts;
}

function RowChange({ row }: { row: FormRow }) {
  const { t, i18n } = useTranslation();
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : '');
  const parts: string[] = napChange(row, t);
  if (row.newStatus && row.newStatus !== row.currentStatus) {
    parts.push(
      t('roundTrip.returned.statusChange', {
        from: row.currentStatus ? t(`actions.status.${row.currentStatus}`) : '—',
        to: t(`actions.status.${row.newStatus}`),
      }),
    );
  }
  if (row.newDueDate && row.newDueDate !== row.currentDueDate) {
    parts.push(t('roundTrip.returned.dueChange', { date: day(row.newDueDate) }));
  }
  return (
    <Stack gap={2}>
      {parts.map((p) => (
        <Text key={p} size="sm">
          {p}
        </Text>
      ))}
      {row.note ? (
        <Text size="sm" c="dimmed">
          {row.date ? `${day(row.date)}: ` : ''}
          {row.note}
        </Text>
      ) : null}
    </Stack>
  );
}

export function ReturnedFormPreview({ file }: { file: ReturnedFile }) {
  const { t } = useTranslation();
  const preview = useQuery({
    queryKey: ['roundTripPreview', file.key],
    queryFn: () =>
      call('roundTrip:importPreview', { fileName: file.fileName, dataBase64: file.dataBase64 }),
    retry: false,
    gcTime: 0,
    staleTime: Infinity,
  });
  // Rows the secretariat toggled (rowKey): unticked ones of a signed form, ticked ones of a CSV.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const commit = useMutation({
    mutationFn: (rows: FormRow[]) =>
      call('roundTrip:importCommit', {
        fileName: file.fileName,
        dataBase64: file.dataBase64,
        acceptRows: rows.filter((r) => r.kind === 'action').map((r) => r.rowNumber),
        acceptNapRows: rows.filter((r) => r.kind !== 'action').map((r) => r.rowNumber),
      }),
  });

  if (preview.isPending) return <Text size="sm">{t('roundTrip.returned.reading')}</Text>;
  if (preview.isError) {
    const reason = fileReason(preview.error);
    return reason ? (
      <Alert color="red" variant="light" title={file.fileName}>
        {t(`roundTrip.fileErrors.${reason}`, { defaultValue: t('errors.generic') })}
      </Alert>
    ) : (
      <ErrorAlert error={preview.error} title={file.fileName} />
    );
  }
  const p = preview.data;
  const csv = p.source === 'csv';
  // A row that is not the agency's own (moved in, altered): the core refuses the whole file,
  // except a CSV, where such a row is only an error of its own.
  const foreign = p.rows.some((r) =>
    r.errors.some((e) => ['foreign_action', 'tampered', 'unknown_action'].includes(e.code)),
  );
  const forged = foreign && !csv;
  const isTicked = (row: FormRow) => toggled.has(rowKey(row)) === csv;
  const accepted = p.rows.filter((r) => r.state === 'change' && isTicked(r));
  const toggle = (row: string) =>
    setToggled((current) => {
      const next = new Set(current);
      if (!next.delete(row)) next.add(row);
      return next;
    });

  return (
    <Stack gap="sm" aria-label={p.agency.name} role="group">
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h5">
          {p.agency.name}
        </Title>
        <Text size="sm" c="dimmed">
          {t('roundTrip.returned.counts', p.counts)}
        </Text>
      </Group>
      {csv ? (
        <Alert color="orange" variant="light" title={t('roundTrip.returned.csvTitle')}>
          {t('roundTrip.returned.csvWarning', { agency: p.agency.name })}
          {foreign ? ` ${t('roundTrip.returned.csvForeign')}` : ''}
        </Alert>
      ) : null}
      <TableScroll minWidth={640}>
        <Table
          striped
          verticalSpacing="xs"
          aria-label={t('roundTrip.returned.table', { agency: p.agency.name })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('roundTrip.returned.apply')}</Table.Th>
              <Table.Th>{t('roundTrip.returned.row')}</Table.Th>
              <Table.Th>{t('roundTrip.returned.action')}</Table.Th>
              <Table.Th>{t('roundTrip.returned.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                <Table.Td>
                  {row.state === 'change' ? (
                    <Checkbox
                      aria-label={t('roundTrip.returned.applyRow', { title: row.title })}
                      checked={isTicked(row)}
                      disabled={commit.isSuccess}
                      onChange={() => toggle(rowKey(row))}
                    />
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {row.kind === 'action'
                    ? row.rowNumber
                    : t('roundTrip.returned.napRow', { row: row.rowNumber })}
                </Table.Td>
                <Table.Td>
                  {row.nap ? (
                    <Text size="xs" c="dimmed">
                      {`${t(`roundTrip.returned.kinds.${row.kind}`)} ${row.nap.code}`}
                    </Text>
                  ) : null}
                  {row.title}
                </Table.Td>
                <Table.Td>
                  {row.state === 'unchanged' ? (
                    <Text size="sm" c="dimmed">
                      {t('roundTrip.returned.nothing')}
                    </Text>
                  ) : (
                    <RowChange row={row} />
                  )}
                  {row.errors.map((e) => (
                    <Badge key={`${e.field}-${e.code}`} color="red" variant="light" mt={4}>
                      {t(`roundTrip.rowErrors.${e.code}`)}
                    </Badge>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {forged ? (
        <Alert color="red" variant="light">
          {t('roundTrip.returned.forged')}
        </Alert>
      ) : null}
      {commit.isError ? <ErrorAlert error={commit.error} /> : null}
      {commit.isSuccess ? (
        <Alert color="teal" variant="light" role="status">
          {t('roundTrip.returned.applied', { count: commit.data.applied, agency: p.agency.name })}
        </Alert>
      ) : (
        <Group justify="flex-end">
          <Button
            disabled={forged || accepted.length === 0}
            loading={commit.isPending}
            onClick={() => commit.mutate(accepted)}
          >
            {t('roundTrip.returned.commit', { count: accepted.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
