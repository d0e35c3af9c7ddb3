/** The preview's rows: number, name, kind, focal point, status (ready / duplicate / errors). */
import { Badge, List, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportRow } from '../../../../../shared/contract/agencies';
import { AGENCY_KINDS } from '../../../../../shared/domain/agencies';
import { isOneOf } from '../vocabulary';

const PAGE_SIZE = 50;

function RowStatus({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  if (row.errors.length > 0) {
    return (
      <Stack gap={4}>
        <Badge color="red" variant="light">
          {t('import.status.error')}
        </Badge>
        <List size="xs" spacing={2}>
          {row.errors.map((error, index) => (
            <List.Item key={index}>
              {t('import.rowError', {
                field: isOneOf(IMPORT_FIELDS, error.field)
                  ? t(`vocab.importFields.${error.field}`)
                  : error.field,
                message: error.message,
              })}
            </List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  if (row.duplicateOf) {
    const { source, name, rowNumber } = row.duplicateOf;
    return (
      <Badge
        color="yellow"
        variant="light"
        tt="none"
        styles={{ root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal' } }}
      >
        {source === 'workspace'
          ? t('import.status.duplicateWorkspace', { name })
          : t('import.status.duplicateFile', { name, row: rowNumber ?? '?' })}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light">
      {t('import.status.ready')}
    </Badge>
  );
}

export function ImportRowsTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  const [paging, setPaging] = useState({ rows, page: 1 });
  const page = paging.rows === rows ? paging.page : 1;
  const kindLabel = (value: string | undefined) =>
    isOneOf(AGENCY_KINDS, value) ? t(`vocab.agencyKinds.${value}`) : (value ?? '');

  return (
    <DataTable<ImportRow>
      aria-label={t('import.rowsLabel')}
      withTableBorder
      borderRadius="md"
      minHeight={160}
      idAccessor="rowNumber"
      records={rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
      totalRecords={rows.length}
      recordsPerPage={PAGE_SIZE}
      page={page}
      onPageChange={(next) => setPaging({ rows, page: next })}
      paginationText={({ from, to, totalRecords }) =>
        t('agencies.list.pagination', { from, to, total: totalRecords })
      }
      noRecordsText={t('import.noRows')}
      columns={[
        { accessor: 'rowNumber', title: t('import.table.row'), width: 70 },
        {
          accessor: 'name',
          title: t('import.table.name'),
          render: (row) => <Text size="sm">{row.values.name ?? ''}</Text>,
        },
        {
          accessor: 'kind',
          title: t('import.table.kind'),
          render: (row) => kindLabel(row.values.kind),
        },
        {
          accessor: 'focalPoint',
          title: t('import.table.focalPoint'),
          render: (row) => row.values.focalPointName ?? '',
        },
        {
          accessor: 'status',
          title: t('import.table.status'),
          render: (row) => <RowStatus row={row} />,
        },
      ]}
    />
  );
}
