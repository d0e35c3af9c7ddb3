/** Step 1 of the import: choose a CSV or XLSX file (read here, sent to the core for a preview). */
import { Alert, FileInput, Group, Loader, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fileToBase64, MAX_IMPORT_BYTES } from '../../../components/fileToBase64';
import type { ImportState } from './useImportState';

/** Tests reach the hidden file input through this id (the visible control is a button). */
const HIDDEN_INPUT_PROPS: ComponentProps<'input'> & { 'data-testid': string } = {
  'data-testid': 'import-file-input',
};

export function FileStep({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<'tooLarge' | 'unreadable' | null>(null);

  const choose = async (chosen: File | null) => {
    state.setFile(chosen);
    setProblem(null);
    state.setSource(null);
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setProblem('tooLarge');
      return;
    }
    setReading(true);
    try {
      state.setSource({ fileName: chosen.name, contentBase64: await fileToBase64(chosen) });
    } catch {
      setProblem('unreadable');
    } finally {
      setReading(false);
    }
  };
  const { preview } = state;

  return (
    <Stack gap="md">
      <FileInput
        label={t('import.file')}
        description={t('import.fileDescription')}
        placeholder={t('import.filePlaceholder')}
        accept=".csv,.xlsx"
        fileInputProps={HIDDEN_INPUT_PROPS}
        value={state.file}
        onChange={(chosen) => void choose(chosen)}
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        clearable
        clearButtonProps={{ 'aria-label': t('import.clearFile') }}
        w={{ base: '100%', sm: 480 }}
      />
      {problem ? (
        <Alert color="red" variant="light">
          {t(`import.${problem}`)}
        </Alert>
      ) : null}
      {reading || (state.source && preview.isFetching) ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('import.reading')}</Text>
        </Group>
      ) : null}
      {state.source && preview.isError ? <ErrorAlert error={preview.error} /> : null}
      {state.source && preview.data && !preview.isFetching ? (
        <Alert color="teal" variant="light" role="status">
          {t('import.fileRead', {
            name: state.source.fileName,
            rows: preview.data.summary.rows,
            columns: preview.data.columns.length,
          })}
        </Alert>
      ) : null}
    </Stack>
  );
}
