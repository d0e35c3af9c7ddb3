/**
 * The demo generator (small size) in a real workspace (on the fast tier's in-memory database):
 * deterministic (same seed → identical rows, ids included; another seed → other data), the
 * expected sizes, referential integrity, statuses consistent with the dates, data every core
 * read accepts, and an audit chain that still verifies (the generator bypasses the audit log).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import type { SqliteDatabase } from '../../electron/core/db/sqlite';
import { DEMO_SIZES, generateDemoData } from '../../electron/core/demo/generator';
import { AGENCY_KINDS } from '../../shared/domain/agencies';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

const TODAY = '2026-06-15';
/**
 * Tables that describe the workspace file rather than the generated data: its creation time,
 * its audit chain and its own random UUID.
 */
const SKIP = new Set([
  'schema_migrations',
  'audit_log',
  'workspace_settings',
  'workspace_identity',
  'privacy_secret', // a random key per workspace, like its identity
  'sqlite_stat1',
]);

async function generated(seed: number): Promise<TestCore> {
  const t = startTestCore(() => new Date(`${TODAY}T10:00:00Z`), { memory: true });
  await createWorkspace(t);
  generateDemoData(rawConnection(t.core.workspace.dataSource()), {
    size: 'small',
    seed,
    today: TODAY,
  });
  return t;
}

function raw(t: TestCore): SqliteDatabase {
  return rawConnection(t.core.workspace.dataSource());
}

