/** Query keys and hooks of coordination bodies, and the agencies offered as chair or members. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../../api';
import { agencyKeys } from '../agencies/agencyQueries';

export const bodyKeys = {
  all: ['bodies'] as const,
  list: ['bodies', 'list'] as const,
  detail: (id: string) => ['bodies', 'detail', id] as const,
};

export function useBodyList() {
  return useQuery({ queryKey: bodyKeys.list, queryFn: () => call('bodies:list', {}) });
}

export function useBodyDetail(id: string) {
  return useQuery({ queryKey: bodyKeys.detail(id), queryFn: () => call('bodies:get', { id }) });
}

export interface AgencyRef {
  id: string;
  name: string;
  acronym: string;
}

export function agencyLabel(agency: AgencyRef): string {
  return agency.acronym ? `${agency.name} (${agency.acronym})` : agency.name;
}

const NONE: AgencyRef[] = [];

/**
 * Select data over the non-archived agencies, plus `keep` (current chair, members…) so that an
 * archived agency already in the body still shows by name.
 */
export function useAgencyOptions(keep: AgencyRef[] = NONE) {
  const agencies = useQuery({
    queryKey: agencyKeys.list({}),
    queryFn: () => call('agencies:list', {}),
  });
  const data = useMemo(() => {
    const byId = new Map<string, AgencyRef>();
    for (const agency of agencies.data?.items ?? []) byId.set(agency.id, agency);
    for (const agency of keep) if (!byId.has(agency.id)) byId.set(agency.id, agency);
    return [...byId.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((agency) => ({ value: agency.id, label: agencyLabel(agency) }));
  }, [agencies.data, keep]);
  return { data, query: agencies };
}
