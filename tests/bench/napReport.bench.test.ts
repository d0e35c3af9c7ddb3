/**
 * The NAP progress report of a large plan: 300 activities and 600 indicators (the matrix the
 * exporter writes, imported), with a year of measurements and a progress update per activity.
 * `exports:napProgressReport` through the whole core must answer in ≤ 3 s (median).
 * Baseline, measured in the same run: a docx of the same shape built directly with docx (one
 * paragraph per activity and indicator, one table row per activity and indicator), so the ratio
 * is the cost of reading the plan, the charts and the document kit.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkspace,
  startTestCore,
  writableConnection,
  type TestCore,
} from '../fixtures/core';
import { benchMatrix } from '../fixtures/nap/benchPlan';
import { directDocument } from './docxBaseline';
import { medianMs, report } from './harness';

const AT = '2027-03-01T10:00:00Z';
let t: TestCore;
let planId: string;
let periodId: string;

beforeAll(async () => {
  t = startTestCore(() => new Date(AT));
  await createWorkspace(t);
  const dataBase64 = (await benchMatrix()).toString('base64');
  ({ planId } = await t.call('nap:importCommit', {
    fileName: 'bench.xlsx',
    dataBase64,
    planTitle: 'NAP 2026–2030',
  }));
  const db = writableConnection(t.core);
  periodId = (
    db
      .prepare(`SELECT id FROM nap_periods WHERE plan_id = ? ORDER BY start_date LIMIT 1`)
      .get(planId) as { id: string }
  ).id;
  const indicators = db
    .prepare(`SELECT id, is_percentage FROM nap_indicators WHERE plan_id = ?`)
    .all(planId) as { id: string; is_percentage: number }[];
  const activities = db.prepare(`SELECT id FROM nap_activities WHERE plan_id = ?`).all(planId) as {
    id: string;
  }[];
  const insert = db.prepare(
    `INSERT INTO nap_measurements (id, indicator_id, period_id, value, numerator, denominator, date, source, created_at)
     VALUES (?, ?, ?, ?, ?, ?, '2026-12-31', 'Annual report', ?)`,
  );
  const update = db.prepare(
    `INSERT INTO nap_progress_updates (id, activity_id, period_id, status, narrative, created_at)
     VALUES (?, ?, ?, 'on_track', 'Progressing as planned.', ?)`,
  );
  db.transaction(() => {
    indicators.forEach((i, n) => {
      const num = 10 + (n % 40);
      if (i.is_percentage) insert.run(crypto.randomUUID(), i.id, periodId, num, num, 100, AT);
      else insert.run(crypto.randomUUID(), i.id, periodId, num, null, null, AT);
    });
    for (const a of activities) update.run(crypto.randomUUID(), a.id, periodId, AT);
  })();
}, 180_000);
afterAll(async () => {
  await t.cleanup();
});

describe('NAP report benchmark', () => {
  it('builds the progress report of 300 activities and 600 indicators in ≤ 3 s median', async () => {
    const input = { planId, periodId, language: 'es' as const };
    const file = await t.call('exports:napProgressReport', input);
    expect(file.bytes).toBeGreaterThan(10_000);
    const ms = await medianMs(() => t.core.dispatch('exports:napProgressReport', input), 3, 1);
    const baseline = await medianMs(() => directDocument(900, 900), 3, 1);
    report({
      name: 'exports:napProgressReport (300 activities, 600 indicators)',
      medianMs: ms,
      baseline: 'same-size docx built directly',
      baselineMs: baseline,
      target: '≤ 3 s',
    });
    expect(ms).toBeLessThan(3000);
  });
});