function fingerprint(db: SqliteDatabase): string {
  const hash = crypto.createHash('sha256');
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .all() as { name: string }[];
  for (const { name } of tables) {
    if (SKIP.has(name) || name.startsWith('sqlite_')) continue;
    const columns = (db.prepare(`PRAGMA table_info(${name})`).all() as unknown[]).length;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    hash.update(name);
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${name} ORDER BY ${order}`).raw().all()));
  }
  return hash.digest('hex');
}

const count = (db: SqliteDatabase, sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;

let a: TestCore;
let b: TestCore;
let c: TestCore;
beforeAll(async () => {
  [a, b, c] = [await generated(7), await generated(7), await generated(8)];
}, 60_000);
afterAll(async () => {
  for (const t of [a, b, c]) await t.cleanup();
});

describe('demo generator', () => {
  it('gives identical data for the same seed and other data for another seed', () => {
    expect(fingerprint(raw(a))).toBe(fingerprint(raw(b)));
    expect(fingerprint(raw(a))).not.toBe(fingerprint(raw(c)));
  });

  it('writes a small task force of the expected size', () => {
    const db = raw(a);
    const size = DEMO_SIZES.small;
    expect(count(db, 'SELECT count(*) FROM agencies')).toBe(size.agencies);
    expect(count(db, 'SELECT count(DISTINCT kind) FROM agencies')).toBe(AGENCY_KINDS.length);
    expect(count(db, 'SELECT count(*) FROM focal_points')).toBe(size.focalPoints);
    expect(
      count(db, 'SELECT count(*) FROM focal_points WHERE replaced_by_id IS NOT NULL'),
    ).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM bodies')).toBe(2 + size.workingGroups);
    expect(count(db, `SELECT count(*) FROM bodies WHERE kind = 'bilateral_case_management'`)).toBe(
      1,
    );
    const perBody = db
      .prepare('SELECT count(*) FROM meetings GROUP BY body_id')
      .pluck()
      .all() as number[];
    for (const n of perBody) expect(n).toBeGreaterThanOrEqual(12);
    expect(count(db, 'SELECT count(*) FROM actions')).toBe(size.actions);
    expect(count(db, 'SELECT count(*) FROM decisions')).toBeGreaterThan(perBody.length * 12);
    expect(count(db, 'SELECT count(*) FROM action_updates')).toBeGreaterThan(size.actions / 2);
    const languages = db.prepare('SELECT DISTINCT language FROM meetings ORDER BY 1').pluck().all();
    expect(languages).toEqual(['en', 'es', 'fr']);
  });

  it('keeps referential integrity and a verifiable audit chain', async () => {
    const db = raw(a);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const verified = await a.call('audit:verify', {});
    expect(verified.ok).toBe(true);
  });

  it('gives statuses that follow the dates', () => {
    const db = raw(a);
    const meetings = db
      .prepare('SELECT body_id, number, date, status FROM meetings ORDER BY body_id, number')
      .all() as { body_id: string; number: number; date: string; status: string }[];
    const bodies = new Set(meetings.map((m) => m.body_id));
    for (const body of bodies) {
      const own = meetings.filter((m) => m.body_id === body);
      const past = own.filter((m) => m.date < TODAY);
      const future = own.filter((m) => m.date >= TODAY);
      expect(future.map((m) => m.status)).toEqual(['draft']);
      expect(past.at(-1)!.status).toBe('minutes_drafted');
      expect(past.slice(0, -1).every((m) => m.status === 'minutes_approved')).toBe(true);
    }
    const overdue = count(
      db,
      `SELECT count(*) FROM actions WHERE status IN ('open','in_progress','blocked') AND due_date < '${TODAY}'`,
    );
    expect(overdue).toBeGreaterThan(0);
    expect(count(db, `SELECT count(*) FROM actions WHERE status = 'done'`)).toBeGreaterThan(50);
    expect(count(db, `SELECT count(*) FROM actions WHERE completed_at > '${TODAY}'`)).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) FROM actions a WHERE carried_over <>
        (SELECT count(*) FROM action_carry_overs c WHERE c.action_id = a.id)`,
      ),
    ).toBe(0);
  });

  it('is read by the core: dashboard, meetings with rich-text minutes, actions, agencies', async () => {
    const summary = await a.call('dashboard:summary', { from: '2026-01-01', to: TODAY });
    expect(summary.open).toBeGreaterThan(0);
    expect(summary.overdue).toBeGreaterThan(0);
    const list = await a.call('meetings:list', {});
    expect(list.items.length).toBeGreaterThan(40);
    const held = raw(a)
      .prepare(`SELECT id FROM meetings WHERE status = 'minutes_approved' LIMIT 1`)
      .pluck()
      .get() as string;
    const meeting = await a.call('meetings:get', { id: held });
    const notes = JSON.stringify(meeting.agenda.map((i) => i.notes));
    expect(notes).toContain('"bold"');
    expect(notes).toContain('bulletList');
    expect((await a.call('actions:list', { limit: 50 })).total).toBe(DEMO_SIZES.small.actions);
    const agencies = await a.call('agencies:list', {});
    expect(agencies.items.every((i) => i.primaryFocalPoint)).toBe(true);
  });

  it('fills the two registers: agreements (the bilateral MoU due for review) and trainings', async () => {
    const summary = await a.call('dashboard:summary', { from: '2026-01-01', to: TODAY });
    expect(summary.agreementsDue.total).toBe(1);
    const due = await a.call('agreements:get', { id: summary.agreementsDue.items[0]!.id });
    expect(due.type).toBe('bilateral_agreement');
    expect(due.reviewDue).toBe(true);
    expect(due.countries).toHaveLength(1);
    expect(due.bodies).toHaveLength(1);
    const all = await a.call('agreements:list', {});
    expect(all.items.length).toBeGreaterThanOrEqual(8);
    expect(all.items.every((i) => i.agencies.length >= 2)).toBe(true);
    const trainings = await a.call('trainings:list', {});
    expect(trainings.items).toHaveLength(24 * DEMO_SIZES.small.years);
    const totals = await a.call('trainings:summary', {});
    expect(totals.total.trainings).toBe(trainings.items.length);
    expect(totals.total.participants).toBe(
      trainings.items.reduce((sum, tr) => sum + tr.participants, 0),
    );
    expect(totals.byPillar.some((p) => p.pillar !== null)).toBe(true);
  });

  it('gives the task force an active NAP that the core reads, with links and measurements', async () => {
    const db = raw(a);
    const size = DEMO_SIZES.small;
    const { items } = await a.call('nap:listPlans', {});
    expect(items).toHaveLength(1);
    expect(items[0]!.status).toBe('active');
    const plan = await a.call('nap:getPlan', { id: items[0]!.id });
    expect(plan.pillars.map((p) => p.name)).toEqual([
      'Prevention',
      'Protection',
      'Prosecution',
      'Partnership',
    ]);
    const activities = plan.pillars.flatMap((p) => p.objectives.flatMap((o) => o.activities));
    expect(activities).toHaveLength(size.napActivities);
    expect(activities.every((x) => x.leadAgencies.length === 1)).toBe(true);
    expect(count(db, 'SELECT count(*) FROM nap_indicators')).toBe(size.napIndicators);
    expect(count(db, 'SELECT count(DISTINCT period_id) FROM nap_measurements')).toBe(2);
    expect(
      count(db, 'SELECT count(*) FROM nap_indicators WHERE is_percentage = 1'),
    ).toBeGreaterThan(0);
    expect(
      count(db, `SELECT count(*) FROM nap_indicators WHERE direction = 'decrease'`),
    ).toBeGreaterThan(0);
    expect(
      count(db, `SELECT count(*) FROM nap_indicators WHERE aggregation = 'cumulative'`),
    ).toBeGreaterThan(0);
    expect(
      count(db, 'SELECT count(*) FROM nap_progress_updates WHERE meeting_id IS NOT NULL'),
    ).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM nap_action_links')).toBe(size.napActivities / 2);
    const summary = await a.call('nap:summary', { planId: plan.id });
    expect(summary.pillars).toHaveLength(4);
    expect(summary.totals.measured).toBeGreaterThan(0);
    const linked = count(db, 'SELECT activity_id FROM nap_action_links LIMIT 1');
    expect((await a.call('actions:list', { napActivityId: String(linked) })).total).toBeGreaterThan(
      0,
    );
  });
  it('gives the task force ~60 banded cases with requests, overdue ones and discussions', async () => {
    const db = raw(a);
    expect(count(db, 'SELECT count(*) FROM cases')).toBe(DEMO_SIZES.small.cases);
    const list = await a.call('cases:list', { limit: 500 });
    expect(list.total).toBe(DEMO_SIZES.small.cases);
    expect(new Set(list.items.map((c) => c.code)).size).toBe(list.total);
    // Every case's stage and closed month are those of its last history entry.
    expect(
      count(
        db,
        `SELECT count(*) FROM cases c WHERE c.stage <> (SELECT h.stage FROM case_stage_history h
           WHERE h.case_id = c.id ORDER BY h.month DESC, h.recorded_at DESC LIMIT 1)
           OR (c.closed_month IS NOT NULL AND c.closed_month <> (SELECT max(month)
             FROM case_stage_history h WHERE h.case_id = c.id))
           OR c.opened_month > '${TODAY.slice(0, 7)}'`,
      ),
    ).toBe(0);
    const overdue = await a.call('cooperation:list', { overdueOnly: true });
    expect(overdue.thresholdDays).toBe(60);
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((r) => (r.daysPending ?? 0) > 60)).toBe(true);
    expect(
      count(db, 'SELECT count(*) FROM case_discussions WHERE meeting_id IS NOT NULL'),
    ).toBeGreaterThan(0);
    const detail = await a.call('cases:get', { id: overdue.items[0]!.caseId });
    expect(detail.requests.length).toBeGreaterThan(0);
    const stats = await a.call('cases:statistics', {});
    expect(stats.caseCount).toBe(DEMO_SIZES.small.cases);
    expect(stats.victimCount).toBe(count(db, 'SELECT sum(count) FROM case_profiles'));
    const released = stats.tables.flatMap((t) => t.cells).filter((c) => c.count !== null);
    expect(released.length).toBeGreaterThan(4);
    expect(released.every((c) => c.count! >= stats.k)).toBe(true);
  });
});
