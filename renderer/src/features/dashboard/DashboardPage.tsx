/** The chair's overview of open and overdue actions, deadlines, attendance and NAP progress. */
import { Button } from '@mantine/core';
import { IconLayoutDashboard, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <EmptyState
        icon={<IconLayoutDashboard size={36} stroke={1.5} aria-hidden />}
        title={t('dashboard.empty.title')}
        description={t('dashboard.empty.description')}
      >
        <Button
          component={Link}
          to="/settings"
          variant="light"
          leftSection={<IconSettings size={18} aria-hidden />}
        >
          {t('dashboard.empty.action')}
        </Button>
      </EmptyState>
    </>
  );
}
