/**
 * Query keys and hooks of the National Action Plan. Every change refreshes the whole `nap` cache
 * (plans list, plan tree, summaries): progress and completion are derived by the core.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { call } from '../../api';

export const napKeys = {
  all: ['nap'] as const,
  plans: ['nap', 'plans'] as const,
  plan: (id: string) => ['nap', 'plan', id] as const,
  summary: (planId: string, periodId: string | null) =>
    ['nap', 'summary', planId, periodId] as const,
};

export function useNapPlans() {
  return useQuery({ queryKey: napKeys.plans, queryFn: () => call('nap:listPlans', {}) });
}

export function useNapPlan(id: string) {
  return useQuery({ queryKey: napKeys.plan(id), queryFn: () => call('nap:getPlan', { id }) });
}

export function useNapSummary(planId: string, periodId: string | null) {
  return useQuery({
    queryKey: napKeys.summary(planId, periodId),
    queryFn: () => call('nap:summary', periodId ? { planId, periodId } : { planId }),
  });
}

type NapChange =
  | 'nap:createPlan'
  | 'nap:updatePlan'
  | 'nap:upsertPillar'
  | 'nap:upsertObjective'
  | 'nap:upsertActivity'
  | 'nap:upsertIndicator'
  | 'nap:removeNode'
  | 'nap:addMeasurement'
  | 'nap:addProgressUpdate';

/** A change through one NAP channel (the change event refetches the NAP cache). */
export function useNapChange<C extends NapChange>(channel: C) {
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
  });
}
