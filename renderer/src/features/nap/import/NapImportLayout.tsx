/** Step 1 of the NAP import: the file, its sheet and header row, and the column mapping. */
import {
  Alert,
  FileInput,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { NAP_FIELDS, type NapField } from '../../../../../shared/domain/nap';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { rangeOf } from '../../../components/form/contractRules';
import { napImportPreviewInputSchema } from '../../../../../shared/contract/napImport';
import { fieldOfColumn, type NapImportState } from './useNapImport';
import { TableScroll } from '../../../components/TableScroll';

/** The header row as 'nap:importPreview' accepts it (a setting of the preview, not a form). */
const headerRowSchema = napImportPreviewInputSchema.shape.headerRow;
const HEADER_ROWS = rangeOf(headerRowSchema);

const HIDDEN_INPUT_PROPS: ComponentProps<'input'> & { 'data-testid': string } = {
  'data-testid': 'nap-import-file-input',
};

export function NapImportFile({ state }: { state: NapImportState }) {
  const { t } = useTranslation();
  const { preview } = state;
  return (
    <Stack gap="sm">
      <FileInput
        label={t('nap.import.file')}
        description={t('nap.import.fileDescription')}
        placeholder={t('nap.import.filePlaceholder')}
        accept=".csv,.xlsx"
        fileInputProps={HIDDEN_INPUT_PROPS}
        value={state.file}
        onChange={(chosen) => void state.choose(chosen, false)}
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        clearable
        clearButtonProps={{ 'aria-label': t('nap.import.clearFile') }}
        w={{ base: '100%', sm: 480 }}
        data-autofocus
      />
      {state.problem ? (
        <Alert color="red" variant="light">
          {t(`nap.import.${state.problem}`)}
        </Alert>
      ) : null}
      {state.reading || preview.isFetching ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('nap.import.reading')}</Text>
        </Group>
      ) : null}
      {state.source && preview.isError ? <ErrorAlert error={preview.error} /> : null}
    </Stack>
  );
}

export function NapImportLayout({ state }: { state: NapImportState }) {
  const { t } = useTranslation();
  const data = state.preview.data;
  if (!data) return null;
  const fieldOptions = [
    { value: '', label: t('nap.import.notImported') },
    ...NAP_FIELDS.map((f) => ({ value: f, label: t(`nap.import.field.${f}`) })),
  ];
  return (
    <Stack gap="sm">
      <Group align="end">
        {data.format === 'xlsx' ? (
          <Select
            label={t('nap.import.sheet')}
            data={data.sheets.map((s) => ({
              value: s.name,
              label: s.hidden ? t('nap.import.hiddenSheet', { name: s.name }) : s.name,
            }))}
            value={data.sheet}
            onChange={(v) => v && state.setSheet(v)}
            allowDeselect={false}
            w={260}
          />
        ) : null}
        <NumberInput
          label={t('nap.import.headerRow')}
          description={t('nap.import.headerRowDescription')}
          value={data.headerRow}
          {...HEADER_ROWS}
          onChange={(v) =>
            typeof v === 'number' && headerRowSchema.safeParse(v).success && state.setHeaderRow(v)
          }
          w={200}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('nap.import.mappingHelp')}
      </Text>
      <TableScroll minWidth={480} mah={320}>
        <Table striped withTableBorder stickyHeader aria-label={t('nap.import.mapping')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nap.import.column')}</Table.Th>
              <Table.Th>{t('nap.import.headerInFile')}</Table.Th>
              <Table.Th>{t('nap.import.importAs')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.columns
              .filter((c) => c.header !== '' || fieldOfColumn(data.mapping, c.index))
              .map((column) => (
                <Table.Tr key={column.index}>
                  <Table.Td>{columnLetter(column.index)}</Table.Td>
                  <Table.Td>
                    {column.header || '—'}
                    {column.hidden ? ` (${t('nap.import.hiddenColumn')})` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('nap.import.importColumnAs', {
                        column: column.header || columnLetter(column.index),
                      })}
                      data={fieldOptions}
                      value={fieldOfColumn(data.mapping, column.index) ?? ''}
                      onChange={(v) =>
                        state.mapColumn(column.index, (v || null) as NapField | null)
                      }
                      allowDeselect={false}
                      searchable
                      size="xs"
                      w={240}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

/** 0 → A, 26 → AA, as in the spreadsheet. */
function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
