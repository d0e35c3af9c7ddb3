/**
 * The preview's rows: number, name, kind, focal point, status (ready / duplicate / errors).
 * Each error names its cell; clicking it (or Enter on it) opens a text box to correct the
 * value, and the corrected row is checked again by the core.
 */
import { Badge, List, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportRow } from '../../../../../shared/contract/agencies';
import { AGENCY_KINDS } from '../../../../../shared/domain/agencies';
import { isOneOf } from '../../../app/agencies/agencyVocabulary';
import { duplicateReason, errorReason } from './errorReport';
import type { CellEdit } from './useImportState';

const PAGE_SIZE = 50;

type OnEdit = (edit: CellEdit) => void;

function CellFix({
  row,
  error,
  onEdit,
}: {
  row: ImportRow;
  error: ImportRow['errors'][number];
  onEdit: OnEdit;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const reason = errorReason(t, row, error);
  const field = error.field;
  // Only a cell the mapping imports can be corrected (a row-level error has no cell).
  if (!isOneOf(IMPORT_FIELDS, field) || !(field in row.values)) return <>{reason}</>;
  const label = t('import.fix.label', {
    field: t(`vocab.importFields.${field}`),
    row: row.rowNumber,
  });
  if (editing) {
    return (
      <TextInput
        size="xs"
        aria-label={label}
        description={reason}
        value={draft}
        data-autofocus
        autoFocus
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            setEditing(false);
            onEdit({ rowNumber: row.rowNumber, field, value: draft });
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setEditing(false);
          }
        }}
        onBlur={() => setEditing(false)}
        placeholder={t('import.fix.placeholder')}
      />
    );
  }
  return (
    <UnstyledButton
      fz="xs"
      aria-label={`${label}: ${reason}`}
      title={t('import.fix.hint')}
      onClick={() => {
        setDraft(row.values[field] ?? '');
        setEditing(true);
      }}
      style={{ textDecoration: 'underline dotted', textAlign: 'start' }}
    >
      {reason} <IconPencil size={12} aria-hidden />
    </UnstyledButton>
  );
}

function RowStatus({ row, onEdit }: { row: ImportRow; onEdit: OnEdit }) {
  const { t } = useTranslation();
  if (row.errors.length > 0) {
    return (
      <Stack gap={4}>
        <Badge color="red" variant="light">
          {t('import.status.error')}
        </Badge>
        <List size="xs" spacing={2}>
          {row.errors.map((error, index) => (
            <List.Item key={`${error.field}-${index}`}>
              <CellFix row={row} error={error} onEdit={onEdit} />
            </List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  if (row.duplicateOf) {
    return (
      <Badge
        color="yellow"
        variant="light"
        tt="none"
        styles={{ root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal' } }}
      >
        {duplicateReason(t, row.duplicateOf)}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light">
      {t('import.status.ready')}
    </Badge>
  );
}

export function ImportRowsTable({ rows, onEdit }: { rows: ImportRow[]; onEdit: OnEdit }) {
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
      // Only when there are no rows: the empty-state text stays in the DOM (hidden) otherwise,
      // and screen readers read it out.
      noRecordsText={rows.length === 0 ? t('import.noRows') : ''}
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
          render: (row) => <RowStatus row={row} onEdit={onEdit} />,
        },
      ]}
    />
  );
}
