/**
 * The list's filter and sort as React state with a copy in the URL: state answers at once
 * (URL updates run in a router transition and would make inputs lag), the URL makes it
 * shareable. When the URL changes from outside (a link, the navbar's "Actions"), the state
 * follows it; the URL catching up with our own writes does not reset anything.
 */
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ActionFilter } from '../../../../shared/contract/actions';
import {
  stateFromParams,
  stateToParams,
  type ActionListState,
} from '../../app/actions/actionFilterParams';

const keyOf = (state: ActionListState) => stateToParams(state).toString();

interface Local {
  value: ActionListState;
  /** The URL's state when we last looked at it. */
  urlKey: string;
  /** What we wrote to the URL and it has not shown yet, oldest first. */
  pending: string[];
}

export function useActionFilters() {
  const [params, setParams] = useSearchParams();
  const fromUrl = stateFromParams(params);
  const urlKey = keyOf(fromUrl);
  const [local, setLocal] = useState<Local>({ value: fromUrl, urlKey, pending: [] });
  if (local.urlKey !== urlKey) {
    const ours = local.pending.indexOf(urlKey);
    setLocal(
      ours >= 0
        ? { ...local, urlKey, pending: local.pending.slice(ours + 1) }
        : { value: fromUrl, urlKey, pending: [] },
    );
  }
  const state = local.value;

  const apply = useCallback(
    (next: ActionListState) => {
      const key = keyOf(next);
      setLocal((l) => ({
        ...l,
        value: next,
        pending: key === l.urlKey && l.pending.length === 0 ? l.pending : [...l.pending, key],
      }));
      setParams((current) => stateToParams(next, current), { replace: true });
    },
    [setParams, setLocal],
  );
  const update = useCallback(
    (patch: Partial<ActionFilter>) => {
      const filter = { ...state.filter, ...patch };
      for (const key of Object.keys(filter) as (keyof ActionFilter)[]) {
        if (filter[key] === undefined) delete filter[key];
      }
      apply({ ...state, filter });
    },
    [apply, state],
  );
  const replaceFilter = useCallback(
    (filter: ActionFilter) => apply({ ...state, filter }),
    [apply, state],
  );
  const sort = useCallback(
    (sortBy: ActionListState['sortBy'], sortDir: ActionListState['sortDir']) =>
      apply({ ...state, sortBy, sortDir }),
    [apply, state],
  );
  return { ...state, update, replaceFilter, sort };
}
