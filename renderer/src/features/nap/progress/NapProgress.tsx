/**
 * Progress of the plan as of the end of a reporting period (default today), from nap:summary:
 * completion per pillar as a bar chart, activities per status per pillar, and the same figures
 * as a table (the charts' text equivalent).
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NapPlanDetail } from '../../../../../shared/contract/nap';
import { NAP_ACTIVITY_STATUSES } from '../../../../../shared/domain/nap';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Section } from '../../../components/Section';
import { ACTIVITY_STATUS_COLORS } from '../napPaths';
import { useNapSummary } from '../napQueries';
import { TableScroll } from '../../../components/TableScroll';

const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n)} %`);

export function NapProgress({ plan }: { plan: NapPlanDetail }) {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState<string | null>(null);
  const summary = useNapSummary(plan.id, periodId);
  const data = summary.data;

  return (
    <Stack gap="lg">
      <Select
        label={t('nap.progress.asOf')}
        placeholder={t('nap.progress.today')}
        data={plan.periods.map((p) => ({ value: p.id, label: p.label }))}
        value={periodId}
        onChange={setPeriodId}
        clearable
        w={240}
      />
      {summary.isPending ? <CenteredLoader minHeight={200} /> : null}
      {summary.isError ? <ErrorAlert error={summary.error} /> : null}
      {data ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            {[
              [t('nap.progress.completion'), pct(data.totals.completion)],
              [t('nap.progress.activities'), String(data.totals.activities)],
              [t('nap.progress.overdue'), String(data.totals.overdue)],
              [t('nap.progress.averageProgress'), pct(data.totals.averageProgress)],
            ].map(([label, value]) => (
              <Paper key={label} withBorder radius="md" p="md">
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
                <Text fw={700} fz={28}>
                  {value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {data.totals.activities === 0 ? (
            <Text c="dimmed">{t('nap.progress.empty')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <Section title={t('nap.progress.completionByPillar')}>
                <BarChart
                  h={260}
                  data={data.pillars.map((p) => ({
                    pillar: `${p.code}. ${p.name}`,
                    completion: Math.round(p.completion),
                  }))}
                  dataKey="pillar"
                  series={[
                    { name: 'completion', label: t('nap.progress.completion'), color: 'teal.6' },
                  ]}
                  yAxisProps={{ domain: [0, 100] }}
                  unit=" %"
                  aria-hidden
                />
              </Section>
              <Section title={t('nap.progress.statusByPillar')}>
                <BarChart
                  h={260}
                  type="stacked"
                  data={data.pillars.map((p) => ({
                    pillar: `${p.code}. ${p.name}`,
                    ...p.byStatus,
                  }))}
                  dataKey="pillar"
                  series={NAP_ACTIVITY_STATUSES.map((s) => ({
                    name: s,
                    label: t(`nap.status.${s}`),
                    color: `${ACTIVITY_STATUS_COLORS[s]}.6`,
                  }))}
                  withLegend
                  yAxisProps={{ allowDecimals: false }}
                  aria-hidden
                />
              </Section>
            </SimpleGrid>
          )}
          <TableScroll minWidth={720}>
            <Table verticalSpacing="xs" striped aria-label={t('nap.progress.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('nap.progress.pillar')}</Table.Th>
                  <Table.Th ta="right">{t('nap.progress.activities')}</Table.Th>
                  {NAP_ACTIVITY_STATUSES.map((s) => (
                    <Table.Th key={s} ta="right">
                      {t(`nap.status.${s}`)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('nap.progress.overdue')}</Table.Th>
                  <Table.Th ta="right">{t('nap.progress.completion')}</Table.Th>
                  <Table.Th ta="right">{t('nap.progress.indicatorsOnTrack')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.pillars.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {p.code}. {p.name}
                    </Table.Td>
                    <Table.Td ta="right">{p.activities}</Table.Td>
                    {NAP_ACTIVITY_STATUSES.map((s) => (
                      <Table.Td key={s} ta="right">
                        {p.byStatus[s] ?? 0}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{p.overdue}</Table.Td>
                    <Table.Td ta="right">{pct(p.completion)}</Table.Td>
                    <Table.Td ta="right">
                      <Group justify="flex-end" gap={4}>
                        {t('nap.progress.onTrackOf', { onTrack: p.onTrack, measured: p.measured })}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      ) : null}
    </Stack>
  );
}
