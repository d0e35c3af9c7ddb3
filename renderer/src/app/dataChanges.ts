/**
 * The one map from what the core changed to the queries that read it. The core emits
 * `data:changed` after every committed write with the channel's topics (shared/contract/
 * changes.ts); this invalidates every cached query whose first key part reads one of them.
 * Mutations do not list query keys by hand: a write that changes more than its own screen
 * (approving minutes carries actions over) refreshes those screens too.
 */
import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DATA_TOPICS, dataChangedSchema, type DataTopic } from '../../../shared/contract/changes';
import { onEvent } from '../api';

const ALL = DATA_TOPICS;

/** Which topics each query family (the first part of its key) reads. */
export const QUERY_READS: Readonly<Record<string, readonly DataTopic[]>> = {
  agencies: ['agencies'],
  bodies: ['bodies', 'agencies', 'meetings'],
  meetings: ['meetings', 'bodies', 'agencies', 'decisions', 'actions', 'cases', 'nap'],
  decisions: ['decisions', 'meetings', 'bodies'],
  actions: ['actions', 'meetings', 'decisions', 'agencies', 'bodies'],
  dashboard: [
    'actions',
    'meetings',
    'bodies',
    'agencies',
    'cases',
    'agreements',
    'nap',
    'trainings',
  ],
  nap: ['nap', 'agencies', 'meetings', 'actions', 'trainings', 'agreements', 'cases'],
  cases: ['cases', 'agencies', 'meetings', 'actions'],
  agreements: ['agreements', 'agencies', 'bodies', 'nap'],
  trainings: ['trainings', 'agencies', 'nap'],
  workspace: ['settings'],
  exports: ['settings'],
  backups: ['backups'],
  privacy: ['privacy'],
  // Every write adds an audit entry and updates the search index.
  audit: ALL,
  search: ALL,
  // Host services and an import preview read no stored data.
  host: [],
  napImportPreview: [],
  roundTripPreview: [],
  // Rounds change with the forms issued and imported (topic: actions).
  roundTrip: ['actions', 'agencies', 'bodies'],
};

/** True when a query with this key must refetch after a write that changed `changes`. */
export function readsAny(queryKey: readonly unknown[], changes: readonly DataTopic[]): boolean {
  if (changes.length === 0) return false;
  const root = queryKey[0];
  const reads = typeof root === 'string' ? QUERY_READS[root] : undefined;
  // An unknown family is refreshed by any write rather than left stale; settings (time zone,
  // thresholds, names) shape what every other family shows.
  if (!reads) return true;
  if (reads.length === 0) return false;
  return changes.some((topic) => topic === 'settings' || reads.includes(topic));
}

/** Applies one `data:changed` payload to the cache (ignores anything malformed). */
export async function applyDataChange(queryClient: QueryClient, payload: unknown): Promise<void> {
  const parsed = dataChangedSchema.safeParse(payload);
  if (!parsed.success) return;
  const { changes } = parsed.data;
  const reads = (query: Query) => readsAny(query.queryKey, changes);
  // A first load still in flight may have read before this write. TanStack hands such a fetch's
  // promise to the refetch instead of starting another (it cancels only a fetch of a query that
  // already has data), so the screen would keep the older answer: cancel it, then load again.
  await queryClient.cancelQueries({
    predicate: (query) =>
      query.state.data === undefined && query.state.fetchStatus === 'fetching' && reads(query),
  });
  await queryClient.invalidateQueries({ predicate: reads });
}

/**
 * Applies change events, but never while one of this window's own writes is still settling:
 * an event can overtake the answer of the call that caused it (the browser host streams
 * events on another connection), and a refresh that removes the edited record from the
 * screen would unmount the form before its success handling ran. Events that arrive
 * meanwhile are merged and applied once every mutation has settled.
 */
export function listenToDataChanges(
  queryClient: QueryClient,
  subscribe: (listener: (payload: unknown) => void) => () => void,
): () => void {
  let held: unknown[] = [];
  const flush = () => {
    if (held.length === 0 || queryClient.isMutating() > 0) return;
    const payloads = held;
    held = [];
    for (const payload of payloads) void applyDataChange(queryClient, payload);
  };
  const stopEvents = subscribe((payload) => {
    held.push(payload);
    flush();
  });
  const stopMutations = queryClient.getMutationCache().subscribe(() => {
    // The cache notifies before the mutate() callbacks of the settled call run: let them go first.
    if (held.length > 0) setTimeout(flush, 0);
  });
  return () => {
    stopEvents();
    stopMutations();
  };
}

/** Keeps every cached query in step with the core's writes (mounted once, by the app shell). */
export function useDataChanges(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!window.coordina) return undefined;
    return listenToDataChanges(queryClient, (listener) => onEvent('data:changed', listener));
  }, [queryClient]);
}
