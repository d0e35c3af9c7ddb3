/**
 * Change events (issue 13): the core emits one `data:changed` after each committed write, with
 * the topics its contract entry declares; failed writes and reads emit nothing. And the
 * renderer's one map turns the event of `meetings:setStatus` (which carries open actions over)
 * into a refresh of the actions list, with no invalidation written in any mutation.
 */
import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, CHANNEL_NAMES, type EventName } from '../../shared/contract';
import { CHANGES, changesOf } from '../../shared/contract/changes';
import {
  applyDataChange,
  listenToDataChanges,
  QUERY_READS,
  readsAny,
} from '../../renderer/src/app/dataChanges';
import { createMeeting, startActionsWorld, type ActionsWorld } from '../fixtures/actionsWorld';

let w: ActionsWorld;
let events: { event: EventName; payload: unknown }[];
let unsubscribe: () => void;
beforeEach(async () => {
  w = await startActionsWorld({ memory: true });
  events = [];
  unsubscribe = w.t.core.subscribe((event, payload) => {
    if (event === 'data:changed') events.push({ event, payload });
  });
});
afterEach(async () => {
  unsubscribe();
  await w.t.cleanup();
});

/** The event leaves after the answer: wait for it. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('data:changed', () => {
  it('names what every writing channel changes, and only writing channels', () => {
    const writing = CHANNEL_NAMES.filter((c) => contract[c].mutates).sort();
    expect(Object.keys(CHANGES).sort()).toEqual(writing);
    for (const c of writing) expect(changesOf(c)?.length, c).toBeGreaterThan(0);
    expect(changesOf('actions:list')).toBeNull();
    expect(changesOf('__proto__')).toBeNull();
  });

  it('follows each committed write once, with its topics; reads and failures emit nothing', async () => {
    await settle();
    events.length = 0;
    await w.t.call('agencies:list', {});
    const refused = await w.t.fail('agencies:create', { name: '' } as never);
    expect(refused.code).toBe('VALIDATION');
    const missing = await w.t.fail('agencies:delete', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.code).toBe('NOT_FOUND');
    await settle();
    expect(events).toEqual([]);

    await w.t.call('agencies:create', { name: 'Labour Inspectorate', kind: 'labour_inspection' });
    await settle();
    expect(events.map((e) => e.payload)).toEqual([
      { channel: 'agencies:create', changes: ['agencies'] },
    ]);
  });

  it('refreshes the actions list after meetings:setStatus carries actions over', async () => {
    const { t, police } = w;
    const m1 = await createMeeting(w, '2026-01-06');
    await createMeeting(w, '2026-02-03');
    const action = await t.call('actions:create', {
      title: 'Trace financial flows',
      meetingId: m1.id,
      ownerAgencyId: police,
      dueDate: '2026-01-31',
    });
    for (const status of ['agenda_circulated', 'held'] as const) {
      await t.call('meetings:setStatus', { id: m1.id, status });
    }

    // The renderer's cache, with the actions list on screen (an active observer).
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let fetches = 0;
    const observer = new QueryObserver(queryClient, {
      queryKey: ['actions', 'list', {}],
      queryFn: () => {
        fetches += 1;
        return t.call('actions:list', {});
      },
    });
    const stop = observer.subscribe(() => undefined);
    await expect.poll(() => observer.getCurrentResult().data?.items.length).toBe(1);
    const carried = () =>
      observer.getCurrentResult().data?.items.find((i) => i.id === action.id)?.timesCarriedOver;
    expect(carried()).toBe(0);
    expect(fetches).toBe(1);

    await settle();
    events.length = 0;
    await t.call('meetings:setStatus', { id: m1.id, status: 'minutes_drafted' });
    await settle();
    expect(events).toHaveLength(1);
    await applyDataChange(queryClient, events[0]!.payload);
    expect(fetches).toBe(2);
    expect(carried()).toBe(1);
    stop();
    queryClient.clear();
  });

  it('loads again a first load that was in flight when a write landed', async () => {
    // The dashboard opens and starts its first read; a write commits before that read answers.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let stored = 1;
    const answers: (() => void)[] = [];
    const observer = new QueryObserver(queryClient, {
      queryKey: ['dashboard', 'summary', {}],
      queryFn: () => {
        const read = stored;
        return new Promise<number>((resolve) => answers.push(() => resolve(read)));
      },
    });
    const stop = observer.subscribe(() => undefined);
    await expect.poll(() => answers.length).toBe(1);
    stored = 3;
    const applied = applyDataChange(queryClient, {
      channel: 'actions:create',
      changes: ['actions'],
    });
    answers[0]!(); // the first read answers with what it saw before the write
    await expect.poll(() => answers.length).toBe(2);
    answers[1]!();
    await applied;
    await expect.poll(() => observer.getCurrentResult().data).toBe(3);
    expect(observer.getCurrentResult().status).toBe('success');
    stop();
    queryClient.clear();
  });

  it('maps topics to query families, refreshing unknown families and never host services', () => {
    expect(readsAny(['actions', 'list', {}], ['meetings'])).toBe(true);
    expect(readsAny(['agencies', 'list', {}], ['actions'])).toBe(false);
    expect(readsAny(['audit', 'list', {}], ['trainings'])).toBe(true);
    expect(readsAny(['search', 'x'], ['minutes'])).toBe(true);
    expect(readsAny(['meetings', 'detail', 'id'], ['minutes'])).toBe(false);
    expect(readsAny(['cases', 'list', {}], ['settings'])).toBe(true);
    expect(readsAny(['host', 'folder'], ['settings'])).toBe(false);
    expect(readsAny(['somethingNew'], ['privacy'])).toBe(true);
    expect(readsAny(['actions'], [])).toBe(false);
    // Every family the renderer's key factories use is in the map.
    for (const family of ['agencies', 'bodies', 'meetings', 'decisions', 'actions', 'dashboard']) {
      expect(QUERY_READS[family], family).toBeDefined();
    }
  });

  it('ignores a malformed payload', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['actions', 'list', {}], { items: [] });
    await applyDataChange(queryClient, { channel: 'x', changes: ['nope'] });
    await applyDataChange(queryClient, null);
    expect(queryClient.getQueryState(['actions', 'list', {}])?.isInvalidated).toBe(false);
    await applyDataChange(queryClient, { channel: 'actions:create', changes: ['actions'] });
    expect(queryClient.getQueryState(['actions', 'list', {}])?.isInvalidated).toBe(true);
  });

  it('holds an event that overtakes the answer until the window’s own write has settled', async () => {
    const queryClient = new QueryClient();
    const key = ['actions', 'list', {}];
    queryClient.setQueryData(key, { items: [] });
    let emit: (payload: unknown) => void = () => undefined;
    const stop = listenToDataChanges(queryClient, (listener) => {
      emit = listener;
      return () => undefined;
    });
    let answer: (value: string) => void = () => undefined;
    const order: string[] = [];
    const mutation = new MutationObserver(queryClient, {
      mutationFn: () => new Promise<string>((resolve) => (answer = resolve)),
    });
    // A mounted form listens to its mutation (mutate() callbacks only run for a listener).
    const unmount = mutation.subscribe(() => undefined);
    const done = new Promise<void>((resolve) => {
      void mutation.mutate(undefined, {
        onSuccess: () => {
          order.push(queryClient.getQueryState(key)?.isInvalidated ? 'late' : 'callback first');
          resolve();
        },
      });
    });
    await settle();
    emit({ channel: 'actions:addUpdate', changes: ['actions'] });
    await settle();
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(false);
    answer('saved');
    await done;
    await expect.poll(() => queryClient.getQueryState(key)?.isInvalidated).toBe(true);
    expect(order).toEqual(['callback first']);
    // With nothing in flight, an event applies at once.
    queryClient.setQueryData(key, { items: [] });
    emit({ channel: 'actions:create', changes: ['actions'] });
    await settle();
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
    unmount();
    stop();
  });
});
