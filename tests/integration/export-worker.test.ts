/**
 * Documents build on a worker thread in the built app and the browser host (out/main/
 * exportWorker.js, from `npm run build`): the same bytes structure as in-process, progress
 * reported to the UI as `exports:progress` events, and the core's main loop stays free.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../shared/contract/exports';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { createBuilderRunner } from '../../electron/core/exports/builderRunner';
import { letterheadOf, openActions } from '../../electron/core/exports/exportData';
import { docxText, seedMeetingCycle } from '../fixtures/meetingScenario';

const WORKER = path.resolve(__dirname, '../../out/main/exportWorker.js');
let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
const events: ExportProgress[] = [];

beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), {
    exportWorkerScript: WORKER,
    memory: true,
  });
  t.core.subscribe((event, payload) => {
    if (event === 'exports:progress') events.push(payload as ExportProgress);
  });
  await createWorkspace(t);
  s = await seedMeetingCycle(t);
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

describe('export worker', () => {
  it('builds the minutes on the worker, reporting progress from 0 to 1', async () => {
    events.length = 0;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const file = await t.call('exports:minutes', { meetingId: s.meeting.id, language: 'en' });
    clearInterval(timer);
    const { body } = await docxText(file.data);
    expect(body).toContain('Minutes — 2nd meeting');
    expect(body).toContain('Decision TF/2026/01');
    const fractions = events.filter((e) => e.channel === 'exports:minutes').map((e) => e.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(5); // one step per agenda item, from the worker
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(ticks).toBeGreaterThan(0); // the main loop kept running during the build
  });

  it('runs the build on another thread when the worker script exists, in-process otherwise', async () => {
    const runner = createBuilderRunner(WORKER);
    expect(runner.inWorker).toBe(true);
    expect(createBuilderRunner(path.join(t.dataDir, 'missing.js')).inWorker).toBe(false);
    const [actions, letterhead] = await t.core.workspace.read(
      async (db) => [await openActions(db, {}, '2026-11-30'), await letterheadOf(db)] as const,
    );
    const bytes = await runner.build('actionTracker', [
      actions,
      letterhead,
      { language: 'fr', scope: '', today: '2026-11-30', author: 'TF', now: new Date() },
    ]);
    expect((await docxText(bytes.toString('base64'))).body).toContain('Suivi des actions');
    await runner.dispose();
  });

  it('falls back to building in-process when the worker thread cannot run', async () => {
    const script = path.join(t.dataDir, 'broken-worker.js');
    fs.writeFileSync(script, "throw new Error('cannot start');\n");
    const runner = createBuilderRunner(script);
    expect(runner.inWorker).toBe(true);
    const [actions, letterhead] = await t.core.workspace.read(
      async (db) => [await openActions(db, {}, '2026-11-30'), await letterheadOf(db)] as const,
    );
    const options = {
      language: 'es' as const,
      scope: '',
      today: '2026-11-30',
      author: 'TF',
      now: new Date(),
    };
    const first = await runner.build('actionTracker', [actions, letterhead, options]);
    expect((await docxText(first.toString('base64'))).body).toContain('Seguimiento de compromisos');
    expect(runner.inWorker).toBe(false);
    const second = await runner.build('actionTracker', [actions, letterhead, options]);
    expect(second.length).toBeGreaterThan(1000);
    await runner.dispose();
  });

  it('attaches worker-built documents to the distribution e-mail', async () => {
    const file = await t.call('exports:distributionEmail', {
      meetingId: s.meeting.id,
      documents: ['agenda', 'agencyFollowUp'],
    });
    expect(file.bytes).toBeGreaterThan(10_000);
    expect(file.recipients).toBe(3);
  });
});
