/** The plans of the workspace, or the empty state; "Create plan" and "Import matrix". */
import { Anchor, Badge, Button, Group, Progress, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDay } from '../../../components/formatDay';
import { PageHeader } from '../../../components/PageHeader';
import { NapImportWizard } from '../import/NapImportWizard';
import { napPlanPath, PLAN_STATUS_COLORS } from '../napPaths';
import { useNapPlans } from '../napQueries';
import { NapPlanFormModal } from './NapPlanFormModal';
import { TableScroll } from '../../../components/TableScroll';

export function NapPlanList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const plans = useNapPlans();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const buttons = (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={18} aria-hidden />}
        onClick={() => setImporting(true)}
      >
        {t('nap.plan.import')}
      </Button>
      <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
        {t('nap.plan.create')}
      </Button>
    </>
  );
  const items = plans.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('nap.title')}
        subtitle={t('nap.subtitle')}
        actions={items.length > 0 ? buttons : null}
      />
      {plans.isPending ? <CenteredLoader minHeight={300} /> : null}
      {plans.isError ? <ErrorAlert error={plans.error} /> : null}
      {plans.data && items.length === 0 ? (
        <EmptyState
          icon={<IconTargetArrow size={36} stroke={1.5} aria-hidden />}
          title={t('nap.empty.title')}
          description={t('nap.empty.description')}
        >
          {buttons}
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <TableScroll minWidth={720}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('nap.plan.tableLabel')}>
            <Table.Caption>{t('nap.plan.listCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('nap.plan.title')}</Table.Th>
                <Table.Th>{t('nap.plan.period')}</Table.Th>
                <Table.Th>{t('nap.plan.status')}</Table.Th>
                <Table.Th>{t('nap.plan.activities')}</Table.Th>
                <Table.Th w={200}>{t('nap.plan.completion')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    <Anchor component={Link} to={napPlanPath(plan.id)} fw={600}>
                      {plan.title}
                    </Anchor>
                    {plan.adoptingAct ? (
                      <Text size="sm" c="dimmed">
                        {plan.adoptingAct}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {t('nap.plan.periodRange', {
                      start: formatDay(plan.startDate, i18n.language),
                      end: formatDay(plan.endDate, i18n.language),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={PLAN_STATUS_COLORS[plan.status]} variant="light">
                      {t(`nap.planStatus.${plan.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{plan.counts.activities}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={plan.completion}
                        flex={1}
                        aria-label={t('nap.plan.completion')}
                      />
                      <Text size="sm">{Math.round(plan.completion)} %</Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      <NapPlanFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => void navigate(napPlanPath(id))}
      />
      <NapImportWizard
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={(id) => {
          setImporting(false);
          void navigate(napPlanPath(id));
        }}
      />
    </>
  );
}
