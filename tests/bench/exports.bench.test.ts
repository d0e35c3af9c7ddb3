/**
 * Word exports: the minutes of a 15-item meeting with 40 actions (< 250 ms), the action
 * tracker for 2,000 open actions (< 1.5 s), and memory that stays flat over 50 consecutive
 * exports. Baseline: the same document tree (same paragraphs, tables and image) built directly
 * with docx and packed — so the ratio is the cost of reading the data and of the kit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { directDocument } from './docxBaseline';
import { medianMs, report } from './harness';

let t: TestCore;
let meetingId: string;

const notes = (i: number) => ({
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph' as const,
      content: [
        {
          type: 'text' as const,
          text: `Discussion of item ${i}: partners reported progress on referrals, shelters and joint inspections.`,
        },
      ],
    },
    {
      type: 'bulletList' as const,
      content: [1, 2, 3].map((n) => ({
        type: 'listItem' as const,
        content: [
          {
            type: 'paragraph' as const,
            content: [{ type: 'text' as const, text: `Point ${n} agreed by the members.` }],
          },
        ],
      })),
    },
  ],
});

beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'));
  await createWorkspace(t);
  const agencies: string[] = [];
  for (let i = 0; i < 40; i++) {
    agencies.push(
      (
        await t.call('agencies:create', {
          name: `Agency ${String(i).padStart(2, '0')}`,
          kind: 'other',
        })
      ).id,
    );
  }
  const body = await t.call('bodies:create', {
    name: 'National Task Force',
    kind: 'national_task_force',
    memberAgencyIds: agencies,
  });
  const m = await t.call('meetings:create', {
    bodyId: body.id,
    date: '2026-11-03',
    templateId: null,
  });
  meetingId = m.id;
  for (let i = 0; i < 15; i++) {
    const d = await t.call('agenda:addItem', {
      meetingId,
      title: `Agenda item ${i + 1}`,
      minutes: 10,
    });
    await t.call('minutes:saveItemNotes', { itemId: d.agenda[i]!.id, notes: notes(i) });
  }
  for (const [i, id] of agencies.entries()) {
    await t.call('attendance:set', {
      meetingId,
      agencyId: id,
      status: i % 5 === 0 ? 'apologies' : 'present',
      person: `Delegate ${i}`,
    });
  }
  for (let i = 0; i < 2000; i++) {
    await t.call('actions:create', {
      title: `Action ${i}: follow up on the referral of cases`,
      ownerAgencyId: agencies[i % agencies.length]!,
      meetingId: i < 40 ? meetingId : undefined,
      bodyId: i < 40 ? undefined : body.id,
      dueDate: i % 3 === 0 ? '2026-10-01' : '2027-02-01',
      priority: 'medium',
    });
  }
}, 300_000);
afterAll(async () => {
  await t.cleanup();
});

describe('export benchmarks', () => {
  it('minutes of a 15-item meeting with 40 actions in under 250 ms median', async () => {
    const full = await medianMs(() => t.core.dispatch('exports:minutes', { meetingId }), 20, 3);
    report({
      name: 'exports:minutes (15 items, 40 actions)',
      medianMs: full,
      baseline: 'same-size tree built with docx',
      baselineMs: await medianMs(() => directDocument(15 * 5 + 60, 40), 20, 3),
      target: '< 250 ms',
    });
    expect(full).toBeLessThan(250);
  });

  it('action tracker for 2,000 open actions in under 1.5 s median', async () => {
    const file = await t.call('exports:actionTracker', {});
    expect(file.bytes).toBeGreaterThan(10_000);
    const full = await medianMs(() => t.core.dispatch('exports:actionTracker', {}), 5, 1);
    report({
      name: 'exports:actionTracker (2,000 open)',
      medianMs: full,
      baseline: 'same-size tree built with docx',
      baselineMs: await medianMs(() => directDocument(120, 2000), 5, 1),
      target: '< 1500 ms',
    });
    expect(full).toBeLessThan(1500);
  });

  it('keeps memory flat over 50 consecutive exports', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    const heap = () => {
      gc?.();
      return process.memoryUsage().heapUsed / 1e6;
    };
    for (let i = 0; i < 5; i++) await t.core.dispatch('exports:minutes', { meetingId });
    const before = heap();
    for (let i = 0; i < 50; i++) await t.core.dispatch('exports:minutes', { meetingId });
    const after = heap();
    report({
      name: 'heap growth over 50 minutes exports (MB)',
      medianMs: after - before,
      baseline: 'heap before (MB)',
      baselineMs: before,
      target: '< 20 MB growth',
    });
    expect(gc, 'run with --expose-gc (vitest.bench.config.mts)').toBeTypeOf('function');
    expect(after - before).toBeLessThan(20);
  });
});
