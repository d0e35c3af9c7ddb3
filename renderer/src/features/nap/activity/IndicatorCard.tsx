/**
 * One indicator of an activity: its definition, progress to date, and its values per reporting
 * period as a line chart with the target as a reference line, followed by the same figures as
 * a table (the chart's text equivalent).
 */
import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { ActionIcon, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NapIndicator, NapPeriod } from '../../../../../shared/contract/nap';

/** The value each period ended with (the newest measurement of the period). */
function valuesByPeriod(indicator: NapIndicator, periods: NapPeriod[]) {
  const last = new Map<string, number | null>();
  for (const m of indicator.measurements) last.set(m.periodId, m.value);
  return periods
    .filter((p) => last.has(p.id))
    .map((p) => ({ period: p.label, value: last.get(p.id) ?? null }));
}

export function IndicatorCard(props: {
  indicator: NapIndicator;
  periods: NapPeriod[];
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { indicator, periods } = props;
  const { t, i18n } = useTranslation();
  const fmt = (n: number | null) =>
    n === null ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(n);
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const rows = valuesByPeriod(indicator, periods);
  const { progress } = indicator;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={indicator.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Title order={3} size="h5">
            {indicator.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('nap.indicator.summaryLine', {
              baseline: `${fmt(indicator.baselineValue)}${unit}`,
              baselineYear: indicator.baselineYear ?? '—',
              target: `${fmt(indicator.targetValue)}${unit}`,
              targetYear: indicator.targetYear ?? '—',
            })}
            {' · '}
            {t(`nap.indicator.directions.${indicator.direction}`)}
            {' · '}
            {t(`nap.indicator.aggregations.${indicator.aggregation}`)}
          </Text>
          {indicator.meansOfVerification ? (
            <Text size="sm">
              {t('nap.indicator.meansOfVerification')}: {indicator.meansOfVerification}
            </Text>
          ) : null}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {progress.onTrack === null ? null : (
            <Badge color={progress.onTrack ? 'teal' : 'orange'} variant="light">
              {t(progress.onTrack ? 'nap.indicator.onTrack' : 'nap.indicator.offTrack')}
            </Badge>
          )}
          <ActionIcon
            variant="subtle"
            aria-label={t('nap.indicator.edit', { name: indicator.name })}
            onClick={props.onEdit}
          >
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('nap.indicator.remove', { name: indicator.name })}
            onClick={props.onRemove}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      <Text size="sm" mt="xs">
        {t('nap.indicator.progressLine', {
          current: `${fmt(progress.current)}${unit}`,
          percent: progress.percent === null ? '—' : `${Math.round(progress.percent)} %`,
          expected:
            progress.expectedPercent === null ? '—' : `${Math.round(progress.expectedPercent)} %`,
        })}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('nap.indicator.noMeasurements')}
        </Text>
      ) : (
        <>
          <LineChart
            h={220}
            mt="md"
            data={rows}
            dataKey="period"
            series={[{ name: 'value', label: t('nap.indicator.value'), color: 'blue.6' }]}
            referenceLines={
              indicator.targetValue === null
                ? []
                : [
                    {
                      y: indicator.targetValue,
                      label: t('nap.indicator.targetLine', {
                        value: `${fmt(indicator.targetValue)}${unit}`,
                      }),
                      color: 'red.6',
                    },
                  ]
            }
            yAxisProps={{
              domain: [
                (min: number) => Math.min(min, indicator.targetValue ?? min, 0),
                (max: number) => Math.max(max, indicator.targetValue ?? max),
              ],
            }}
            curveType="linear"
            connectNulls
            aria-hidden
          />
          <Table
            verticalSpacing={4}
            fz="sm"
            mt="sm"
            aria-label={t('nap.indicator.tableLabel', { name: indicator.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('nap.indicator.period')}</Table.Th>
                <Table.Th ta="right">{t('nap.indicator.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.period}>
                  <Table.Td>{row.period}</Table.Td>
                  <Table.Td ta="right">
                    {fmt(row.value)}
                    {unit}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
