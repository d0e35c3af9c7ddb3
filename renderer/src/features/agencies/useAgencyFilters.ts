/**
 * The register's search, filters and sort, copied to the URL (?q=…&kind=…) so that going back
 * from an agency's page shows the list exactly as it was left.
 */
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  AGENCY_KINDS,
  MEMBERSHIP_STATUSES,
  PILLARS,
  PILLAR_ROLES,
  SECTORS,
  type AgencyKind,
  type MembershipStatus,
  type Pillar,
  type Sector,
} from '../../../../shared/domain/agencies';
import { isOneOf } from '../../app/agencies/agencyVocabulary';

export const SORTABLE_COLUMNS = ['name', 'acronym', 'kind', 'membershipStatus'] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
const PILLAR_ROLE_FILTERS = ['any', ...PILLAR_ROLES] as const;

export interface AgencyFilters {
  search: string;
  kinds: AgencyKind[];
  sectors: Sector[];
  pillars: Pillar[];
  pillarRole: (typeof PILLAR_ROLE_FILTERS)[number];
  statuses: MembershipStatus[];
  includeArchived: boolean;
  sortBy: SortColumn;
  sortDirection: 'asc' | 'desc';
}

function list<V extends string>(params: URLSearchParams, key: string, values: readonly V[]): V[] {
  return (params.get(key) ?? '').split(',').filter((v): v is V => isOneOf(values, v));
}

function parse(params: URLSearchParams): AgencyFilters {
  const sortBy = params.get('sort');
  const pillarRole = params.get('role');
  return {
    search: params.get('q') ?? '',
    kinds: list(params, 'kind', AGENCY_KINDS),
    sectors: list(params, 'sector', SECTORS),
    pillars: list(params, 'pillar', PILLARS),
    pillarRole: isOneOf(PILLAR_ROLE_FILTERS, pillarRole) ? pillarRole : 'any',
    statuses: list(params, 'membership', MEMBERSHIP_STATUSES),
    includeArchived: params.get('archived') === '1',
    sortBy: isOneOf(SORTABLE_COLUMNS, sortBy) ? sortBy : 'name',
    sortDirection: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

function serialize(filters: AgencyFilters): URLSearchParams {
  const entries: [string, string][] = [
    ['q', filters.search],
    ['kind', filters.kinds.join(',')],
    ['sector', filters.sectors.join(',')],
    ['pillar', filters.pillars.join(',')],
    ['role', filters.pillarRole === 'any' ? '' : filters.pillarRole],
    ['membership', filters.statuses.join(',')],
    ['archived', filters.includeArchived ? '1' : ''],
    ['sort', filters.sortBy === 'name' ? '' : filters.sortBy],
    ['dir', filters.sortDirection === 'asc' ? '' : filters.sortDirection],
  ];
  return new URLSearchParams(entries.filter(([, value]) => value !== ''));
}

/** True when something narrows the list (archived agencies only add rows, so they don't count). */
export function hasActiveFilters(filters: AgencyFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.kinds.length > 0 ||
    filters.sectors.length > 0 ||
    filters.pillars.length > 0 ||
    filters.statuses.length > 0
  );
}

export function useAgencyFilters() {
  const [params, setParams] = useSearchParams();
  // React state answers at once (the router applies URL changes in a transition, which would
  // make controlled inputs lag); the URL keeps a copy for when the user comes back.
  const [filters, setFilters] = useState(() => parse(params));
  const update = useCallback(
    (patch: Partial<AgencyFilters>) => {
      const next = { ...filters, ...patch };
      setFilters(next);
      setParams(serialize(next), { replace: true });
    },
    [filters, setParams],
  );
  const clear = useCallback(
    () =>
      update({ search: '', kinds: [], sectors: [], pillars: [], pillarRole: 'any', statuses: [] }),
    [update],
  );
  return { filters, update, clear };
}
