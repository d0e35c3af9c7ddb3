/**
 * Word exports on the large demo workspace (10 years of data): the minutes of the latest
 * task-force meeting (9 items with rich-text notes, decisions, ~30 actions raised) and the
 * action tracker of every open action. Baseline as in exports.bench.test.ts: a docx tree of
 * the same size built directly (docxBaseline.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../fixtures/core';
import { directDocument } from './docxBaseline';
import { medianMs, report } from './harness';
import { LARGE_PASSPHRASE, LARGE_TODAY, copyOfLarge, largeWorkspace } from './largeWorkspace';

let t: TestCore;
let meetingId: string;
let raised: number;
let open: number;

beforeAll(async () => {
  const file = copyOfLarge(await largeWorkspace(), 'exports.coordina');
  t = startTestCore(() => new Date(`${LARGE_TODAY}T09:00:00Z`));
  await t.call('workspace:open', { path: file, passphrase: LARGE_PASSPHRASE });
  const db = t.core.workspace.dataSource();
  const [latest] = (await db.query(
    `SELECT m.id, (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id) AS raised
     FROM meetings m JOIN bodies b ON b.id = m.body_id
     WHERE b.kind = 'national_task_force' AND m.status = 'minutes_drafted'`,
  )) as { id: string; raised: number }[];
  meetingId = latest!.id;
  raised = latest!.raised;
  const [counted] = (await db.query(
    `SELECT count(*) AS n FROM actions WHERE status IN ('open','in_progress','blocked')`,
  )) as { n: number }[];
  open = counted!.n;
}, 600_000);
afterAll(async () => {
  await t?.cleanup();
});

describe('export benchmarks on the large workspace', () => {
  it('minutes of the latest task-force meeting', async () => {
    expect((await t.call('exports:minutes', { meetingId })).bytes).toBeGreaterThan(5_000);
    const full = await medianMs(() => t.core.dispatch('exports:minutes', { meetingId }), 10, 2);
    report({
      name: `exports:minutes (large, ${raised} actions)`,
      medianMs: full,
      baseline: 'same-size tree built with docx',
      baselineMs: await medianMs(() => directDocument(9 * 6 + 20, raised), 10, 2),
      target: '< 250 ms',
    });
  });

  it('action tracker of every open action', async () => {
    expect((await t.call('exports:actionTracker', {})).bytes).toBeGreaterThan(10_000);
    const full = await medianMs(() => t.core.dispatch('exports:actionTracker', {}), 5, 1);
    report({
      name: `exports:actionTracker (large, ${open} open)`,
      medianMs: full,
      baseline: 'same-size tree built with docx',
      baselineMs: await medianMs(() => directDocument(120, open), 5, 1),
      target: '< 1500 ms',
    });
  });
});
