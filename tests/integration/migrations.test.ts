/** Each migration, applied to a real encrypted file: the schema it promises, and its down(). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspaceDataSource, rawConnection } from '../../electron/core/db/dataSource';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

describe('migrations', () => {
  it('are listed in timestamp order with unique names', () => {
    const names = MIGRATIONS.map((M) => new M().name);
    const stamps = names.map((n) => Number(n.slice(-13)));
    expect(new Set(names).size).toBe(names.length);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    for (const s of stamps) expect(Number.isFinite(s)).toBe(true);
  });

  it('Init creates workspace_settings with its checks, and down() removes it', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const db = rawConnection(ds);
    const cols = (
      db.prepare(`PRAGMA table_info(workspace_settings)`).all() as { name: string }[]
    ).map((c) => c.name);
    expect(cols).toEqual([
      'id',
      'task_force_name',
      'country',
      'default_language',
      'letterhead_text',
      'classification_marking',
      'k_anonymity',
      'auto_lock_minutes',
      'paper_size',
      'created_at',
      'updated_at',
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO workspace_settings (id, task_force_name, k_anonymity, created_at, updated_at) VALUES ('a','b',1,'t','t')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);

    await ds.undoLastMigration();
    const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE name='workspace_settings'`).get();
    expect(exists).toBeUndefined();
    await ds.destroy();
  });
});
