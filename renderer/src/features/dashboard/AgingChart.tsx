/** How long overdue actions have been overdue: 1–30, 31–60, 61–90 and more than 90 days. */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract/dashboard';
import { Section } from '../../components/Section';

const BUCKET_COLORS = {
  '0-30': 'yellow.5',
  '31-60': 'orange.5',
  '61-90': 'orange.8',
  '90+': 'red.8',
};

export function AgingChart({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const data = summary.aging.map(({ bucket, count }) => ({
    // Short ticks ("31–60") under the axis's title: the full names overlap in French at 1280 px
    // and are listed under the chart anyway.
    bucket: t(`dashboard.aging.axis.${bucket}`),
    count,
    color: BUCKET_COLORS[bucket],
  }));
  return (
    <Section title={t('dashboard.aging.title')}>
      {summary.overdue === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.aging.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          <BarChart
            h={200}
            data={data}
            dataKey="bucket"
            series={[{ name: 'count', label: t('dashboard.aging.count'), color: 'orange.6' }]}
            withBarValueLabel
            gridAxis="y"
            xAxisProps={{ interval: 0, fontSize: 11 }}
            xAxisLabel={t('dashboard.aging.axisLabel')}
            yAxisProps={{ allowDecimals: false, width: 30 }}
            aria-hidden
          />
          <Group
            gap="lg"
            justify="center"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {summary.aging.map(({ bucket, count }) => (
              <Text component="li" key={bucket} size="sm">
                {t('dashboard.aging.entry', {
                  bucket: t(`dashboard.aging.buckets.${bucket}`),
                  count,
                })}
              </Text>
            ))}
          </Group>
        </Stack>
      )}
    </Section>
  );
}
