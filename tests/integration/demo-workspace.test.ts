/**
 * `demo:open`: generates the demo task force into the data folder on first use, reopens it
 * afterwards (without generating again), switches away from another open workspace, and
 * leaves an audit chain that verifies.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspacePath } from '../../electron/core/demo/demoHandlers';
import { DEMO_PASSPHRASE } from '../../shared/contract/demo';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeEach(() => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'));
});
afterEach(async () => {
  await t.cleanup();
});

describe('demo workspace', () => {
  it('is generated on first open, with its passphrase, and reopened afterwards', async () => {
    const opened = await t.call('demo:open', {});
    expect(opened.state).toBe('open');
    expect(opened.passphrase).toBe(DEMO_PASSPHRASE);
    expect(opened.path).toBe(demoWorkspacePath(t.dataDir));
    expect(opened.taskForceName).toMatch(/Demo/);
    const agencies = (await t.call('agencies:list', {})).total;
    expect(agencies).toBeGreaterThanOrEqual(20);
    const meetings = await t.call('meetings:list', { to: '2026-06-14' });
    expect(meetings.items.length).toBeGreaterThan(40);
    expect((await t.call('audit:verify', {})).ok).toBe(true);

    // Open again while open: nothing changes. After a close: reopened, not regenerated.
    expect((await t.call('demo:open', {})).state).toBe('open');
    await t.call('workspace:close', {});
    const mtime = fs.statSync(opened.path!).mtimeMs;
    await t.call('demo:open', {});
    expect((await t.call('agencies:list', {})).total).toBe(agencies);
    expect(fs.statSync(opened.path!).mtimeMs).toBe(mtime);
  });

  it('opens with its passphrase like any workspace, and replaces another open one', async () => {
    await t.call('demo:open', {});
    await t.call('workspace:close', {});
    await createWorkspace(t, 'Other Task Force', 'other');
    const demo = await t.call('demo:open', {});
    expect(demo.taskForceName).toMatch(/Demo/);
    await t.call('workspace:close', {});
    const reopened = await t.call('workspace:open', {
      path: demo.path!,
      passphrase: DEMO_PASSPHRASE,
    });
    expect(reopened.state).toBe('open');
  });
});
