/**
 * The browser host cannot be made to hoard memory: a body over the per-request cap is refused
 * with 413 before it is buffered, and calls beyond the in-flight cap get 503 BUSY at once
 * instead of queueing (eight 60 MB bodies once took the host to 867 MB).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import {
  MAX_BODY_BYTES,
  MAX_RPC_IN_FLIGHT,
  startBrowserHost,
  type BrowserHost,
} from '../../electron/host/server';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let dir: string;
let host: BrowserHost;
let release: () => void;
let held: Promise<void>;
let calls = 0;

beforeEach(async () => {
  dir = makeTempDir();
  held = new Promise((resolve) => (release = resolve));
  calls = 0;
  // A core whose calls wait until released: the host sees them all in flight.
  const core = {
    channels: [],
    subscribe: () => () => undefined,
    dispose: async () => undefined,
    dispatch: async () => {
      calls++;
      await held;
      return { ok: true, result: { state: 'closed' } };
    },
  } as unknown as Core;
  host = await startBrowserHost({ core, rendererDir: dir });
});
afterEach(async () => {
  release();
  await host.close();
  removeDir(dir);
});

const post = (body: string) =>
  fetch(`${host.rpc}/workspace:status`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body,
  });

describe('browser host limits', () => {
  it('refuses a body over the per-request cap with 413, without calling the core', async () => {
    const res = await post(' '.repeat(MAX_BODY_BYTES + 1024));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(calls).toBe(0);
  });

  it('answers 503 BUSY beyond the in-flight cap, and takes calls again once they finish', async () => {
    const pending = Array.from({ length: MAX_RPC_IN_FLIGHT }, () => post('{}'));
    await expect.poll(() => calls).toBe(MAX_RPC_IN_FLIGHT);
    const busy = await post('{}');
    expect(busy.status).toBe(503);
    expect(await busy.json()).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    release();
    expect((await Promise.all(pending)).every((r) => r.status === 200)).toBe(true);
    expect((await post('{}')).status).toBe(200);
  });
});
