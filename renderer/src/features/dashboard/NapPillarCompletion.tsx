/**
 * The chair's view of the National Action Plan: completion per pillar of the active plan, as
 * bars with a sentence each (the text equivalent), or a line saying there is no active plan.
 */
import { Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';

function useActivePlanSummary() {
  const plans = useQuery({ queryKey: ['nap', 'plans'], queryFn: () => call('nap:listPlans', {}) });
  const active = plans.data?.items.find((p) => p.status === 'active') ?? null;
  const summary = useQuery({
    queryKey: ['nap', 'summary', active?.id],
    queryFn: () => call('nap:summary', { planId: active!.id }),
    enabled: Boolean(active),
  });
  return { plans, active, summary };
}

export function NapPillarCompletion() {
  const { t } = useTranslation();
  const { plans, active, summary } = useActivePlanSummary();
  const error = plans.error ?? summary.error;
  return (
    <Section title={t('dashboard.napTitle')}>
      {error ? <ErrorAlert error={error} /> : null}
      {plans.data && !active ? (
        <Text size="sm" c="dimmed" data-testid="dashboard-nap-empty">
          {t('dashboard.napEmpty')}
        </Text>
      ) : null}
      {active && summary.data ? (
        <Stack gap="sm" data-testid="dashboard-nap">
          <Text size="sm">
            {t('dashboard.napPlan', {
              title: active.title,
              completion: Math.round(summary.data.totals.completion),
            })}
          </Text>
          {summary.data.pillars.map((p) => {
            const sentence = t('dashboard.napPillar', {
              code: p.code,
              name: p.name,
              completion: Math.round(p.completion),
              completed: p.byStatus.completed ?? 0,
              count: p.activities - (p.byStatus.cancelled ?? 0),
            });
            return (
              <Stack key={p.id} gap={2}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600} w={48}>
                    {p.code}
                  </Text>
                  <Progress value={p.completion} w={200} size="md" aria-label={sentence} />
                  <Text size="sm" fw={600}>
                    {`${Math.round(p.completion)} %`}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {sentence}
                </Text>
              </Stack>
            );
          })}
        </Stack>
      ) : null}
    </Section>
  );
}
