/**
 * k-anonymised case statistics (cases:statistics): victims by sex × age band, form of
 * exploitation, nationality (or its UN M49 region) and stage. Every table says k and how many
 * cells were generalised or suppressed.
 */
import { Alert, Badge, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticTable } from '../../../../shared/contract/cases';
import { placeName, type PlaceLanguage } from '../../../../shared/domain/places';
import { call } from '../../api';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { isMonth } from './caseFormValues';
import { caseKeys } from '../../app/cases/caseQueries';
import { useCaseVocabulary } from './caseVocabulary';

function placeLanguage(language: string): PlaceLanguage {
  return language.startsWith('es') ? 'es' : language.startsWith('fr') ? 'fr' : 'en';
}

function useCellLabel() {
  const { t, i18n } = useTranslation();
  const vocab = useCaseVocabulary();
  const age = (part: string) =>
    part === 'child' || part === 'adult'
      ? t(`cases.statistics.ageGroups.${part}`)
      : vocab.label('ageBands', part);
  return (table: StatisticTable, parts: string[]): string => {
    const [first = '', second = ''] = parts;
    switch (table.dimension) {
      case 'sex_age':
        return `${vocab.label('sexes', first)} · ${age(second)}`;
      case 'exploitation':
        return vocab.label('forms', first);
      case 'stage':
        return vocab.label('stages', first);
      case 'nationality_region':
        return first === 'unknown'
          ? t('cases.fields.unknownCountry')
          : placeName(first, placeLanguage(i18n.language));
    }
  };
}

function StatisticSection({ table, k }: { table: StatisticTable; k: number }) {
  const { t } = useTranslation();
  const label = useCellLabel();
  const title = t(`cases.statistics.dimensions.${table.dimension}`);
  return (
    <Section title={title}>
      <Table striped aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.statistics.category')}</Table.Th>
            <Table.Th ta="right">{t('cases.statistics.victims')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.cells.map((cell) => (
            <Table.Tr key={`${cell.key}-${cell.generalised ? 'g' : ''}`}>
              <Table.Td>
                <Group gap={6}>
                  {label(table, cell.parts)}
                  {cell.generalised ? (
                    <Badge size="xs" variant="light" color="gray">
                      {t('cases.statistics.generalised')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                {cell.count === null ? (
                  <Text span c="dimmed" size="sm">
                    {t('cases.statistics.suppressed', { k })}
                  </Text>
                ) : (
                  cell.count
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        {t('cases.statistics.note', {
          k,
          generalised: table.generalisedCells,
          suppressed: table.suppressedCells,
          victims: table.suppressedVictims,
        })}
      </Text>
    </Section>
  );
}

export function CaseStatistics() {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const input = {
    ...(isMonth(from) ? { from } : {}),
    ...(isMonth(to) ? { to } : {}),
  };
  const stats = useQuery({
    queryKey: [...caseKeys.all, 'statistics', input],
    queryFn: () => call('cases:statistics', input),
  });

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <TextInput
          type="month"
          label={t('cases.statistics.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={200}
        />
        <TextInput
          type="month"
          label={t('cases.statistics.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={200}
        />
      </Group>
      {stats.isPending ? (
        <CenteredLoader minHeight={240} />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} />
      ) : (
        <>
          <Alert variant="light" color="blue">
            {t('cases.statistics.summary', {
              k: stats.data.k,
              cases: stats.data.caseCount,
              victims: stats.data.victimCount,
            })}
          </Alert>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            {stats.data.tables.map((table) => (
              <StatisticSection key={table.dimension} table={table} k={stats.data.k} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
