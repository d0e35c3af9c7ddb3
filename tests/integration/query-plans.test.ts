/**
 * The hot projections (lists, dashboard) keep their indexes: every query the core runs
 * for them on a demo workspace is explained (EXPLAIN QUERY PLAN) and the plans are committed as
 * tests/fixtures/schema/query-plans.txt. A dropped or renamed index, or a rewritten query that
 * falls back to scanning a table, changes the plan text and fails the build; a planned change
 * regenerates it with `npx vitest run tests/integration/query-plans.test.ts -u`.
 * (Search runs its FTS5 statements on the raw connection, outside TypeORM's logger; its cost is
 * pinned by tests/bench/search.bench.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import { rawConnection } from '../../electron/core/db/dataSource';
import { generateDemoData } from '../../electron/core/demo/generator';
import { captureQueries } from '../fixtures/queryCapture';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

const TODAY = '2026-06-15';
let t: TestCore;
let bodyId: string;
let agencyId: string;
let meetingId: string;

beforeAll(async () => {
  t = startTestCore(() => new Date(`${TODAY}T09:00:00Z`), { memory: true });
  await createWorkspace(t);
  generateDemoData(rawConnection(t.core.workspace.dataSource()), {
    size: 'small',
    seed: 7,
    today: TODAY,
  });
  bodyId = (await t.call('bodies:list', {})).items[0]!.id;
  agencyId = (await t.call('agencies:list', {})).items[0]!.id;
  // A past meeting: its agenda has the review of action items and the previous minutes.
  const meetings = (await t.call('meetings:list', { bodyId, to: TODAY })).items;
  meetingId = meetings[Math.min(2, meetings.length - 1)]!.id;
});
afterAll(async () => {
  await t.cleanup();
});

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** The plan as an indented tree, the way the sqlite3 shell prints it. */
function plan(sql: string, params: unknown[]): string[] {
  const rows = rawConnection(t.core.workspace.dataSource())
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params) as PlanRow[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? 0) + 1;
    depth.set(r.id, d);
    return `${'  '.repeat(d)}${r.detail}`;
  });
}

const SELECT = /^\s*(SELECT|WITH)\b/i;

async function plansOf<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
  const queries = await captureQueries(t.core.workspace.dataSource(), () => t.call(channel, input));
  return queries
    .filter((q) => SELECT.test(q.sql))
    .map((q) => ({ sql: q.sql.replace(/\s+/g, ' ').trim(), plan: plan(q.sql, q.params) }));
}

/** Tables that grow with use: a hot query must never read one of them whole without a reason. */
const GROWING = ['actions', 'action_updates', 'audit_log', 'agenda_items', 'attendance', 'cases'];

it('the plans of the hot projections match the committed ones', async () => {
  const calls: [string, Awaited<ReturnType<typeof plansOf>>][] = [
    ['actions:list (open, by due date)', await plansOf('actions:list', { status: ['open'] })],
    ['actions:list (one agency)', await plansOf('actions:list', { ownerAgencyId: agencyId })],
    ['agencies:list', await plansOf('agencies:list', {})],
    ['meetings:list (one body)', await plansOf('meetings:list', { bodyId })],
    ['meetings:get (a past meeting)', await plansOf('meetings:get', { id: meetingId })],
    [
      'dashboard:summary (one body, one year)',
      await plansOf('dashboard:summary', { from: '2025-06-16', to: TODAY, bodyId }),
    ],
    ['cases:list (open)', await plansOf('cases:list', { open: true })],
    ['audit:list', await plansOf('audit:list', {})],
  ];
  for (const [name, queries] of calls) expect(queries.length, name).toBeGreaterThan(0);
  const text = calls
    .map(
      ([name, queries]) =>
        `## ${name}\n` + queries.map((q) => `${q.sql}\n${q.plan.join('\n')}\n`).join('\n'),
    )
    .join('\n');
  await expect(text).toMatchFileSnapshot('../fixtures/schema/query-plans.txt');

  // Whatever the snapshot says, a filtered lookup of one agency's actions uses an index.
  const oneAgency = calls[1]![1].flatMap((q) => q.plan).join('\n');
  expect(oneAgency).toMatch(/SEARCH (actions|a) USING (COVERING )?INDEX/);
});

/** Alias → table, from the FROM and JOIN clauses of a statement. */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    map.set(m[1]!, m[1]!);
    if (m[2] && !/^(WHERE|ON|JOIN|LEFT|INNER|GROUP|ORDER|LIMIT|USING)$/i.test(m[2])) {
      map.set(m[2], m[1]!);
    }
  }
  return map;
}

it('no hot projection scans a growing table without an index', async () => {
  const queries = [
    ...(await plansOf('actions:list', { status: ['open'] })),
    ...(await plansOf('actions:list', { ownerAgencyId: agencyId })),
    ...(await plansOf('meetings:list', { bodyId })),
    ...(await plansOf('dashboard:summary', { from: '2025-06-16', to: TODAY, bodyId })),
    ...(await plansOf('cases:list', { open: true })),
  ];
  const fullScans = queries.flatMap((q) => {
    const names = aliases(q.sql);
    return q.plan
      .filter((line) => {
        const m = /^\s*SCAN (\w+)(.*)$/.exec(line);
        const table = m ? (names.get(m[1]!) ?? m[1]!) : '';
        return m && GROWING.includes(table) && !/INDEX/.test(m[2]!);
      })
      .map((line) => `${line.trim()}  <-  ${q.sql.slice(0, 120)}`);
  });
  expect(fullScans).toEqual([]);
});

it('reads aliases the way the check above needs', () => {
  const names = aliases(
    'SELECT 1 FROM actions a JOIN agencies AS g ON g.id = a.x LEFT JOIN cases WHERE 1',
  );
  expect([...names.entries()]).toEqual([
    ['actions', 'actions'],
    ['a', 'actions'],
    ['agencies', 'agencies'],
    ['g', 'agencies'],
    ['cases', 'cases'],
  ]);
});
