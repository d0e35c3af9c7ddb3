/** PrivacyDenylist1796090000000 on a real encrypted file: a random secret per workspace, hashes only. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspaceDataSource, rawConnection } from '../../electron/core/db/dataSource';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { PrivacyDenylist1796090000000 } from '../../electron/core/db/migrations/1796090000000-PrivacyDenylist';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeDir(dir);
});

describe('PrivacyDenylist migration', () => {
  it('is listed after the earlier migrations', () => {
    const names = MIGRATIONS.map((M) => new M().name);
    expect(names).toContain('PrivacyDenylist1796090000000');
    expect(names.indexOf('PrivacyDenylist1796090000000')).toBeGreaterThan(
      names.indexOf('LetterheadLogo1796050000000'),
    );
  });

  it('creates one random 32-byte secret per workspace and a table of 64-hex hashes', async () => {
    const a = await openWorkspaceDataSource(`${dir}/a.coordina`, STRONG_PASSPHRASE, 'create');
    const b = await openWorkspaceDataSource(`${dir}/b.coordina`, STRONG_PASSPHRASE, 'create');
    const secret = (ds: typeof a) =>
      (
        rawConnection(ds).prepare(`SELECT secret FROM privacy_secret`).all() as { secret: Buffer }[]
      ).map((r) => Buffer.from(r.secret).toString('hex'));
    expect(secret(a)).toHaveLength(1);
    expect(secret(a)[0]).toHaveLength(64);
    expect(secret(a)[0]).not.toBe(secret(b)[0]);
    const db = rawConnection(a);
    expect(() =>
      db.prepare(`INSERT INTO privacy_secret (id, secret) VALUES ('other', randomblob(32))`).run(),
    ).toThrow(/CHECK/);
    const insert = db.prepare(
      `INSERT INTO privacy_denylist (hash, words, created_at) VALUES (?, ?, 't')`,
    );
    insert.run('a'.repeat(64), 2);
    expect(() => insert.run('a'.repeat(64), 2)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('plain term', 2)).toThrow(/CHECK/);
    expect(() => insert.run('b'.repeat(64), 5)).toThrow(/CHECK/);
    await a.destroy();
    await b.destroy();
  });

  it('can be undone', async () => {
    const ds = await openWorkspaceDataSource(`${dir}/m.coordina`, STRONG_PASSPHRASE, 'create');
    const runner = ds.createQueryRunner();
    await new PrivacyDenylist1796090000000().down(runner);
    await runner.release();
    const tables = rawConnection(ds)
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'privacy_%'`)
      .all();
    expect(tables).toEqual([]);
    await ds.destroy();
  });
});
