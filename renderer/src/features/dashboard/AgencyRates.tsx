/** Completion and attendance rate per agency over the period, as bars with their fractions. */
import { Group, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../shared/contract/dashboard';
import { Section } from '../../components/Section';
import { percent } from './dashboardQuery';

function rateColor(rate: number): string {
  if (rate >= 0.75) return 'teal';
  if (rate >= 0.5) return 'yellow';
  return 'red';
}

function RateCell(props: { rate: number | null; n: number; of: number; label: string }) {
  const { i18n } = useTranslation();
  if (props.rate === null) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={props.rate * 100}
        color={rateColor(props.rate)}
        w={120}
        size="md"
        aria-label={props.label}
      />
      <Text size="sm" fw={600} w={44} ta="right">
        {percent(props.rate, i18n.language)}
      </Text>
      <Text size="xs" c="dimmed">
        {`${props.n}/${props.of}`}
      </Text>
    </Group>
  );
}

export function AgencyRates({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const rows = summary.byAgency
    .filter((a) => a.completion.due > 0 || a.attendance.meetings > 0)
    .sort((a, b) => a.agency.name.localeCompare(b.agency.name));
  return (
    <Section title={t('dashboard.rates.title')}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.rates.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} fz="sm" aria-label={t('dashboard.rates.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.rates.agency')}</Table.Th>
                <Table.Th>{t('dashboard.rates.completion')}</Table.Th>
                <Table.Th>{t('dashboard.rates.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ agency, completion, attendance }) => (
                <Table.Tr key={agency.id}>
                  <Table.Td>{agency.name}</Table.Td>
                  <Table.Td>
                    <RateCell
                      rate={completion.rate}
                      n={completion.completed}
                      of={completion.due}
                      label={t('dashboard.rates.completionOf', { agency: agency.name })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RateCell
                      rate={attendance.rate}
                      n={attendance.attended}
                      of={attendance.meetings}
                      label={t('dashboard.rates.attendanceOf', { agency: agency.name })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
