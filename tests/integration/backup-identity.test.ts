/**
 * Backups belong to a workspace, not to a file name: two workspaces called the same in two
 * folders (or `tf` and `tf--archive`) sharing the default backup folder keep each their own
 * backups through rotation; a damaged workspace — truncated, or with a damaged first page —
 * says WORKSPACE_DAMAGED (never WRONG_PASSPHRASE or INTERNAL), stays untouched, and is offered
 * the newest backup of itself; a backup made on demand survives the backup made at close.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STRONG_PASSPHRASE, sha256, startTestCore, type TestCore } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let t: TestCore;
let folders: string[];
let clock: Date;
beforeEach(() => {
  clock = new Date('2026-06-15T09:00:00Z');
  t = startTestCore(() => clock);
  folders = [makeTempDir(), makeTempDir()];
});
afterEach(async () => {
  await t.cleanup();
  for (const f of folders) removeDir(f);
});

async function create(file: string, name: string) {
  await t.call('workspace:create', {
    path: file,
    passphrase: STRONG_PASSPHRASE,
    passphraseConfirm: STRONG_PASSPHRASE,
    settings: { taskForceName: name },
  });
}

/** One backup a day for `days` days, each closing the workspace (backup on close too). */
async function backUpDaily(file: string, days: number, startDay: number) {
  for (let day = 0; day < days; day++) {
    clock = new Date(Date.UTC(2026, 5, startDay + day, 9));
    await t.call('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    await t.call('workspace:close', {});
  }
}

describe('backups know their workspace', () => {
  it('keeps the backups of two same-named workspaces in two folders apart through rotation', async () => {
    const a = path.join(folders[0]!, 'tf.coordina');
    const b = path.join(folders[1]!, 'tf.coordina');
    await create(a, 'Task Force A');
    await t.call('workspace:close', {});
    await create(b, 'Task Force B');
    await t.call('workspace:close', {});
    await backUpDaily(a, 12, 1); // rotation of A runs every time…
    await backUpDaily(b, 2, 20);
    const listA = await t.call('backup:list', { workspacePath: a });
    const listB = await t.call('backup:list', { workspacePath: b });
    // …and never touches B's backups, though they share a folder and a file name.
    expect(listB.items).toHaveLength(3); // at creation (close), and on two later days
    expect(listA.items.length).toBeGreaterThanOrEqual(7);
    expect(listA.folder).toBe(listB.folder);
    const namesA = new Set(listA.items.map((i) => i.path));
    expect(listB.items.every((i) => !namesA.has(i.path))).toBe(true);
  });

  it('does not take `tf--archive` backups for backups of `tf` (no prefix matching)', async () => {
    const tf = path.join(folders[0]!, 'tf.coordina');
    const archive = path.join(folders[0]!, 'tf--archive.coordina');
    await create(archive, 'Archive');
    await t.call('workspace:close', {});
    await create(tf, 'Live');
    await t.call('workspace:close', {});
    await backUpDaily(tf, 10, 1);
    const archived = await t.call('backup:list', { workspacePath: archive });
    expect(archived.items).toHaveLength(1);
    const live = await t.call('backup:list', { workspacePath: tf });
    expect(live.items.every((i) => !archived.items.some((x) => x.path === i.path))).toBe(true);
  });

  it('keeps a backup made on demand when the backup at close comes the same day, and audits it', async () => {
    const file = path.join(folders[0]!, 'tf.coordina');
    await create(file, 'Demand');
    clock = new Date('2026-06-15T10:00:00Z');
    const { backup } = await t.call('backup:now', {});
    expect(backup.kind).toBe('manual');
    clock = new Date('2026-06-15T17:00:00Z');
    await t.call('workspace:close', {});
    const items = (await t.call('backup:list', { workspacePath: file })).items;
    expect(items.map((i) => i.kind).sort()).toEqual(['automatic', 'manual']);
    expect(fs.existsSync(backup.path)).toBe(true);
    await t.call('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    const audit = await t.call('audit:list', { channel: 'backup:now' });
    expect(audit.items).toHaveLength(1);
  });

  it('names each backup by its workspace UUID, which is also inside the backup', async () => {
    const file = path.join(folders[0]!, 'tf.coordina');
    await create(file, 'Named');
    const { backup } = await t.call('backup:now', {});
    const uuid = /--([0-9a-f-]{36})--manual\.coordina-backup$/.exec(backup.path)?.[1];
    expect(uuid).toMatch(/^[0-9a-f]{8}-/);
    const restored = path.join(folders[1]!, 'restored.coordina');
    await t.call('backup:restore', {
      backupPath: backup.path,
      targetPath: restored,
      passphrase: STRONG_PASSPHRASE,
    });
    await t.call('workspace:open', { path: restored, passphrase: STRONG_PASSPHRASE });
    // The restored copy is the same workspace: its backups are listed with the original's.
    const list = await t.call('backup:list', {});
    expect(list.items.map((i) => i.path)).toContain(backup.path);
  });
});

describe('a damaged workspace says so', () => {
  async function damagedWorkspace() {
    const file = path.join(folders[0]!, 'tf.coordina');
    await create(file, 'Damaged');
    for (let i = 0; i < 30; i++) {
      await t.call('agencies:create', { name: `Agency ${i} of the republic`, kind: 'ministry' });
    }
    await t.call('workspace:close', {}); // leaves a backup of this workspace
    // Another workspace of the same name elsewhere, backed up later (newer), same folder.
    const other = path.join(folders[1]!, 'tf.coordina');
    clock = new Date('2026-06-16T09:00:00Z');
    await create(other, 'Other');
    await t.call('workspace:close', {});
    const own = (await t.call('backup:list', { workspacePath: file })).items[0]!;
    return { file, own };
  }

  it('gives WORKSPACE_DAMAGED for a truncated file, with the newest backup of this workspace, and leaves it untouched', async () => {
    const { file, own } = await damagedWorkspace();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2) + 1000));
    const before = sha256(file);
    const err = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err.code).toBe('WORKSPACE_DAMAGED');
    expect((err.details as { newestBackup: { path: string } }).newestBackup.path).toBe(own.path);
    expect(sha256(file)).toBe(before);
  });

  it('gives WORKSPACE_DAMAGED for a damaged first page with the right passphrase, WRONG_PASSPHRASE with a wrong one', async () => {
    const { file, own } = await damagedWorkspace();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 200, 900); // inside page 1, after the salt
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    const err = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err.code).toBe('WORKSPACE_DAMAGED');
    expect((err.details as { newestBackup: { path: string } }).newestBackup.path).toBe(own.path);
    const wrong = await t.fail('workspace:open', {
      path: file,
      passphrase: 'not-the-passphrase-at-all-99',
    });
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    expect(sha256(file)).toBe(before);
  });

  it('gives WORKSPACE_DAMAGED for a damaged inner page', async () => {
    const { file } = await damagedWorkspace();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x00, 4096 * 3 + 10, 4096 * 3 + 600);
    fs.writeFileSync(file, bytes);
    const err = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err.code).toBe('WORKSPACE_DAMAGED');
  });
});
