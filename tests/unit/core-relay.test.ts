/**
 * Main's relay to the core's utility process, with scripted fake processes: answers matched
 * to their calls by id whatever their order, calls in flight ended (not left hanging) when
 * the process dies, a core that keeps dying not restarted forever, quitting that waits for
 * the core to close the workspace, and a core answer that cannot cross the boundary.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { FromCoreMessage, ToCoreMessage } from '../../electron/core/process/coreMessages';
import { serveCore } from '../../electron/core/process/serveCore';
import { startCoreClient, type UtilityProcessLike } from '../../electron/main/coreClient';

/** A process that records what main sends and answers only when the test says so. */
class ScriptedProcess implements UtilityProcessLike {
  readonly sent: ToCoreMessage[] = [];
  killed = false;
  private readonly messages: ((m: FromCoreMessage) => void)[] = [];
  private readonly exits: ((code: number) => void)[] = [];
  postMessage(message: ToCoreMessage) {
    this.sent.push(structuredClone(message));
  }
  on(event: 'message', listener: (m: FromCoreMessage) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'message' | 'exit', listener: (value: never) => void): unknown {
    if (event === 'message') this.messages.push(listener as (m: FromCoreMessage) => void);
    else this.exits.push(listener as (code: number) => void);
    return this;
  }
  kill() {
    this.killed = true;
    return true;
  }
  send(message: FromCoreMessage) {
    this.messages.forEach((listener) => listener(structuredClone(message)));
  }
  die() {
    this.exits.forEach((listener) => listener(1));
  }
  calls() {
    return this.sent.filter((m) => m.kind === 'call');
  }
}

function client() {
  const processes: ScriptedProcess[] = [];
  const relay = startCoreClient(
    () => {
      const p = new ScriptedProcess();
      processes.push(p);
      return p;
    },
    { dataDir: '/data' },
    {},
  );
  return { relay, processes };
}

const answer = (id: number, result: unknown): FromCoreMessage => ({
  kind: 'reply',
  id,
  envelope: { ok: true, result },
});

describe('the relay to the core process', () => {
  it('starts the core with its data folder, then matches each answer to its call', async () => {
    const { relay, processes } = client();
    expect(processes[0]!.sent[0]).toEqual({
      kind: 'init',
      options: { dataDir: '/data', pickFolder: false },
    });
    const first = relay.dispatch('agencies:list', {});
    const second = relay.dispatch('workspace:status', {});
    const [a, b] = processes[0]!.calls() as Extract<ToCoreMessage, { kind: 'call' }>[];
    expect([a!.channel, b!.channel]).toEqual(['agencies:list', 'workspace:status']);
    processes[0]!.send(answer(b!.id, 'status'));
    processes[0]!.send(answer(a!.id, 'agencies'));
    processes[0]!.send(answer(a!.id, 'a second answer to the same call is ignored'));
    expect(await first).toEqual({ ok: true, result: 'agencies' });
    expect(await second).toEqual({ ok: true, result: 'status' });
  });

  it('ends the calls in flight when the process dies and starts a fresh one', async () => {
    const { relay, processes } = client();
    const events: unknown[] = [];
    relay.subscribe((event, payload) => events.push({ event, payload }));
    processes[0]!.send({ kind: 'event', event: 'data:changed', payload: { changes: ['actions'] } });
    expect(events).toEqual([{ event: 'data:changed', payload: { changes: ['actions'] } }]);
    const inFlight = relay.dispatch('meetings:get', { id: 'x' });
    processes[0]!.die();
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(processes).toHaveLength(2);
    expect(processes[1]!.sent[0]!.kind).toBe('init');
    const next = relay.dispatch('workspace:status', {});
    const call = processes[1]!.calls()[0] as Extract<ToCoreMessage, { kind: 'call' }>;
    processes[1]!.send(answer(call.id, 'fresh'));
    expect(await next).toEqual({ ok: true, result: 'fresh' });
    // An exit of the replaced process changes nothing.
    processes[0]!.die();
    expect(processes).toHaveLength(2);
  });

  it('stops restarting a core that keeps dying, and says it cannot start', async () => {
    const { relay, processes } = client();
    for (let i = 0; i < 4; i++) processes.at(-1)!.die();
    expect(processes).toHaveLength(4);
    expect(await relay.dispatch('workspace:status', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('cannot start') },
    });
    await relay.dispose();
  });

  it('waits for the core to close the workspace before ending the process on quit', async () => {
    const { relay, processes } = client();
    let done = false;
    const quitting = relay.dispose().then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(processes[0]!.sent.at(-1)).toEqual({ kind: 'dispose' });
    expect(done).toBe(false);
    expect(processes[0]!.killed).toBe(false);
    processes[0]!.send({ kind: 'disposed' });
    await quitting;
    expect(processes[0]!.killed).toBe(true);
    expect(await relay.dispatch('workspace:status', {})).toMatchObject({ ok: false });
    expect(relay.dispose()).toBe(relay.dispose());
  });

  it('asks main for the folder picker, and answers null when main has none', async () => {
    const { processes } = client();
    processes[0]!.send({ kind: 'hostCall', id: 7, service: 'pickFolder', title: 'Backups' });
    await expect
      .poll(() => processes[0]!.sent.at(-1))
      .toEqual({ kind: 'hostReply', id: 7, path: null });
  });
});

describe('the core process side', () => {
  it('answers INTERNAL, not silence, before it starts and when an answer cannot be sent across', async () => {
    const posted: FromCoreMessage[] = [];
    let deliver: (m: { data: unknown }) => void = () => undefined;
    const fakeCore = {
      dispatch: () => Promise.resolve({ ok: true, result: { cannot: () => 'be cloned' } }),
      subscribe: () => () => undefined,
      dispose: () => Promise.resolve(),
    } as unknown as Core;
    serveCore(
      {
        on: (_event, listener) => (deliver = listener),
        postMessage: (message) => posted.push(structuredClone(message)),
      },
      () => fakeCore,
    );
    deliver({ data: 'not a message' });
    deliver({ data: { kind: 'call', id: 1, channel: 'workspace:status', input: {} } });
    deliver({ data: { kind: 'init', options: { dataDir: '/data', pickFolder: false } } });
    deliver({ data: { kind: 'call', id: 2, channel: 'workspace:status', input: {} } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(posted).toEqual([
      {
        kind: 'reply',
        id: 1,
        envelope: {
          ok: false,
          error: { code: 'INTERNAL', message: 'The Coordina core has not started.' },
        },
      },
      {
        kind: 'reply',
        id: 2,
        envelope: {
          ok: false,
          error: { code: 'INTERNAL', message: 'An unexpected error occurred.' },
        },
      },
    ]);
    deliver({ data: { kind: 'dispose' } });
    await expect.poll(() => posted.at(-1)).toEqual({ kind: 'disposed' });
  });
});
