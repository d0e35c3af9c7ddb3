/**
 * The UpdateRounds migration on a real encrypted file: a round keeps a 32-byte secret (64 hex
 * characters), its agencies go with it, and down() removes both tables.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openWorkspaceDataSource, rawConnection } from '../../electron/core/db/dataSource';
import { UpdateRounds1796231900000 } from '../../electron/core/db/migrations/1796231900000-UpdateRounds';
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
