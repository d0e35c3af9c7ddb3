/**
 * `rows` — how the hot projections read: a prepared statement on the workspace's one connection
 * rather than TypeORM's query runner. It must behave exactly like a query through the manager:
 * inside the caller's transaction, refused by the read guard, logged, failing as QueryFailedError.
 */
import { QueryFailedError } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { asReadable, rows } from '../../electron/core/db/sql';
import { storageCode } from '../../electron/core/db/storageErrors';
import { captureQueries } from '../fixtures/queryCapture';
import {
  createWorkspace,
  startTestCore,
  writableConnection,
  type TestCore,
} from '../fixtures/core';

let t: TestCore;
afterEach(async () => t?.cleanup());

async function open(): Promise<TestCore> {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('agencies:create', {
    name: 'Ministry of Interior',
    acronym: 'MOI',
    kind: 'law_enforcement',
    pillarRoles: { prosecution: 'lead' },
  });
  return t;
}

describe('rows (hot queries)', () => {
  it('reads what the surrounding write transaction has written before it commits', async () => {
    await open();
    const seen = await t.core.workspace.write(async (db) => {
      await db.query(`UPDATE agencies SET name = 'Renamed inside' WHERE acronym = 'MOI'`);
      return rows<{ name: string }>(db, `SELECT name FROM agencies WHERE acronym = ?`, ['MOI']);
    });
    expect(seen).toEqual([{ name: 'Renamed inside' }]);
  });

  it('sees nothing of a write that was rolled back', async () => {
    await open();
    await expect(
      t.core.workspace.write(async (db) => {
        await db.query(`UPDATE agencies SET name = 'Never kept' WHERE acronym = 'MOI'`);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    const after = await t.core.workspace.read((db) =>
      rows<{ name: string }>(db, `SELECT name FROM agencies WHERE acronym = ?`, ['MOI']),
    );
    expect(after).toEqual([{ name: 'Ministry of Interior' }]);
  });

  it('binds booleans as 0/1 like TypeORM, and reuses one statement per SQL text', async () => {
    await open();
    const sql = `SELECT ? AS yes, ? AS no`;
    const first = await t.core.workspace.read((db) =>
      rows<{ yes: number; no: number }>(db, sql, [true, false]),
    );
    expect(first).toEqual([{ yes: 1, no: 0 }]);
    const again = await t.core.workspace.read((db) =>
      rows<{ yes: number; no: number }>(db, sql, [false, true]),
    );
    expect(again).toEqual([{ yes: 0, no: 1 }]);
  });

  it('is logged through the DataSource logger (what the benchmarks replay)', async () => {
    await open();
    const captured = await captureQueries(t.core.workspace.dataSource(), () =>
      t.core.workspace.read((db) =>
        rows(db, `SELECT count(*) AS n FROM agencies WHERE acronym = ?`, ['MOI']),
      ),
    );
    expect(captured).toContainEqual({
      sql: `SELECT count(*) AS n FROM agencies WHERE acronym = ?`,
      params: ['MOI'],
    });
  });

  it('fails as QueryFailedError carrying the SQLite code, also for a write tried under the read guard', async () => {
    await open();
    const db = asReadable(t.core.workspace.dataSource().manager);
    const bad = await rows(db, 'SELECT nope FROM agencies').catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(QueryFailedError);
    expect(storageCode(bad)).toBe('SQLITE_ERROR');
    const guarded = await t.core.workspace
      .read((r) => rows(r, `UPDATE agencies SET name = 'x' RETURNING id`))
      .catch((e: unknown) => e);
    expect(storageCode(guarded)).toBe('SQLITE_READONLY');
    const names = await t.core.workspace.read((r) =>
      rows<{ name: string }>(r, 'SELECT name FROM agencies'),
    );
    expect(names).toEqual([{ name: 'Ministry of Interior' }]);
  });

  it('gives the very objects better-sqlite3 gives: same keys in the same order, same values', async () => {
    await open();
    const sql = `SELECT a.*, a.name AS name, g.name AS other_name, NULL AS empty, 1.5 AS fraction,
                        x'00ff' AS bytes, 2 AS whole
                   FROM agencies a LEFT JOIN agencies g ON g.id = 'none' WHERE a.acronym = ?`;
    const ours = await t.core.workspace.read((db) =>
      rows<Record<string, unknown>>(db, sql, ['MOI']),
    );
    const native = writableConnection(t.core).prepare(sql).all('MOI') as Record<string, unknown>[];
    expect(ours).toHaveLength(1);
    expect(ours).toEqual(native);
    expect(Object.keys(ours[0]!)).toEqual(Object.keys(native[0]!));
    expect(ours[0]!.bytes).toBeInstanceOf(Buffer);
    expect(await t.core.workspace.read((db) => rows(db, `${sql} AND 0`, ['MOI']))).toEqual([]);
  });

  it('refuses a column named __proto__ (an assignment would set the prototype)', async () => {
    await open();
    const refused = await t.core.workspace
      .read((db) => rows(db, `SELECT name AS "__proto__" FROM agencies`))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(QueryFailedError);
    expect(String(refused)).toMatch(/__proto__/);
  });

  it('follows a table that gains a column under a prepared SELECT *', async () => {
    await open();
    const all = () =>
      t.core.workspace.read((db) => rows<Record<string, unknown>>(db, 'SELECT * FROM agencies'));
    expect((await all())[0]).not.toHaveProperty('extra');
    writableConnection(t.core).exec(`ALTER TABLE agencies ADD COLUMN extra TEXT DEFAULT 'new'`);
    expect((await all())[0]).toMatchObject({ name: 'Ministry of Interior', extra: 'new' });
  });
});
