/** Step 2 of the import: which file column feeds each field (and which sheet of a workbook). */
import { Fieldset, Group, Loader, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportField } from '../../../../../shared/contract/agencies';
import { PILLARS } from '../../../../../shared/domain/agencies';
import { isOneOf } from '../../../app/agencies/agencyVocabulary';
import type { ImportState } from './useImportState';

const isFocalPoint = (field: ImportField) => field.startsWith('focalPoint');
const isPillar = (field: ImportField) =>
  isOneOf(PILLARS, field) || field === 'pillarLead' || field === 'pillarSupport';
const GROUPS: { key: 'agency' | 'pillars' | 'focalPoint'; fields: ImportField[] }[] = [
  { key: 'agency', fields: IMPORT_FIELDS.filter((f) => !isFocalPoint(f) && !isPillar(f)) },
  { key: 'pillars', fields: IMPORT_FIELDS.filter(isPillar) },
  { key: 'focalPoint', fields: IMPORT_FIELDS.filter(isFocalPoint) },
];
const REQUIRED: ImportField[] = ['name', 'kind'];

export function MappingStep({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const preview = state.preview.data;
  if (!preview) return null;
  const columns = preview.columns.map((column, index) => ({
    value: String(index),
    label: column.trim() || t('import.unnamedColumn', { number: index + 1 }),
  }));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('import.mappingIntro')}
      </Text>
      {preview.sheets.length > 1 ? (
        <Select
          label={t('import.sheet')}
          data={preview.sheets}
          value={state.sheet}
          onChange={(value) => state.setSheet(value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
        />
      ) : null}
      {state.preview.isFetching ? (
        <Group gap="sm" role="status">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('import.updating')}</Text>
        </Group>
      ) : null}
      {GROUPS.map((group) => (
        <Fieldset key={group.key} legend={t(`import.groups.${group.key}`)}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {group.fields.map((field) => {
              const column = state.mapping[field];
              return (
                <Select
                  key={field}
                  label={t(`vocab.importFields.${field}`)}
                  withAsterisk={REQUIRED.includes(field)}
                  placeholder={t('import.notImported')}
                  data={columns}
                  value={column === null || column === undefined ? null : String(column)}
                  onChange={(value) =>
                    state.setColumn(field, value === null ? null : Number(value))
                  }
                  clearable
                  searchable
                />
              );
            })}
          </SimpleGrid>
        </Fieldset>
      ))}
    </Stack>
  );
}
