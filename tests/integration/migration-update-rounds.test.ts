/**
 * The UpdateRounds migration on a real encrypted file: a round keeps a 32-byte secret (64 hex
 * characters), its agencies go with it, and down() removes both tables. UpdateRoundClose then
 * adds the closing time and the NAP period: rounds recorded before it stay open and without a
 * period, and its down() gives the rounds back as they were.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openWorkspaceDataSource, rawConnection } from '../../electron/core/db/dataSource';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { UpdateRounds1796231900000 } from '../../electron/core/db/migrations/1796231900000-UpdateRounds';
import { UpdateRoundClose1796232000000 } from '../../electron/core/db/migrations/1796232000000-UpdateRoundClose';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

it('UpdateRounds keeps a round’s secret and agencies, cascades them away, and undoes', async () => {
  const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
  const db = rawConnection(ds);
  const columns = (table: string) =>
    (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  expect(columns('update_rounds')).toEqual([
    'id',
    'body_id',
    'secret',
    'language',
    'issued_on',
    'reply_by',
    'created_at',
    'closed_at',
    'nap_period_id',
  ]);
  expect(columns('update_round_agencies')).toEqual([
    'round_id',
    'agency_id',
    'actions',
    'returned_at',
  ]);
  // The body and agency rows are not the subject here.
  db.pragma('foreign_keys = OFF');
  const insertRound = db.prepare(
    `INSERT INTO update_rounds (id, body_id, secret, language, issued_on, reply_by, created_at)
     VALUES (?, 'b1', ?, 'en', '2026-11-30', NULL, 't')`,
  );
  expect(() => insertRound.run('r0', 'short')).toThrow(/CHECK/);
  insertRound.run('r1', 'a'.repeat(64));
  db.prepare(
    `INSERT INTO update_round_agencies (round_id, agency_id, actions) VALUES ('r1', 'g1', 3)`,
  ).run();
  db.pragma('foreign_keys = ON');
  db.prepare(`DELETE FROM update_rounds WHERE id = 'r1'`).run();
  expect(db.prepare(`SELECT COUNT(*) AS n FROM update_round_agencies`).get()).toEqual({ n: 0 });
  const runner = ds.createQueryRunner();
  await new UpdateRounds1796231900000().down(runner);
  await runner.release();
  expect(columns('update_rounds')).toEqual([]);
  expect(columns('update_round_agencies')).toEqual([]);
  await ds.destroy();
});

it('UpdateRoundClose leaves rounds recorded before it open and without a period, and undoes', async () => {
  const names = MIGRATIONS.map((M) => new M().name);
  expect(names.indexOf('UpdateRoundClose1796232000000')).toBe(
    names.indexOf('UpdateRounds1796231900000') + 1,
  );
  const ds = await openWorkspaceDataSource(`${dir}/c.coordina`, STRONG_PASSPHRASE, 'create');
  const db = rawConnection(ds);
  const runner = ds.createQueryRunner();
  const migration = new UpdateRoundClose1796232000000();
  // Back to the schema before it, with a round written then.
  await migration.down(runner);
  db.pragma('foreign_keys = OFF');
  db.prepare(
    `INSERT INTO update_rounds (id, body_id, secret, language, issued_on, reply_by, created_at)
     VALUES ('r1', 'b1', ?, 'es', '2026-11-30', '2026-12-14', 't')`,
  ).run('b'.repeat(64));
  db.prepare(
    `INSERT INTO update_round_agencies (round_id, agency_id, actions, returned_at)
     VALUES ('r1', 'g1', 2, '2026-12-01T10:00:00.000Z')`,
  ).run();
  db.pragma('foreign_keys = ON');
  await migration.up(runner);
  expect(db.prepare(`SELECT * FROM update_rounds`).all()).toEqual([
    {
      id: 'r1',
      body_id: 'b1',
      secret: 'b'.repeat(64),
      language: 'es',
      issued_on: '2026-11-30',
      reply_by: '2026-12-14',
      created_at: 't',
      closed_at: null,
      nap_period_id: null,
    },
  ]);
  expect(db.prepare(`SELECT * FROM update_round_agencies`).all()).toEqual([
    { round_id: 'r1', agency_id: 'g1', actions: 2, returned_at: '2026-12-01T10:00:00.000Z' },
  ]);
  db.prepare(`UPDATE update_rounds SET closed_at = 'x', nap_period_id = 'p1'`).run();
  await migration.down(runner);
  await runner.release();
  expect(db.prepare(`SELECT id, reply_by FROM update_rounds`).all()).toEqual([
    { id: 'r1', reply_by: '2026-12-14' },
  ]);
  expect(
    (db.prepare(`PRAGMA table_info(update_rounds)`).all() as { name: string }[]).map((c) => c.name),
  ).not.toContain('closed_at');
  await ds.destroy();
});
