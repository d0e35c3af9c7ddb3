/**
 * The National Action Plan: the plans of the workspace (or the empty state), and one plan with
 * its tabs — outline (pillar → objective → activity), reporting round and progress.
 */
import { Anchor, Badge, Button, Group, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { NapPlanDetail } from '../../../../shared/contract/nap';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { PageHeader } from '../../components/PageHeader';
import { NapOutline } from './outline/NapOutline';
import { NapPlanFormModal } from './plan/NapPlanFormModal';
import { NapPlanList } from './plan/NapPlanList';
import { napPlanPath, PLAN_STATUS_COLORS } from './napPaths';
import { useNapPlan } from './napQueries';
import { NapReportButton } from '../../components/exports/NapReportButton';
import { ReportingRound } from './round/ReportingRound';
import { lazyComponent } from '../../components/lazyComponent';

const NapProgress = lazyComponent(() =>
  import('./progress/NapProgress').then((m) => m.NapProgress),
);

const TABS = ['outline', 'round', 'progress'] as const;
type Tab = (typeof TABS)[number];

export function NapPage() {
  const { planId } = useParams();
  return planId ? <NapPlanView planId={planId} /> : <NapPlanList />;
}

function NapPlanView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab: rawTab } = useParams();
  const tab: Tab = (TABS as readonly string[]).includes(rawTab ?? '') ? (rawTab as Tab) : 'outline';
  const plan = useNapPlan(planId);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/nap" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('nap.plan.allPlans')}
        </Group>
      </Anchor>
      {plan.isPending ? <CenteredLoader minHeight={300} /> : null}
      {plan.isError ? <ErrorAlert error={plan.error} /> : null}
      {plan.data ? (
        <>
          <PlanHeader plan={plan.data} />
          <Tabs
            value={tab}
            onChange={(value) =>
              void navigate(napPlanPath(planId, (value as Tab | null) ?? 'outline'), {
                replace: true,
              })
            }
            keepMounted={false}
          >
            <Tabs.List aria-label={t('nap.tabs.label')}>
              {TABS.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(`nap.tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="outline" pt="md">
              <NapOutline plan={plan.data} />
            </Tabs.Panel>
            <Tabs.Panel value="round" pt="md">
              <ReportingRound planId={planId} />
            </Tabs.Panel>
            <Tabs.Panel value="progress" pt="md">
              <NapProgress plan={plan.data} />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </Stack>
  );
}

function PlanHeader({ plan }: { plan: NapPlanDetail }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const period = t('nap.plan.periodRange', {
    start: formatDay(plan.startDate, i18n.language),
    end: formatDay(plan.endDate, i18n.language),
  });
  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={[
          plan.adoptingAct,
          period,
          t(`nap.periodKind.${plan.periodKind}`),
          t('nap.plan.periodsCount', { count: plan.periods.length }),
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            <Badge color={PLAN_STATUS_COLORS[plan.status]} variant="light" size="lg">
              {t(`nap.planStatus.${plan.status}`)}
            </Badge>
            <NapReportButton planId={plan.id} />
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('nap.plan.edit')}
            </Button>
          </>
        }
      />
      <NapPlanFormModal opened={editing} onClose={() => setEditing(false)} plan={plan} />
    </>
  );
}
