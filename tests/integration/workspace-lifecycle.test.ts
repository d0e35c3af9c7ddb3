/** Create → lock → unlock/open, wrong passphrases, and every way a file can be refused. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteDriver } from '../../electron/core/db/sqlite';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  createWorkspace,
  sha256,
  startTestCore,
  type TestCore,
} from '../fixtures/core';

let t: TestCore;
beforeEach(() => {
  t = startTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

describe('workspace lifecycle', () => {
  it('creates a workspace in the default folder, locks it and unlocks it', async () => {
    const created = await createWorkspace(t, 'Task Force Alpha');
    expect(created.state).toBe('open');
    expect(created.taskForceName).toBe('Task Force Alpha');
    expect(created.path).toBe(path.join(t.dataDir, 'workspaces', 'ws.coordina'));

    const locked = await t.call('workspace:lock', {});
    expect(locked).toEqual({ state: 'locked', path: created.path });
    expect((await t.fail('workspace:getSettings', {})).code).toBe('NO_WORKSPACE');

    const unlocked = await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(unlocked.state).toBe('open');
    expect(unlocked.taskForceName).toBe('Task Force Alpha');
    expect((await t.call('workspace:getSettings', {})).classificationMarking).toBe('RESTRICTED');
  });

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and leaves the file byte-for-byte unchanged', async () => {
    const { path: file } = await createWorkspace(t);
    await t.call('workspace:close', {});
    const before = sha256(file!);
    const siblingsBefore = fs.readdirSync(path.dirname(file!)).sort();

    const err = await t.fail('workspace:open', { path: file, passphrase: 'not the passphrase' });
    expect(err.code).toBe('WRONG_PASSPHRASE');
    expect(sha256(file!)).toBe(before);
    expect(fs.readdirSync(path.dirname(file!)).sort()).toEqual(siblingsBefore);
    expect((await t.call('workspace:status', {})).state).toBe('closed');

    const opened = await t.call('workspace:open', { path: file!, passphrase: STRONG_PASSPHRASE });
    expect(opened.state).toBe('open');
  });

  it('keeps the workspace locked after a wrong unlock attempt', async () => {
    await createWorkspace(t);
    await t.call('workspace:lock', {});
    expect((await t.fail('workspace:unlock', { passphrase: 'wrong passphrase' })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect((await t.call('workspace:status', {})).state).toBe('locked');
  });

  it('gives each unusable file its own error', async () => {
    const dir = t.dataDir;
    expect(
      (await t.fail('workspace:open', { path: path.join(dir, 'nope.coordina'), passphrase: 'x' }))
        .code,
    ).toBe('FILE_MISSING');

    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'meeting notes, not a database');
    expect((await t.fail('workspace:open', { path: text, passphrase: 'x' })).code).toBe(
      'NOT_A_WORKSPACE',
    );

    const plain = path.join(dir, 'plain.sqlite');
    const db = new SqliteDriver(plain);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const plainHash = sha256(plain);
    expect((await t.fail('workspace:open', { path: plain, passphrase: 'x' })).code).toBe(
      'NOT_A_WORKSPACE',
    );
    expect(sha256(plain)).toBe(plainHash);

    // An SQLCipher file of another application (right passphrase, foreign schema).
    const foreign = path.join(dir, 'foreign.db');
    const f = new SqliteDriver(foreign);
    f.pragma(`cipher='sqlcipher'`);
    f.pragma('legacy=4');
    f.pragma(`key='${STRONG_PASSPHRASE}'`);
    f.exec('CREATE TABLE other (x)');
    f.close();
    expect(
      (await t.fail('workspace:open', { path: foreign, passphrase: STRONG_PASSPHRASE })).code,
    ).toBe('NOT_A_WORKSPACE');

    expect((await t.fail('workspace:open', { path: dir, passphrase: 'x' })).code).toBe(
      'NOT_A_WORKSPACE',
    );
  });

  it('refuses a read-only workspace file with FILE_READ_ONLY', async () => {
    const { path: file } = await createWorkspace(t);
    await t.call('workspace:close', {});
    fs.chmodSync(file!, 0o444);
    const err = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err.code).toBe('FILE_READ_ONLY');
    fs.chmodSync(file!, 0o644);
    expect(
      (await t.call('workspace:open', { path: file!, passphrase: STRONG_PASSPHRASE })).state,
    ).toBe('open');
  });

  it('refuses a workspace written by a newer schema with WORKSPACE_TOO_NEW', async () => {
    const { path: file } = await createWorkspace(t);
    await t.call('workspace:close', {});
    const db = new SqliteDriver(file!);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key='${STRONG_PASSPHRASE}'`);
    db.prepare('INSERT INTO schema_migrations (timestamp, name) VALUES (?, ?)').run(
      9999999999999,
      'Future9999999999999',
    );
    db.close();
    const err = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err.code).toBe('WORKSPACE_TOO_NEW');
  });

  it('refuses to create over an existing file, with a weak passphrase, or with a mismatched confirmation', async () => {
    await createWorkspace(t);
    await t.call('workspace:close', {});
    const settings = { taskForceName: 'X' };
    const exists = await t.fail('workspace:create', {
      path: 'ws',
      passphrase: STRONG_PASSPHRASE,
      passphraseConfirm: STRONG_PASSPHRASE,
      settings,
    });
    expect(exists.code).toBe('FILE_EXISTS');
    const weak = await t.fail('workspace:create', {
      path: 'weak',
      passphrase: 'passwordpassword',
      passphraseConfirm: 'passwordpassword',
      settings,
    });
    expect(weak.code).toBe('WEAK_PASSPHRASE');
    const short = await t.fail('workspace:create', {
      path: 'short',
      passphrase: 'Xy7!',
      passphraseConfirm: 'Xy7!',
      settings,
    });
    expect(short.code).toBe('VALIDATION');
    const mismatch = await t.fail('workspace:create', {
      path: 'mm',
      passphrase: STRONG_PASSPHRASE,
      passphraseConfirm: OTHER_STRONG_PASSPHRASE,
      settings,
    });
    expect(mismatch.code).toBe('PASSPHRASE_MISMATCH');
    const names = fs.readdirSync(path.join(t.dataDir, 'workspaces'));
    expect(names).toEqual(['ws.coordina']);
  });

  it('keeps the current workspace open when creating another one fails', async () => {
    const { path: current } = await createWorkspace(t, 'Current Task Force');
    // The first creation's data:changed leaves after its answer: let it go before listening.
    await new Promise((resolve) => setImmediate(resolve));
    const events: unknown[] = [];
    const stop = t.core.subscribe((event, payload) => events.push({ event, payload }));
    // A directory where SQLite wants to put the new file's WAL makes the creation fail late.
    fs.mkdirSync(path.join(t.dataDir, 'workspaces', 'broken.coordina-wal'));
    const failed = await t.fail('workspace:create', {
      path: 'broken',
      passphrase: STRONG_PASSPHRASE,
      passphraseConfirm: STRONG_PASSPHRASE,
      settings: { taskForceName: 'Broken' },
    });
    stop();
    expect(failed.code).not.toBe('VALIDATION');
    expect(await t.call('workspace:status', {})).toMatchObject({
      state: 'open',
      path: current,
      taskForceName: 'Current Task Force',
    });
    expect((await t.call('workspace:getSettings', {})).taskForceName).toBe('Current Task Force');
    expect(events).toEqual([]);
    expect(fs.existsSync(path.join(t.dataDir, 'workspaces', 'broken.coordina'))).toBe(false);
  });

  it('keeps a recent list of paths outside the workspace', async () => {
    const { path: file } = await createWorkspace(t);
    const recent = await t.call('workspace:recent', {});
    expect(recent.items.map((i) => i.path)).toEqual([file]);
    expect(recent.items[0]!.exists).toBe(true);
    const stored = fs.readFileSync(path.join(t.dataDir, 'recent-workspaces.json'), 'utf8');
    expect(stored).not.toContain('National Task Force');
    const after = await t.call('workspace:forgetRecent', { path: file! });
    expect(after.items).toEqual([]);
  });
});
