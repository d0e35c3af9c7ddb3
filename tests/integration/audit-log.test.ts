/** The audit log: one entry per change in the change's transaction, secrets left out, tampering detected. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  startTestCore,
  type TestCore,
  writableConnection,
} from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';
import { createCore } from '../../electron/core';

let t: TestCore;
beforeEach(async () => {
  t = startTestCore(() => new Date('2026-06-15T10:00:00Z'));
  await t.call('workspace:create', {
    path: 'audited',
    passphrase: STRONG_PASSPHRASE,
    passphraseConfirm: STRONG_PASSPHRASE,
    settings: { taskForceName: 'Audited Task Force' },
  });
});
afterEach(async () => {
  await t.cleanup();
});

async function someChanges() {
  await t.call('workspace:updateSettings', { classificationMarking: 'CONFIDENTIAL' });
  const agency = await t.call('agencies:create', {
    name: 'Labour Inspectorate',
    kind: 'labour_inspection',
  });
  await t.call('focalPoints:create', { agencyId: agency.id, name: 'Kwame Addo' });
  await t.call('bodies:create', {
    name: 'Task Force',
    kind: 'national_task_force',
    memberAgencyIds: [agency.id],
  });
  return agency;
}

describe('audit log', () => {
  it('records every change with channel, record and summary, newest first, and no secrets', async () => {
    const agency = await someChanges();
    await t.call('workspace:changePassphrase', {
      currentPassphrase: STRONG_PASSPHRASE,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
      newPassphraseConfirm: OTHER_STRONG_PASSPHRASE,
    });
    await t.call('agencies:list', {}); // reads are not audited
    const log = await t.call('audit:list', {});
    expect(log.items.map((e) => e.channel)).toEqual([
      'workspace:changePassphrase',
      'bodies:create',
      'focalPoints:create',
      'agencies:create',
      'workspace:updateSettings',
      'workspace:create',
    ]);
    expect(log.items.map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    const created = log.items.find((e) => e.channel === 'agencies:create')!;
    expect(created).toMatchObject({
      recordType: 'agency',
      recordId: agency.id,
      at: '2026-06-15T10:00:00.000Z',
    });
    expect(created.summary).toMatchObject({
      input: { name: 'Labour Inspectorate', kind: 'labour_inspection' },
    });
    expect(created.actor.length).toBeGreaterThan(0);
    const text = JSON.stringify(log);
    expect(text).not.toContain(STRONG_PASSPHRASE);
    expect(text).not.toContain(OTHER_STRONG_PASSPHRASE);
    expect((await t.call('audit:list', { recordType: 'agency' })).total).toBe(1);
    expect((await t.call('audit:list', { channel: 'bodies:create' })).items).toHaveLength(1);
    expect((await t.call('audit:list', { from: '2026-06-16' })).total).toBe(0);
    expect((await t.call('audit:list', { to: '2026-06-15' })).total).toBe(6);
  });

  it('writes no entry for a change that failed', async () => {
    await someChanges();
    const before = (await t.call('audit:list', {})).total;
    await t.fail('agencies:create', { name: 'labour inspectorate', kind: 'other' });
    await t.fail('workspace:updateSettings', { kAnonymity: 1 });
    expect((await t.call('audit:list', {})).total).toBe(before);
  });

  it('verifies the chain and finds the entry edited behind its back', async () => {
    await someChanges();
    expect(await t.call('audit:verify', {})).toEqual({
      ok: true,
      entries: 5,
      firstBrokenSeq: null,
      reason: null,
    });
    const db = writableConnection(t.core);
    db.prepare(
      `UPDATE audit_log SET summary = '{"input":{"name":"Someone else"}}' WHERE seq = 3`,
    ).run();
    expect(await t.call('audit:verify', {})).toEqual({
      ok: false,
      entries: 5,
      firstBrokenSeq: 3,
      reason: 'hash',
    });
  });

  it('detects a deleted entry', async () => {
    await someChanges();
    const db = writableConnection(t.core);
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(await t.call('audit:verify', {})).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'gap',
    });
  });

  it('detects the newest entries deleted from the end (the chain is anchored), also in a backup', async () => {
    await someChanges();
    const total = (await t.call('audit:verify', {})).entries;
    const db = writableConnection(t.core);
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(total - 2);
    expect(await t.call('audit:verify', {})).toMatchObject({
      ok: false,
      entries: total - 2,
      firstBrokenSeq: total - 1,
      reason: 'tail',
    });
    // The anchor travels with the workspace: a backup made now carries the same verdict.
    const { backup } = await t.call('backup:now', {});
    const restored = `${backup.path}.restored.coordina`;
    await t.call('backup:restore', {
      backupPath: backup.path,
      targetPath: restored,
      passphrase: STRONG_PASSPHRASE,
    });
    await t.call('workspace:open', { path: restored, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('audit:verify', {})).reason).toBe('tail');
  });

  it('keeps its chain across lock, unlock and a restart of the core', async () => {
    await someChanges();
    await t.call('workspace:lock', {});
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    await t.call('agencies:create', { name: 'Health Service', kind: 'health' });
    const status = await t.call('workspace:status', {});
    await t.call('workspace:close', {});
    const dir = makeTempDir();
    const other = createCore({ dataDir: dir, actor: 'second machine' });
    await other.dispatch('workspace:open', { path: status.path, passphrase: STRONG_PASSPHRASE });
    await other.dispatch('agencies:create', { name: 'Police', kind: 'law_enforcement' });
    const verified = await other.dispatch('audit:verify', {});
    expect(verified).toEqual({
      ok: true,
      result: { ok: true, entries: 7, firstBrokenSeq: null, reason: null },
    });
    const last = await other.dispatch('audit:list', { limit: 1 });
    expect(last).toMatchObject({
      ok: true,
      result: { items: [{ actor: 'second machine', seq: 7 }] },
    });
    await other.dispose();
    removeDir(dir);
  });
});
