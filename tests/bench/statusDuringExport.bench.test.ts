/**
 * "status during export": the app stays responsive while a large document builds. The action
 * tracker of every open action of the large workspace builds on the export worker; meanwhile
 * `workspace:status` and a small read are called every few milliseconds and timed. Target:
 * status within 50 ms (median and 95th percentile reported); baseline: the same status call on
 * an idle core. Before the database gate replaced the one-call-at-a-time router, status waited
 * for the whole build (≈ 450 ms, seconds under load).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../fixtures/core';
import { medianMs, report } from './harness';
import { LARGE_PASSPHRASE, LARGE_TODAY, copyOfLarge, largeWorkspace } from './largeWorkspace';

const WORKER = path.resolve(__dirname, '../../out/main/exportWorker.js');
const OPEN_ACTIONS = 2000;
let t: TestCore;

beforeAll(async () => {
  const file = copyOfLarge(await largeWorkspace(), 'status-during-export.coordina');
  t = startTestCore(() => new Date(`${LARGE_TODAY}T09:00:00Z`), { exportWorkerScript: WORKER });
  await t.call('workspace:open', { path: file, passphrase: LARGE_PASSPHRASE });
  // Top the large workspace's open actions up to 2,000, the size the target names.
  const db = t.core.workspace.dataSource();
  const [row] = (await db.query(
    `SELECT (SELECT count(*) FROM actions WHERE status IN ('open','in_progress','blocked')) AS open,
            (SELECT id FROM bodies WHERE kind = 'national_task_force' LIMIT 1) AS bodyId,
            (SELECT id FROM agencies LIMIT 1) AS agencyId`,
  )) as { open: number; bodyId: string; agencyId: string }[];
  for (let i = row!.open; i < OPEN_ACTIONS; i++) {
    await t.call('actions:create', {
      title: `Action ${i}: follow up on the referral of cases`,
      ownerAgencyId: row!.agencyId,
      bodyId: row!.bodyId,
      dueDate: '2026-09-30',
      priority: 'medium',
    });
  }
}, 600_000);
afterAll(async () => {
  await t?.cleanup();
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

describe('responsiveness during a document build', () => {
  it('status during export', async () => {
    await t.call('exports:actionTracker', {}); // warm the worker
    const idle = await medianMs(() => t.core.dispatch('workspace:status', {}), 200, 20);
    const latencies: number[] = [];
    let building = true;
    const build = t.core.dispatch('exports:actionTracker', {}).finally(() => (building = false));
    while (building) {
      const start = performance.now();
      await t.core.dispatch('workspace:status', {});
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await build).ok).toBe(true);
    latencies.sort((a, b) => a - b);
    const median = percentile(latencies, 0.5);
    const p95 = percentile(latencies, 0.95);
    console.log(
      `status during export: ${latencies.length} calls, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${latencies.at(-1)!.toFixed(2)} ms`,
    );
    report({
      name: 'status during export',
      medianMs: p95,
      baseline: 'workspace:status on an idle core',
      baselineMs: idle,
      target: '≤ 50 ms (p95 reported)',
    });
    expect(latencies.length).toBeGreaterThan(3);
    expect(p95).toBeLessThan(50);
  });
});
