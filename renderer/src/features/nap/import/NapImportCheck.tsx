/** Step 2 of the NAP import: counts, activities in file order with row errors, agency choices. */
import { Alert, Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultChoice, type NapImportState } from './useNapImport';
import { TableScroll } from '../../../components/TableScroll';

export function NapImportCheck({ state }: { state: NapImportState }) {
  const { t } = useTranslation();
  const data = state.preview.data;
  if (!data) return null;
  const { counts, rowErrors } = data;
  return (
    <Stack gap="sm">
      <Group gap="xs" role="status" aria-label={t('nap.import.counts')}>
        {(['pillars', 'objectives', 'activities', 'indicators'] as const).map((k) => (
          <Badge key={k} variant="light" size="lg">
            {t(`nap.import.count.${k}`, { count: counts[k] })}
          </Badge>
        ))}
      </Group>
      {rowErrors.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          title={t('nap.import.rowErrorsTitle', { count: rowErrors.length })}
        >
          <Stack gap={4}>
            {rowErrors.map((e) => (
              <Text size="sm" key={`${e.rowNumber}-${e.field}-${e.message}`}>
                {t('nap.import.rowError', { row: e.rowNumber, message: e.message })}
              </Text>
            ))}
            <Text size="sm" mt="xs">
              {t('nap.import.rowErrorsHelp')}
            </Text>
          </Stack>
        </Alert>
      ) : (
        <Alert color="teal" variant="light">
          {t('nap.import.noErrors')}
        </Alert>
      )}
      <TableScroll minWidth={640} mah={300}>
        <Table striped withTableBorder stickyHeader aria-label={t('nap.import.activities')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nap.import.row')}</Table.Th>
              <Table.Th>{t('nap.import.code')}</Table.Th>
              <Table.Th>{t('nap.import.activity')}</Table.Th>
              <Table.Th>{t('nap.import.lead')}</Table.Th>
              <Table.Th>{t('nap.import.indicatorsShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.activities.map((a) => (
              <Table.Tr key={`${a.code}-${a.rowNumber}`} bg={a.errors.length ? 'red.0' : undefined}>
                <Table.Td>{a.rowNumber ?? '—'}</Table.Td>
                <Table.Td>{a.code}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {a.text || '—'}
                  </Text>
                  {a.errors.map((e) => (
                    <Text size="xs" c="red" key={`${e.field}-${e.message}`}>
                      {e.message}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>{a.leadAgencies.map((l) => l.text).join(' / ') || '—'}</Table.Td>
                <Table.Td>{a.indicators.length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {data.agencies.length > 0 ? (
        <>
          <Title order={4}>{t('nap.import.agencies')}</Title>
          <Text size="sm" c="dimmed">
            {t('nap.import.agenciesHelp', { count: data.missingAgencies.length })}
          </Text>
          <Table withTableBorder aria-label={t('nap.import.agencies')}>
            <Table.Tbody>
              {data.agencies.map((agency) => {
                const options = [
                  ...agency.suggestions.map((s) => ({ value: `agency:${s.id}`, label: s.name })),
                  { value: 'create', label: t('nap.import.createAgency', { name: agency.text }) },
                  { value: 'ignore', label: t('nap.import.ignoreAgency') },
                ];
                if (agency.agencyId && !agency.suggestions.some((s) => s.id === agency.agencyId)) {
                  options.unshift({ value: `agency:${agency.agencyId}`, label: agency.text });
                }
                return (
                  <Table.Tr key={agency.text}>
                    <Table.Td>
                      {agency.text}{' '}
                      {agency.agencyId ? null : (
                        <Badge color="orange" variant="light" size="sm">
                          {t('nap.import.unmatched')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={t('nap.import.agencyFor', { name: agency.text })}
                        data={options}
                        value={state.choices[agency.text] ?? defaultChoice(data, agency.text)}
                        onChange={(v) => v && state.setChoice(agency.text, v)}
                        allowDeselect={false}
                        size="xs"
                        w={300}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Stack>
  );
}
