/**
 * The list's filter and sort as React state with a copy in the URL: state answers at once
 * (URL updates run in a router transition and would make inputs lag), the URL makes it shareable.
 */
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ActionFilter } from '../../../../shared/contract/actions';
import { stateFromParams, stateToParams, type ActionListState } from './actionFilterParams';

export function useActionFilters() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => stateFromParams(params));
  const apply = useCallback(
    (next: ActionListState) => {
      setState(next);
      setParams((current) => stateToParams(next, current), { replace: true });
    },
    [setParams],
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
