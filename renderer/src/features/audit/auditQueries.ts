/** Query keys and hooks of the audit log: a page of entries, and the check of the hash chain. */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { call } from '../../api';

export type AuditListInput = ChannelInput<'audit:list'>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditListInput) => ['audit', 'list', filters] as const,
};

/**
 * One page of entries, newest first. Every change elsewhere adds an entry without touching
 * this cache, so the list is always stale and refetches whenever the page is opened.
 */
export function useAuditList(filters: AuditListInput) {
  return useQuery({
    queryKey: auditKeys.list(filters),
    queryFn: () => call('audit:list', filters),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

/** Walks the whole chain on demand (a button, not on every visit: it reads every entry). */
export function useAuditVerify() {
  return useMutation({ mutationFn: () => call('audit:verify', {}) });
}
