/**
 * The action list's filter in the URL (?owner=…&overdue=1&status=open,blocked), so that a
 * filtered list can be shared, bookmarked and linked to from the dashboard and agency pages.
 */
import type { ActionFilter } from '../../../../shared/contract/actions';
import {
  ACTION_SORT_KEYS,
  ACTION_STATUSES,
  OPEN_ACTION_STATUSES,
  type ActionSortKey,
} from '../../../../shared/domain/actions';
import { isDay } from '../../components/validationFields';
import { isOneOf } from '../agencies/agencyVocabulary';

export interface ActionListState {
  filter: ActionFilter;
  sortBy: ActionSortKey;
  sortDir: 'asc' | 'desc';
}

const TEXT_PARAMS = {
  ownerAgencyId: 'owner',
  agencyId: 'agency',
  meetingId: 'meeting',
  bodyId: 'body',
  search: 'q',
} as const;
const DATE_PARAMS = { dueFrom: 'from', dueTo: 'to' } as const;
/** Every parameter the list state owns; others (view, the open action) are left alone. */
const STATE_PARAMS = [
  ...Object.values(TEXT_PARAMS),
  ...Object.values(DATE_PARAMS),
  'status',
  'overdue',
  'sort',
  'dir',
];

export function filterFromParams(params: URLSearchParams): ActionFilter {
  const filter: ActionFilter = {};
  for (const [key, param] of Object.entries(TEXT_PARAMS) as [keyof typeof TEXT_PARAMS, string][]) {
    const value = params.get(param)?.trim();
    if (value) filter[key] = value;
  }
  for (const [key, param] of Object.entries(DATE_PARAMS) as [keyof typeof DATE_PARAMS, string][]) {
    const value = params.get(param);
    if (value && isDay(value)) filter[key] = value;
  }
  const status = (params.get('status') ?? '').split(',').filter((s) => isOneOf(ACTION_STATUSES, s));
  if (status.length > 0) filter.status = [...new Set(status)];
  const overdue = params.get('overdue');
  if (overdue === '1' || overdue === '0') filter.overdue = overdue === '1';
  return filter;
}

export function stateFromParams(params: URLSearchParams): ActionListState {
  const sortBy = params.get('sort');
  return {
    filter: filterFromParams(params),
    sortBy: isOneOf(ACTION_SORT_KEYS, sortBy) ? sortBy : 'dueDate',
    sortDir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes the state over `base` (keeping its other parameters). */
export function stateToParams(state: ActionListState, base = new URLSearchParams()) {
  const params = new URLSearchParams(base);
  for (const param of STATE_PARAMS) params.delete(param);
  const { filter } = state;
  for (const [key, param] of Object.entries({ ...TEXT_PARAMS, ...DATE_PARAMS }) as [
    keyof typeof TEXT_PARAMS | keyof typeof DATE_PARAMS,
    string,
  ][]) {
    const value = filter[key]?.trim();
    if (value) params.set(param, value);
  }
  if (filter.status?.length) params.set('status', filter.status.join(','));
  if (filter.overdue !== undefined) params.set('overdue', filter.overdue ? '1' : '0');
  if (state.sortBy !== 'dueDate') params.set('sort', state.sortBy);
  if (state.sortDir !== 'asc') params.set('dir', state.sortDir);
  return params;
}

/** A link to the action list showing `filter` (e.g. one agency's overdue actions). */
export function actionsHref(filter: ActionFilter): string {
  const query = stateToParams({ filter, sortBy: 'dueDate', sortDir: 'asc' }).toString();
  return query ? `/actions?${query}` : '/actions';
}

/** One agency's open actions (the ones it owns). */
export function openActionsOf(agencyId: string): ActionFilter {
  return { ownerAgencyId: agencyId, status: [...OPEN_ACTION_STATUSES] };
}

/** True when something narrows the list. */
export function hasActiveFilter(filter: ActionFilter): boolean {
  return Object.values(filter).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '',
  );
}
