/**
 * One file, one owner — whatever name it is opened by. A symlink or a hard link to an open
 * workspace meets the same lock (WORKSPACE_IN_USE), also after a passphrase change replaced
 * the file; lock files appear whole (a reader never sees an empty one) and an unreadable but
 * recent lock is respected, never taken over.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  STALE_AFTER_MS,
  WorkspaceLock,
  identityLockPathFor,
  lockPathFor,
} from '../../electron/core/workspace/workspaceLock';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  createWorkspace,
  startTestCore,
  type TestCore,
} from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let first: TestCore;
let second: TestCore;
let file: string;
let elsewhere: string;
beforeEach(async () => {
  first = startTestCore();
  second = startTestCore();
  file = (await createWorkspace(first, 'Alias Task Force')).path!;
  elsewhere = makeTempDir();
});
afterEach(async () => {
  await first.cleanup();
  await second.cleanup();
  removeDir(elsewhere);
});

const open = (t: TestCore, p: string, passphrase = STRONG_PASSPHRASE) =>
  t.core.dispatch('workspace:open', { path: p, passphrase });

describe('every alias of a workspace file meets the same lock', () => {
  it('refuses a second instance that opens the file through a symlink', async () => {
    const link = path.join(elsewhere, 'shortcut.coordina');
    fs.symlinkSync(file, link);
    const refused = await open(second, link);
    expect(refused).toMatchObject({ ok: false, error: { code: 'WORKSPACE_IN_USE' } });
    // The owner itself may come back in through the alias after locking.
    await first.call('workspace:lock', {});
    expect(await open(first, link)).toMatchObject({ ok: true, result: { state: 'open' } });
    expect(await open(second, file)).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_IN_USE' },
    });
  });

  it('refuses a second instance that opens the file through a hard link, in another folder', async () => {
    const link = path.join(elsewhere, 'copy-of-tf.coordina');
    fs.linkSync(file, link);
    expect(await open(second, link)).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_IN_USE' },
    });
    await first.call('workspace:close', {});
    expect(await open(second, link)).toMatchObject({ ok: true, result: { state: 'open' } });
    expect(await open(first, file)).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_IN_USE' },
    });
  });

  it('keeps the file locked under its new identity after a passphrase change', async () => {
    await first.call('workspace:changePassphrase', {
      currentPassphrase: STRONG_PASSPHRASE,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
      newPassphraseConfirm: OTHER_STRONG_PASSPHRASE,
    });
    const link = path.join(elsewhere, 'after-change.coordina');
    fs.linkSync(file, link); // a hard link to the new file
    expect(identityLockPathFor(link)).toBe(identityLockPathFor(file));
    expect(fs.existsSync(identityLockPathFor(file)!)).toBe(true);
    expect(await open(second, link, OTHER_STRONG_PASSPHRASE)).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_IN_USE' },
    });
    await first.call('workspace:close', {});
    expect(fs.existsSync(identityLockPathFor(file)!)).toBe(false);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });
});

describe('lock files that are read while they are written', () => {
  it('respects an unreadable lock that is recent, and takes over one that is old', async () => {
    await first.call('workspace:close', {});
    fs.writeFileSync(lockPathFor(file), ''); // e.g. caught half-written by an older version
    expect(await open(second, file)).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_IN_USE' },
    });
    const old = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    fs.utimesSync(lockPathFor(file), old, old);
    expect(await open(second, file)).toMatchObject({ ok: true, result: { state: 'open' } });
  });

  it('never shows a reader an empty or partial lock while the heartbeat rewrites it', async () => {
    await first.call('workspace:close', {});
    const lock = WorkspaceLock.acquire(file, () => new Date());
    const lockPath = lockPathFor(file);
    // Another process reads the lock as fast as it can while this one beats.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');let bad=0,reads=0;const end=Date.now()+1500;
         while(Date.now()<end){let t='';try{t=fs.readFileSync(process.argv[1],'utf8')}catch{continue}
         reads++;try{JSON.parse(t).pid.toFixed()}catch{bad++}}
         process.stdout.write(JSON.stringify({bad,reads}))`,
        lockPath,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    reader.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const done = new Promise<void>((resolve) => reader.on('exit', () => resolve()));
    let beats = 0;
    while (reader.exitCode === null && beats < 200_000) {
      lock.beat(new Date());
      beats++;
      if (beats % 50 === 0) await new Promise((r) => setImmediate(r));
    }
    await done;
    lock.release();
    const { bad, reads } = JSON.parse(out) as { bad: number; reads: number };
    expect(beats).toBeGreaterThan(100);
    expect(reads).toBeGreaterThan(100);
    expect(bad).toBe(0);
  });
});
