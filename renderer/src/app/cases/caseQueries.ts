/**
 * Query keys and hooks of the case module. A change to a case or a cooperation request also
 * changes the register, the pending view and the dashboard card, so mutations refresh all.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import { call } from '../../api';

export type CaseListInput = ChannelInput<'cases:list'>;
export type CooperationListInput = ChannelInput<'cooperation:list'>;

export const caseKeys = {
  all: ['cases'] as const,
  list: (input: CaseListInput) => ['cases', 'list', input] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  cooperation: (input: CooperationListInput) => ['cases', 'cooperation', input] as const,
  retention: ['cases', 'retention'] as const,
};

export function useCaseList(input: CaseListInput) {
  return useQuery({
    queryKey: caseKeys.list(input),
    queryFn: () => call('cases:list', input),
    placeholderData: keepPreviousData,
  });
}

export function useCaseDetail(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => call('cases:get', { id }),
  });
}

export function useCooperationList(input: CooperationListInput) {
  return useQuery({
    queryKey: caseKeys.cooperation(input),
    queryFn: () => call('cooperation:list', input),
  });
}

export function useRetentionList() {
  return useQuery({ queryKey: caseKeys.retention, queryFn: () => call('cases:retention', {}) });
}

type CaseChannel = Extract<
  ChannelName,
  | 'cases:create'
  | 'cases:update'
  | 'cases:addDiscussion'
  | 'cooperation:create'
  | 'cooperation:update'
  | 'cases:purge'
>;

/** A mutation over one case channel that refreshes everything cases show up in. */
export function useCaseMutation<C extends CaseChannel>(channel: C) {
  return useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input) });
}
