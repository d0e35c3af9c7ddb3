/**
 * Open and overdue actions per agency: a stacked bar chart (click a bar to open that agency's
 * actions) and, below it, the same figures as a table of links for keyboard and screen readers.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DashboardSummary } from '../../../../shared/contract/dashboard';
import { OPEN_ACTION_STATUSES } from '../../../../shared/domain/actions';
import { Section } from '../../components/Section';
import { actionsHref } from '../../app/actions/actionFilterParams';

const CHART_AGENCIES = 10;

type AgencyRow = DashboardSummary['byAgency'][number];

export const overdueHref = (agencyId: string) =>
  actionsHref({ ownerAgencyId: agencyId, overdue: true });
const openHref = (agencyId: string) =>
  actionsHref({ ownerAgencyId: agencyId, status: [...OPEN_ACTION_STATUSES] });

function AgencyTable({ rows }: { rows: AgencyRow[] }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={4} fz="sm" mt="md" aria-label={t('dashboard.byAgency.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.byAgency.agency')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.byAgency.open')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.byAgency.overdue')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ agency, open, overdue }) => (
          <Table.Tr key={agency.id}>
            <Table.Td>{agency.name}</Table.Td>
            <Table.Td ta="right">
              <Anchor
                href={`#${openHref(agency.id)}`}
                aria-label={t('dashboard.byAgency.openLink', { agency: agency.name, count: open })}
              >
                {open}
              </Anchor>
            </Table.Td>
            <Table.Td ta="right">
              {overdue > 0 ? (
                <Anchor
                  href={`#${overdueHref(agency.id)}`}
                  c="red"
                  fw={700}
                  aria-label={t('dashboard.byAgency.overdueLink', {
                    agency: agency.name,
                    count: overdue,
                  })}
                >
                  {overdue}
                </Anchor>
              ) : (
                <Text span c="dimmed" size="sm">
                  0
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function OverdueByAgency({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = summary.byAgency.filter((a) => a.open > 0);
  const data = rows.slice(0, CHART_AGENCIES).map((a) => ({
    agencyId: a.agency.id,
    agency: a.agency.acronym || a.agency.name,
    overdue: a.overdue,
    onTrack: a.open - a.overdue,
  }));

  return (
    <Section title={t('dashboard.byAgency.title')}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.byAgency.none')}
        </Text>
      ) : (
        <>
          <BarChart
            h={Math.max(160, data.length * 36 + 40)}
            data={data}
            dataKey="agency"
            orientation="vertical"
            type="stacked"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            yAxisProps={{ width: 90 }}
            xAxisProps={{ allowDecimals: false }}
            gridAxis="x"
            series={[
              { name: 'overdue', label: t('dashboard.byAgency.overdue'), color: 'red.6' },
              { name: 'onTrack', label: t('dashboard.byAgency.onTrack'), color: 'blue.4' },
            ]}
            barProps={(series) => ({
              cursor: 'pointer',
              onClick: (bar) => {
                const row = bar.payload as (typeof data)[number] | undefined;
                if (!row) return;
                void navigate(
                  series.name === 'overdue' ? overdueHref(row.agencyId) : openHref(row.agencyId),
                );
              },
            })}
            aria-hidden
          />
          <AgencyTable rows={rows} />
        </>
      )}
    </Section>
  );
}
