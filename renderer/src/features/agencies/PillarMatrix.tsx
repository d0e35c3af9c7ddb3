/** "Who does what": agencies × 4P pillars, lead/support per cell, with counts per pillar. */
import { Anchor, Badge, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Pillar, PillarRole } from '../../../../shared/domain/agencies';
import { useAgencyMatrix } from '../../app/agencies/agencyQueries';
import { TableScroll } from '../../components/TableScroll';

function RoleCell({ role }: { role: PillarRole | undefined }) {
  const { t } = useTranslation();
  if (!role) return <VisuallyHidden>{t('vocab.pillarRoles.none')}</VisuallyHidden>;
  return (
    <Badge variant={role === 'lead' ? 'filled' : 'light'}>{t(`vocab.pillarRoles.${role}`)}</Badge>
  );
}

export function PillarMatrix() {
  const { t } = useTranslation();
  const matrix = useAgencyMatrix();
  const [onlyWithRole, setOnlyWithRole] = useState(false);

  if (matrix.isPending) return <CenteredLoader minHeight={240} />;
  if (matrix.isError) return <ErrorAlert error={matrix.error} />;

  const { pillars, rows: allRows } = matrix.data;
  const rows = onlyWithRole
    ? allRows.filter((row) => Object.values(row.pillarRoles).some(Boolean))
    : allRows;
  const count = (pillar: Pillar, role: PillarRole) =>
    allRows.filter((row) => row.pillarRoles[pillar] === role).length;

  return (
    <Stack gap="md">
      <Switch
        label={t('matrix.onlyWithRole')}
        checked={onlyWithRole}
        onChange={(event) => setOnlyWithRole(event.currentTarget.checked)}
      />
      <TableScroll minWidth={640}>
        <Table striped highlightOnHover withTableBorder verticalSpacing="sm" captionSide="top">
          <Table.Caption>{t('matrix.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('matrix.agency')}</Table.Th>
              {pillars.map((pillar) => (
                <Table.Th key={pillar} scope="col">
                  <Text fw={600} size="sm">
                    {t(`vocab.pillars.${pillar}`)}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('matrix.leadCount', { count: count(pillar, 'lead') })} ·{' '}
                    {t('matrix.supportCount', { count: count(pillar, 'support') })}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={pillars.length + 1}>
                  <Text c="dimmed" size="sm" ta="center" py="md">
                    {t(allRows.length === 0 ? 'matrix.empty' : 'matrix.noneWithRole')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/agencies/${row.id}`} fw={600}>
                      {row.name}
                    </Anchor>
                    {row.acronym ? (
                      <Text span c="dimmed" size="sm" ml={6}>
                        {row.acronym}
                      </Text>
                    ) : null}
                  </Table.Th>
                  {pillars.map((pillar) => (
                    <Table.Td key={pillar}>
                      <RoleCell role={row.pillarRoles[pillar]} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
