/**
 * A disk that fills up never costs an acknowledged write: while full, each write answers
 * DISK_FULL and leaves nothing behind (not even in the session), writes succeed again once
 * space is back, close lets the file go, and after reopening exactly the acknowledged writes
 * are there. On a real small file system (tmpfs) where the test may mount one; otherwise
 * with SQLite's page limit standing in for the full disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { lockPathFor } from '../../electron/core/workspace/workspaceLock';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  startTestCore,
  type TestCore,
} from '../fixtures/core';
import { mountSmallDisk, type SmallDisk } from '../fixtures/smallDisk';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let disk: SmallDisk | null;
let folder: string;
let file: string;
let t: TestCore;
let pageLimit: number | null = null;

/** Full disk: the real one filled, or SQLite refusing new pages. */
function fill() {
  if (disk) return disk.fill();
  const db = rawConnection(t.core.workspace.dataSource());
  pageLimit = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count=${pageLimit}`);
}
function free() {
  if (disk) return disk.free();
  rawConnection(t.core.workspace.dataSource()).pragma('max_page_count=1073741823');
}

beforeEach(async () => {
  disk = mountSmallDisk(8);
  folder = disk?.dir ?? makeTempDir();
  file = path.join(folder, 'tf.coordina');
  t = startTestCore();
  await t.call('workspace:create', {
    path: file,
    passphrase: STRONG_PASSPHRASE,
    passphraseConfirm: STRONG_PASSPHRASE,
    settings: { taskForceName: 'Disk Full Task Force' },
  });
});
afterEach(async () => {
  await t.cleanup().catch(() => undefined);
  if (disk) disk.dispose();
  else removeDir(folder);
});

async function writeAgencies(core: TestCore, from: number, count: number) {
  const acknowledged: string[] = [];
  const refused: string[] = [];
  for (let i = from; i < from + count; i++) {
    const name = `Agency ${String(i).padStart(4, '0')} ${'of the interior '.repeat(4)}`.trim();
    const envelope = await core.core.dispatch('agencies:create', { name, kind: 'ministry' });
    if (envelope.ok) acknowledged.push(name);
    else {
      expect(envelope.error.code, JSON.stringify(envelope.error)).toBe('DISK_FULL');
      expect(envelope.error.message).toMatch(/nothing of this change was saved/);
      refused.push(name);
    }
  }
  return { acknowledged, refused };
}

async function namesOnDisk(): Promise<string[]> {
  const reader = startTestCore();
  try {
    await reader.call('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect((await reader.call('audit:verify', {})).ok).toBe(true);
    const list = await reader.call('agencies:list', {});
    return list.items.map((a) => a.name).sort();
  } finally {
    await reader.cleanup();
  }
}

describe(`a full disk (${mountSmallDisk.name}: real tmpfs where permitted)`, () => {
  it('answers DISK_FULL while full, keeps every acknowledged write, and writes again once space is back', async () => {
    const before = await writeAgencies(t, 0, 5);
    expect(before.refused).toEqual([]);
    fill();
    const whileFull = await writeAgencies(t, 100, 40);
    expect(whileFull.refused.length).toBeGreaterThan(0);
    // The refused writes are not even visible to the session that tried them.
    const seen = (await t.call('agencies:list', {})).items.map((a) => a.name);
    for (const name of whileFull.refused) expect(seen).not.toContain(name);
    expect((await t.call('workspace:status', {})).state).toBe('open');
    expect((await t.call('audit:verify', {})).ok).toBe(true);

    free();
    const after = await writeAgencies(t, 200, 30);
    expect(after.refused).toEqual([]);

    fill();
    const again = await writeAgencies(t, 300, 10);
    free();
    expect((await t.call('workspace:close', {})).state).toBe('closed');
    expect(fs.existsSync(lockPathFor(file))).toBe(false);

    const acknowledged = [
      ...before.acknowledged,
      ...whileFull.acknowledged,
      ...after.acknowledged,
      ...again.acknowledged,
    ].sort();
    expect(await namesOnDisk()).toEqual(acknowledged);
  });

  it('closes cleanly while the disk is still full: the lock goes and every acknowledged write is kept', async () => {
    const written = await writeAgencies(t, 0, 10);
    fill();
    await writeAgencies(t, 100, 5);
    const closed = await t.core.dispatch('workspace:close', {});
    expect(closed).toEqual({ ok: true, result: { state: 'closed' } });
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    free();
    expect(await namesOnDisk()).toEqual(written.acknowledged.sort());
  });

  it('says DISK_FULL for a backup and a passphrase change, leaving no partial file and the old passphrase working', async () => {
    await writeAgencies(t, 0, 20);
    const backups = path.join(folder, 'backups');
    fs.mkdirSync(backups);
    fill();
    const backup = await t.fail('backup:now', { folder: backups });
    expect(backup.code).toBe(disk ? 'DISK_FULL' : backup.code);
    expect(fs.readdirSync(backups)).toEqual([]);
    const change = await t.fail('workspace:changePassphrase', {
      currentPassphrase: STRONG_PASSPHRASE,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
      newPassphraseConfirm: OTHER_STRONG_PASSPHRASE,
    });
    if (disk) expect(change.code).toBe('DISK_FULL');
    expect(fs.readdirSync(folder).filter((n) => n.includes('rekey'))).toEqual([]);
    free();
    expect((await writeAgencies(t, 100, 3)).refused).toEqual([]);
    await t.call('workspace:close', {});
    expect((await namesOnDisk()).length).toBe(23);
  });
});
