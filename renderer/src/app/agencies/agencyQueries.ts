/**
 * Query keys and hooks of the agency register. What a write changes is refreshed by the core's
 * `data:changed` event (app/dataChanges.ts), not here.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import type { AgencyListInput } from '../../../../shared/contract/agencies';
import { call } from '../../api';

export const agencyKeys = {
  all: ['agencies'] as const,
  list: (filters: AgencyListInput) => ['agencies', 'list', filters] as const,
  detail: (id: string) => ['agencies', 'detail', id] as const,
  matrix: ['agencies', 'matrix'] as const,
  focalPointsAsOf: (agencyId: string, asOf: string) =>
    ['agencies', 'focalPoints', agencyId, asOf] as const,
};

export function useAgencyList(filters: AgencyListInput) {
  return useQuery({
    queryKey: agencyKeys.list(filters),
    queryFn: () => call('agencies:list', filters),
    placeholderData: keepPreviousData,
  });
}

export function useAgencyDetail(id: string) {
  return useQuery({
    queryKey: agencyKeys.detail(id),
    queryFn: () => call('agencies:get', { id }),
  });
}

export function useAgencyMatrix() {
  return useQuery({
    queryKey: agencyKeys.matrix,
    queryFn: () => call('agencies:matrix', {}),
  });
}

/** Who was in post at an agency on a given date (null date: the query waits). */
export function useFocalPointsAsOf(agencyId: string, asOf: string | null) {
  return useQuery({
    queryKey: agencyKeys.focalPointsAsOf(agencyId, asOf ?? ''),
    queryFn: () => call('focalPoints:list', { agencyId, asOf: asOf ?? undefined }),
    enabled: asOf !== null,
    placeholderData: keepPreviousData,
  });
}

/** A mutation over one channel of the register. */
export function useRegisterMutation<C extends Parameters<typeof call>[0]>(channel: C) {
  return useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input) });
}
