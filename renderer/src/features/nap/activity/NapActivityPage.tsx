/**
 * One NAP activity: its details, its indicators (values over time against the target), the
 * history of its progress updates, and the action items linked to it.
 */
import { Anchor, Button, Group, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { NapActivity, NapPlanDetail } from '../../../../../shared/contract/nap';
import { CenteredLoader } from '../../../components/CenteredLoader';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDay } from '../../../components/formatDay';
import { workspaceDayOf } from '../../../components/workspaceDay';
import { PageHeader } from '../../../components/PageHeader';
import { Section } from '../../../components/Section';
import { napPlanPath } from '../napPaths';
import { useNapPlan } from '../napQueries';
import { NapStatusBadge } from '../NapStatusBadge';
import {
  ActivityFormModal,
  RemoveNodeModal,
  type ActivityTarget,
  type RemoveTarget,
} from '../outline/NapNodeForms';
import { IndicatorFormModal, type IndicatorTarget } from './IndicatorFormModal';
import { LinkedAgreements } from '../../../components/agreements/LinkedAgreements';
import { LinkedActions } from './LinkedActions';
import { lazyComponent } from '../../../components/lazyComponent';

const IndicatorCard = lazyComponent(() => import('./IndicatorCard').then((m) => m.IndicatorCard));

function findActivity(plan: NapPlanDetail, activityId: string) {
  for (const pillar of plan.pillars)
    for (const objective of pillar.objectives)
      for (const activity of objective.activities)
        if (activity.id === activityId) return { pillar, objective, activity };
  return null;
}

export function NapActivityPage() {
  const { t } = useTranslation();
  const { planId = '', activityId = '' } = useParams();
  const plan = useNapPlan(planId);
  const found = plan.data ? findActivity(plan.data, activityId) : null;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={napPlanPath(planId)} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {plan.data
            ? t('nap.activityPage.back', { plan: plan.data.title })
            : t('nap.plan.allPlans')}
        </Group>
      </Anchor>
      {plan.isPending ? <CenteredLoader minHeight={300} /> : null}
      {plan.isError ? <ErrorAlert error={plan.error} /> : null}
      {plan.data && !found ? <Text role="alert">{t('nap.activityPage.notFound')}</Text> : null}
      {plan.data && found ? (
        <ActivityView
          plan={plan.data}
          pillarLabel={`${found.pillar.code}. ${found.pillar.name}`}
          objectiveLabel={`${found.objective.code} ${found.objective.name}`}
          activity={found.activity}
        />
      ) : null}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </Stack>
  );
}

function ActivityView(props: {
  plan: NapPlanDetail;
  pillarLabel: string;
  objectiveLabel: string;
  activity: NapActivity;
}) {
  const { plan, activity } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<ActivityTarget | null>(null);
  const [indicatorTarget, setIndicatorTarget] = useState<IndicatorTarget | null>(null);
  const [removeTarget, setRemoveTarget] = useState<RemoveTarget | null>(null);
  const agencies = (list: NapActivity['leadAgencies']) =>
    list.map((a) => (a.acronym ? `${a.name} (${a.acronym})` : a.name)).join(', ') || '—';
  const budget =
    activity.budgetAmount === null
      ? activity.budgetText || '—'
      : `${new Intl.NumberFormat(i18n.language).format(activity.budgetAmount)} ${activity.currency}`;
  const periodLabel = (id: string) => plan.periods.find((p) => p.id === id)?.label ?? '';
  const label = `${activity.code} ${activity.text}`;

  return (
    <>
      <PageHeader
        title={label}
        subtitle={`${props.pillarLabel} › ${props.objectiveLabel}`}
        actions={
          <>
            <NapStatusBadge status={activity.status} />
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing({ objectiveId: activity.objectiveId, activity })}
            >
              {t('nap.activityPage.edit')}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setRemoveTarget({ kind: 'activity', id: activity.id, label })}
            >
              {t('nap.node.remove')}
            </Button>
          </>
        }
      />
      <Section title={t('nap.activityPage.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          <Field label={t('nap.activity.lead')}>{agencies(activity.leadAgencies)}</Field>
          <Field label={t('nap.activity.supporting')}>
            {agencies(activity.supportingAgencies)}
          </Field>
          <Field label={t('nap.activity.timeframe')}>
            {activity.timeframe || '—'}
            {activity.overdue ? ` · ${t('nap.outline.overdue')}` : ''}
          </Field>
          <Field label={t('nap.activity.budget')}>{budget}</Field>
          <Field label={t('nap.activity.fundingSource')}>{activity.fundingSource || '—'}</Field>
          <Field label={t('nap.activity.status')}>
            {t(`nap.status.${activity.status}`)}
            {activity.statusReason ? ` — ${activity.statusReason}` : ''}
          </Field>
        </SimpleGrid>
      </Section>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('nap.activityPage.indicators')}
          </Title>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setIndicatorTarget({ activityId: activity.id })}
          >
            {t('nap.indicator.add')}
          </Button>
        </Group>
        {activity.indicators.length === 0 ? (
          <Text c="dimmed">{t('nap.activityPage.noIndicators')}</Text>
        ) : (
          activity.indicators.map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              periods={plan.periods}
              onEdit={() => setIndicatorTarget({ activityId: activity.id, indicator })}
              onRemove={() =>
                setRemoveTarget({ kind: 'indicator', id: indicator.id, label: indicator.name })
              }
            />
          ))
        )}
      </Stack>
      <Section title={t('nap.activityPage.history')}>
        {activity.updates.length === 0 ? (
          <Text c="dimmed">{t('nap.activityPage.noUpdates')}</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2}>
            {[...activity.updates].reverse().map((update) => (
              <Timeline.Item
                key={update.id}
                title={`${periodLabel(update.periodId)} · ${t(`nap.status.${update.status}`)}`}
              >
                <Text size="sm" c="dimmed">
                  {formatDay(workspaceDayOf(update.createdAt), i18n.language)}
                  {update.meeting ? ` · ${update.meeting.title}` : ''}
                </Text>
                {update.statusReason ? <Text size="sm">{update.statusReason}</Text> : null}
                {update.narrative ? <Text size="sm">{update.narrative}</Text> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Section>
      <LinkedActions activityId={activity.id} />
      <LinkedAgreements napActivityId={activity.id} />
      <ActivityFormModal target={editing} onClose={() => setEditing(null)} />
      <IndicatorFormModal target={indicatorTarget} onClose={() => setIndicatorTarget(null)} />
      <RemoveNodeModal
        target={removeTarget}
        onClose={() => setRemoveTarget(null)}
        onRemoved={() => {
          if (removeTarget?.kind === 'activity') void navigate(napPlanPath(plan.id));
        }}
      />
    </>
  );
}
