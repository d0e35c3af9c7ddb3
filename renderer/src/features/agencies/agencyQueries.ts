/** Query keys and hooks of the agency register; mutations invalidate what they change. */
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
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

/** Agencies and bodies show each other (chairs, memberships): a change to one refreshes both. */
export async function invalidateRegister(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['bodies'] }),
  ]);
}

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

/** A mutation over one channel that refreshes the register when it succeeds. */
export function useRegisterMutation<C extends Parameters<typeof call>[0]>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => invalidateRegister(queryClient),
  });
}
