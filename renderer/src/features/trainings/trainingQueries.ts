/** Query keys and hooks of the capacity-building log. */
import { useMutation, useQuery, useQueries } from '@tanstack/react-query';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import { call } from '../../api';
import { napLinkKeys } from '../../app/nap/napLinkQueries';

export type TrainingListInput = ChannelInput<'trainings:list'>;
export type Period = { from?: string; to?: string };

export const trainingKeys = {
  all: ['trainings'] as const,
  list: (input: TrainingListInput) => ['trainings', 'list', input] as const,
  summary: (period: Period) => ['trainings', 'summary', period] as const,
};

export function useTrainingList(input: TrainingListInput) {
  return useQuery({
    queryKey: trainingKeys.list(input),
    queryFn: () => call('trainings:list', input),
  });
}

export function useTrainingSummary(period: Period) {
  return useQuery({
    queryKey: trainingKeys.summary(period),
    queryFn: () => call('trainings:summary', period),
  });
}

type TrainingChannel = Extract<
  ChannelName,
  'trainings:create' | 'trainings:update' | 'trainings:remove'
>;

export function useTrainingMutation<C extends TrainingChannel>(channel: C) {
  return useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input) });
}

/** The pillars of every NAP plan, grouped by plan, for a Select. */
export function usePillarOptions() {
  const plans = useQuery({ queryKey: napLinkKeys.plans, queryFn: () => call('nap:listPlans', {}) });
  const details = useQueries({
    queries: (plans.data?.items ?? []).map((p) => ({
      queryKey: napLinkKeys.plan(p.id),
      queryFn: () => call('nap:getPlan', { id: p.id }),
    })),
  });
  return details.flatMap((d) =>
    d.data
      ? [
          {
            group: d.data.title,
            items: d.data.pillars.map((p) => ({ value: p.id, label: p.name })),
          },
        ]
      : [],
  );
}
