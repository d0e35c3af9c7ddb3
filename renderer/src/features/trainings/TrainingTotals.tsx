/** The Totals tab: trainings, participants by sex and participant-hours per agency and pillar. */
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrainingSummary } from '../../../../shared/contract/trainings';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useTrainingSummary, type Period } from './trainingQueries';
import { TableScroll } from '../../components/TableScroll';

type Totals = TrainingSummary['total'];

function TotalsTable({
  label,
  rows,
  total,
}: {
  label: string;
  rows: { key: string; name: string; totals: Totals }[];
  total: Totals;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const cells = (x: Totals) => (
    <>
      <Table.Td ta="right">{n(x.trainings)}</Table.Td>
      <Table.Td ta="right">{n(x.female)}</Table.Td>
      <Table.Td ta="right">{n(x.male)}</Table.Td>
      <Table.Td ta="right">{n(x.other)}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {n(x.participants)}
      </Table.Td>
      <Table.Td ta="right">{n(x.hours)}</Table.Td>
    </>
  );
  return (
    <TableScroll minWidth={640}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            <Table.Th ta="right">{t('trainings.totals.trainings')}</Table.Th>
            <Table.Th ta="right">{t('trainings.columns.female')}</Table.Th>
            <Table.Th ta="right">{t('trainings.columns.male')}</Table.Th>
            <Table.Th ta="right">{t('trainings.columns.other')}</Table.Th>
            <Table.Th ta="right">{t('trainings.totals.participants')}</Table.Th>
            <Table.Th ta="right">{t('trainings.totals.hours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.name}</Table.Td>
              {cells(r.totals)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('trainings.totals.total')}</Table.Th>
            {cells(total)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}

export function TrainingTotals({ period }: { period: Period }) {
  const { t } = useTranslation();
  const summary = useTrainingSummary(period);
  if (summary.isPending) return <CenteredLoader minHeight={200} />;
  if (summary.isError) return <ErrorAlert error={summary.error} />;
  const s = summary.data;
  if (s.total.trainings === 0) {
    return <Text c="dimmed">{t('trainings.totals.none')}</Text>;
  }
  return (
    <Stack gap="lg" data-testid="training-totals">
      <Section title={t('trainings.totals.byAgency')}>
        <TotalsTable
          label={t('trainings.columns.agency')}
          rows={s.byAgency.map((r) => ({
            key: r.agency.id,
            name: r.agency.acronym ? `${r.agency.name} (${r.agency.acronym})` : r.agency.name,
            totals: r,
          }))}
          total={s.total}
        />
      </Section>
      <Section title={t('trainings.totals.byPillar')}>
        <TotalsTable
          label={t('trainings.columns.pillar')}
          rows={s.byPillar.map((r) => ({
            key: r.pillar?.id ?? 'none',
            name: r.pillar?.name ?? t('trainings.totals.noPillar'),
            totals: r,
          }))}
          total={s.total}
        />
      </Section>
    </Stack>
  );
}
