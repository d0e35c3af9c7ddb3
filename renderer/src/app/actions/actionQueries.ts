/**
 * Query keys and hooks of action items. A change to an action also changes the dashboard, the
 * agency pages' open actions and the meetings' action reviews: the core's change event
 * refreshes all of them (app/dataChanges.ts).
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import { call } from '../../api';

export type ActionListInput = ChannelInput<'actions:list'>;

export const actionKeys = {
  all: ['actions'] as const,
  list: (input: ActionListInput) => ['actions', 'list', input] as const,
  detail: (id: string) => ['actions', 'detail', id] as const,
  savedFilters: ['actions', 'savedFilters'] as const,
};

export function useActionList(input: ActionListInput, enabled = true) {
  return useQuery({
    queryKey: actionKeys.list(input),
    queryFn: () => call('actions:list', input),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useActionDetail(id: string | null) {
  return useQuery({
    queryKey: actionKeys.detail(id ?? ''),
    queryFn: () => call('actions:get', { id: id ?? '' }),
    enabled: id !== null,
  });
}

export function useSavedFilters() {
  return useQuery({
    queryKey: actionKeys.savedFilters,
    queryFn: () => call('actions:savedFilters', {}),
  });
}

type ActionChannel = Extract<
  ChannelName,
  | 'actions:create'
  | 'actions:update'
  | 'actions:addUpdate'
  | 'actions:bulkSetStatus'
  | 'actions:saveFilter'
  | 'actions:deleteFilter'
  | 'actions:setDefaultFilter'
>;

/** A mutation over one action channel (the core's change event refreshes what shows actions). */
export function useActionMutation<C extends ActionChannel>(channel: C) {
  return useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input) });
}
