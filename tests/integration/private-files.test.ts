/**
 * What Coordina writes on disk is its owner's alone (POSIX): the workspace and its WAL,
 * backups, the lock, the recent list and backup locations 0600; the folders it makes 0700.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../electron/core/workspace/workspaceLock';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

let t: TestCore;
let previousUmask: number;
beforeEach(() => {
  previousUmask = process.umask(0o022); // the usual default, which gives 0644 / 0755
  t = startTestCore();
});
afterEach(async () => {
  await t.cleanup();
  process.umask(previousUmask);
});

describe.runIf(process.platform !== 'win32')('private files', () => {
  it('creates the workspace, its WAL, lock, backups and app-data files owner-only', async () => {
    const file = (await createWorkspace(t, 'Private Task Force')).path!;
    await t.call('agencies:create', { name: 'Border Police', kind: 'law_enforcement' });
    const { backup } = await t.call('backup:now', {});
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(lockPathFor(file))).toBe(0o600);
    expect(mode(backup.path)).toBe(0o600);
    expect(mode(path.dirname(backup.path))).toBe(0o700);
    expect(mode(path.dirname(file))).toBe(0o700); // the default workspaces folder
    expect(mode(t.dataDir)).toBe(0o700);
    expect(mode(path.join(t.dataDir, 'recent-workspaces.json'))).toBe(0o600);
    expect(mode(path.join(t.dataDir, 'backup-locations.json'))).toBe(0o600);
    const restored = path.join(path.dirname(file), 'restored.coordina');
    await t.call('backup:restore', {
      backupPath: backup.path,
      targetPath: restored,
      passphrase: 'amber-lantern-orchid-vessel-42',
    });
    expect(mode(restored)).toBe(0o600);
  });
});
