/** Exclusive use: one owner per workspace file, stale locks taken over, nothing leaked in the lock. */
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STRONG_PASSPHRASE, createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { STALE_AFTER_MS, lockPathFor } from '../../electron/core/workspace/workspaceLock';

let first: TestCore;
let second: TestCore;
let file: string;
beforeEach(async () => {
  first = startTestCore();
  second = startTestCore();
  file = (await createWorkspace(first, 'Shared Drive Task Force')).path!;
});
afterEach(async () => {
  await first.cleanup();
  await second.cleanup();
});

function writeLock(owner: Record<string, unknown>) {
  fs.writeFileSync(
    lockPathFor(file),
    JSON.stringify({ app: 'coordina', user: 'someone', since: '2026-01-01T00:00:00Z', ...owner }),
  );
}

describe('exclusive use of a workspace', () => {
  it('refuses a second instance while the first has it open or locked, and lets it in after close', async () => {
    const err = await second.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err).toMatchObject({ code: 'WORKSPACE_IN_USE', details: { host: os.hostname() } });
    await first.call('workspace:lock', {});
    expect(
      (await second.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE })).code,
    ).toBe('WORKSPACE_IN_USE');
    // The owner itself unlocks without tripping over its own lock.
    await first.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    await first.call('workspace:close', {});
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    expect(
      (await second.call('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE })).state,
    ).toBe('open');
    expect(
      (await first.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE })).code,
    ).toBe('WORKSPACE_IN_USE');
  });

  it('says who holds it, and keeps workspace content out of the lock file', async () => {
    const lock = JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(lock).sort()).toEqual([
      'app',
      'heartbeatAt',
      'host',
      'pid',
      'since',
      'user',
    ]);
    expect(JSON.stringify(lock)).not.toContain('Shared Drive Task Force');
  });

  it('takes over a lock whose process died on this machine', async () => {
    await first.call('workspace:close', {});
    writeLock({ host: os.hostname(), pid: 2 ** 22 + 12345, heartbeatAt: new Date().toISOString() });
    expect(
      (await second.call('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE })).state,
    ).toBe('open');
    const owner = JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as { pid: number };
    expect(owner.pid).toBe(process.pid);
  });

  it('respects a live lock from another machine, and takes over one whose heartbeat stopped', async () => {
    await first.call('workspace:close', {});
    writeLock({ host: 'laptop-of-the-chair', pid: 4242, heartbeatAt: new Date().toISOString() });
    const err = await second.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err).toMatchObject({
      code: 'WORKSPACE_IN_USE',
      details: { host: 'laptop-of-the-chair', user: 'someone' },
    });
    writeLock({
      host: 'laptop-of-the-chair',
      pid: 4242,
      heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1000).toISOString(),
    });
    expect(
      (await second.call('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE })).state,
    ).toBe('open');
  });

  it('takes no lock when the passphrase is wrong', async () => {
    await first.call('workspace:close', {});
    await second.fail('workspace:open', { path: file, passphrase: 'wrong passphrase here' });
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });
});
