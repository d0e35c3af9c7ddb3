/**
 * Auto-lock lives in the core: with no calls for `autoLockMinutes` (the renderer closed or
 * hung), the core locks the workspace by itself and says so with a `workspace:changed` event;
 * status polls do not count as activity, any other call does; 0 minutes never locks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let dir: string;
let core: Core;
let clock: Date;
const events: unknown[] = [];
const minutes = (n: number) => n * 60_000;
const advance = async (ms: number) => {
  clock = new Date(clock.getTime() + ms);
  await vi.advanceTimersByTimeAsync(ms);
};

/** A workspace that locks after 5 idle minutes. */
async function createIdleWorkspace(on: Core): Promise<void> {
  const created = await on.dispatch('workspace:create', {
    path: 'idle',
    passphrase: STRONG_PASSPHRASE,
    passphraseConfirm: STRONG_PASSPHRASE,
    settings: { taskForceName: 'Idle Task Force', autoLockMinutes: 5 },
  });
  expect(created.ok).toBe(true);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  clock = new Date('2026-06-15T10:00:00Z');
  dir = makeTempDir();
  core = createCore({ dataDir: dir, now: () => clock, idleCheckMs: 1000 });
  events.length = 0;
  core.subscribe((event, payload) => events.push({ event, payload }));
  await createIdleWorkspace(core);
});
afterEach(async () => {
  vi.useRealTimers();
  await core.dispose();
  removeDir(dir);
});

const state = async () =>
  ((await core.dispatch('workspace:status', {})) as { result: { state: string } }).result.state;

describe('auto-lock in the core', () => {
  it('locks an idle workspace after autoLockMinutes, whatever the renderer does', async () => {
    await advance(minutes(4));
    expect(await state()).toBe('open'); // status polls are not activity…
    await advance(minutes(1) + 1000);
    expect(await state()).toBe('locked');
    expect(events).toContainEqual({
      event: 'workspace:changed',
      payload: expect.objectContaining({ state: 'locked' }),
    });
    const read = await core.dispatch('agencies:list', {});
    expect(read).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });

  it('counts every other call as activity', async () => {
    await advance(minutes(4));
    await core.dispatch('agencies:list', {});
    await advance(minutes(4));
    expect(await state()).toBe('open');
    await advance(minutes(1) + 1000);
    expect(await state()).toBe('locked');
  });

  it('never locks with autoLockMinutes 0', async () => {
    await core.dispatch('workspace:updateSettings', { autoLockMinutes: 0 });
    await advance(minutes(300));
    expect(await state()).toBe('open');
  });

  it('waits for a read in progress when it falls due: its timer queues at the gate like any call', async () => {
    // Real timers: a timer started while the workspace opened inherits that call's async
    // context, which fake timers do not reproduce.
    vi.useRealTimers();
    const ownDir = makeTempDir();
    let now = new Date('2026-06-15T10:00:00Z');
    const own = createCore({ dataDir: ownDir, now: () => now, idleCheckMs: 5 });
    try {
      await createIdleWorkspace(own);
      let finish!: () => void;
      const held = new Promise<void>((resolve) => (finish = resolve));
      const reading = own.workspace.read(async (db) => {
        await held;
        return db.query('SELECT count(*) AS n FROM agencies');
      });
      now = new Date(now.getTime() + minutes(10));
      await new Promise((resolve) => setTimeout(resolve, 100)); // many checks fall due
      expect(own.workspace.status().state).toBe('open'); // the lock did not cut in
      finish();
      await expect(reading).resolves.toEqual([{ n: 0 }]);
      await vi.waitFor(() => expect(own.workspace.status().state).toBe('locked'));
    } finally {
      await own.dispose();
      removeDir(ownDir);
    }
  });
});
