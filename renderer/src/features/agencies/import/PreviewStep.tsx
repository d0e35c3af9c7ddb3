/** Step 3 of the import: what would be imported, the duplicate policy, and why commit is blocked. */
import { Alert, Group, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportRowsTable } from './ImportRowsTable';
import type { DuplicatePolicy, ImportState } from './useImportState';

const SUMMARY_KEYS = ['rows', 'valid', 'withErrors', 'duplicates', 'focalPoints'] as const;

export function PreviewStep({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const preview = state.preview.data;
  if (!preview) return null;
  const { summary } = preview;

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
        <Alert color="red" variant="light" title={t('import.errorsTitle')}>
          {t('import.fixErrors')}
        </Alert>
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
      <ImportRowsTable rows={preview.rows} />
    </Stack>
  );
}
