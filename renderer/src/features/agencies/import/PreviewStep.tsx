/**
 * Step 3 of the import: what would be imported, the duplicate policy, the rows that will be
 * skipped (corrected in place, or listed in a downloadable error report).
 */
import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../../../components/exports/saveFile';
import { errorReportCsv, skippedRows } from './errorReport';
import { ImportRowsTable } from './ImportRowsTable';
import type { DuplicatePolicy, ImportState } from './useImportState';

const SUMMARY_KEYS = ['rows', 'valid', 'withErrors', 'duplicates', 'focalPoints'] as const;

export function PreviewStep({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const preview = state.preview.data;
  if (!preview) return null;
  const { summary } = preview;
  const skipped = skippedRows(preview).length;
  const downloadReport = () =>
    saveTextFile(
      t('import.report.fileName'),
      // A byte-order mark, so spreadsheet programs read the accents as UTF-8.
      `\uFEFF${errorReportCsv(t, preview)}`,
      'text/csv;charset=utf-8',
    );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" aria-label={t('import.summaryLabel')}>
        {SUMMARY_KEYS.map((key) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`import.summary.${key}`)}
            </Text>
            <Text
              size="xl"
              fw={700}
              c={key === 'withErrors' && summary.withErrors > 0 ? 'red' : undefined}
            >
              {summary[key]}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {summary.withErrors > 0 ? (
        <Alert color="orange" variant="light" title={t('import.errorsTitle')}>
          {t('import.fixErrors', { count: summary.withErrors })}
        </Alert>
      ) : null}
      {skipped > 0 ? (
        <Group>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={downloadReport}
          >
            {t('import.report.download', { count: skipped })}
          </Button>
        </Group>
      ) : null}
      <Radio.Group
        label={t('import.duplicates.label')}
        description={t('import.duplicates.description')}
        value={state.duplicates}
        onChange={(value) => state.setDuplicates(value as DuplicatePolicy)}
      >
        <Group gap="lg" mt="xs">
          <Radio value="skip" label={t('import.duplicates.skip')} />
          <Radio value="refuse" label={t('import.duplicates.refuse')} />
        </Group>
      </Radio.Group>
      <ImportRowsTable rows={preview.rows} onEdit={state.editCell} />
    </Stack>
  );
}
