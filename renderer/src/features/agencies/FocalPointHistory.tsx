/** Former focal points (no longer in post): name, role, from – to, and who replaced them. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FocalPoint } from '../../../../shared/contract/agencies';
import { formatDay } from '../../components/formatDay';
import { TableScroll } from '../../components/TableScroll';

export function FocalPointHistory({ focalPoints }: { focalPoints: FocalPoint[] }) {
  const { t, i18n } = useTranslation();
  const byId = new Map(focalPoints.map((fp) => [fp.id, fp]));
  const former = focalPoints
    .filter((fp) => !fp.active)
    .sort((a, b) => (b.endDate ?? '9999').localeCompare(a.endDate ?? '9999'));
  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : '…');

  if (former.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('focalPoints.history.empty')}
      </Text>
    );
  }
  return (
    <TableScroll minWidth={480}>
      <Table verticalSpacing="xs" aria-label={t('focalPoints.history.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('focalPoints.history.name')}</Table.Th>
            <Table.Th scope="col">{t('focalPoints.history.role')}</Table.Th>
            <Table.Th scope="col">{t('focalPoints.history.period')}</Table.Th>
            <Table.Th scope="col">{t('focalPoints.history.replacedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {former.map((fp) => (
            <Table.Tr key={fp.id} data-focus-id={fp.id}>
              <Table.Td>{fp.name}</Table.Td>
              <Table.Td>{t(`vocab.focalPointRoles.${fp.role}`)}</Table.Td>
              <Table.Td>
                {t('focalPoints.history.range', { from: day(fp.startDate), to: day(fp.endDate) })}
              </Table.Td>
              <Table.Td>{fp.replacedById ? (byId.get(fp.replacedById)?.name ?? '') : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
