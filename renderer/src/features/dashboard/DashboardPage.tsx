/**
 * The chair's dashboard (the home page): who is late and by how much, who delivers and who
 * attends, and what falls due next — all from one dashboard:summary call.
 */
import { Button, Grid, Stack } from '@mantine/core';
import { IconChecklist, IconLayoutDashboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { RoundResponses } from '../../components/roundTrip/RoundResponses';
import { AgencyRates } from './AgencyRates';
import { AgreementsDue } from './AgreementsDue';
import { NapPillarCompletion } from './NapPillarCompletion';
import { DashboardControls } from './DashboardControls';
import { useDashboardScope, useDashboardSummary } from './dashboardQuery';
import { OverdueCooperation } from './OverdueCooperation';
import { SetupChecklist } from './SetupChecklist';
import { StatCards } from './StatCards';
import { UpcomingDeadlines } from './UpcomingDeadlines';
import { lazyComponent } from '../../components/lazyComponent';

const OverdueByAgency = lazyComponent(() =>
  import('./OverdueByAgency').then((m) => m.OverdueByAgency),
);

const AgingChart = lazyComponent(() => import('./AgingChart').then((m) => m.AgingChart));

export function DashboardPage() {
  const { t } = useTranslation();
  const { scope, update } = useDashboardScope();
  const summary = useDashboardSummary(scope);

  const body = () => {
    if (summary.isPending) return <CenteredLoader minHeight={300} />;
    if (summary.isError) return <ErrorAlert error={summary.error} />;
    const data = summary.data;
    if (data.byAgency.length === 0 && data.upcoming.length === 0 && data.open === 0) {
      return (
        <Stack gap="lg">
          <SetupChecklist
            fallback={
              <EmptyState
                icon={<IconLayoutDashboard size={36} stroke={1.5} aria-hidden />}
                title={t('dashboard.empty.title')}
                description={t('dashboard.empty.description')}
              >
                <Button
                  component={Link}
                  to="/actions"
                  variant="light"
                  leftSection={<IconChecklist size={18} aria-hidden />}
                >
                  {t('dashboard.empty.action')}
                </Button>
              </EmptyState>
            }
          />
          <OverdueCooperation onlyWhenSome />
          <AgreementsDue summary={data} onlyWhenSome />
        </Stack>
      );
    }
    return (
      <Stack gap="lg" style={{ opacity: summary.isPlaceholderData ? 0.6 : 1 }}>
        <SetupChecklist />
        <StatCards summary={data} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <OverdueByAgency summary={data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <AgingChart summary={data} />
              <UpcomingDeadlines summary={data} />
              <OverdueCooperation />
              <AgreementsDue summary={data} />
              <RoundResponses bodyId={scope.bodyId} asSection />
            </Stack>
          </Grid.Col>
        </Grid>
        <AgencyRates summary={data} />
        <NapPillarCompletion />
      </Stack>
    );
  };

  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <DashboardControls scope={scope} onChange={update} />
      {body()}
    </>
  );
}
