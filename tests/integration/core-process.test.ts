/**
 * The core as Electron runs it: the built utility-process entry (out/main/coreProcess.js, from
 * `npm run build`) in a child process of its own, driven by main's relay (coreClient.ts) —
 * calls answered by id, events passed on, the folder picker asked of main, the workspace
 * closed before the process ends, and a dead core replaced by a fresh one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { FromCoreMessage, ToCoreMessage } from '../../electron/core/process/coreMessages';
import { startCoreClient, type UtilityProcessLike } from '../../electron/main/coreClient';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

const ENTRY = path.resolve(__dirname, '../../out/main/coreProcess.js');
const SHIM = path.resolve(__dirname, '../fixtures/utilityProcessShim.cjs');
const WORKER = path.resolve(__dirname, '../../out/main/exportWorker.js');
const PASSPHRASE = 'amber-lantern-orchid-vessel-42';

/** A Node child with the shape of Electron's UtilityProcess. */
function nodeUtilityProcess(children: ChildProcess[]): UtilityProcessLike {
  const child = fork(SHIM, [ENTRY], { serialization: 'advanced', stdio: 'inherit' });
  children.push(child);
  return {
    postMessage: (message: ToCoreMessage) => void child.send(message),
    on(event: 'message' | 'exit', listener: (value: never) => void) {
      if (event === 'message') {
        child.on('message', (m) =>
          (listener as (m: FromCoreMessage) => void)(m as FromCoreMessage),
        );
      } else {
        child.on('exit', (code) => (listener as (c: number) => void)(code ?? 1));
      }
      return child;
    },
    kill: () => child.kill(),
  } as UtilityProcessLike;
}

let dirs: string[] = [];
let children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) removeDir(dir);
  dirs = [];
  children = [];
});

it('runs the built core in its own process behind main’s relay', async () => {
  expect(fs.existsSync(ENTRY), 'run `npm run build` first').toBe(true);
  const dataDir = makeTempDir('coordina-core-process-');
  dirs.push(dataDir);
  const picked: (string | undefined)[] = [];
  const client = startCoreClient(
    () => nodeUtilityProcess(children),
    { dataDir, exportWorkerScript: WORKER },
    {
      pickFolder: (title) => {
        picked.push(title);
        return Promise.resolve('/chosen/folder');
      },
    },
  );
  const events: string[] = [];
  client.subscribe((event) => events.push(event));

  expect(await client.dispatch('host:pickFolder', { title: 'Backup folder' })).toEqual({
    ok: true,
    result: { path: '/chosen/folder' },
  });
  expect(picked).toEqual(['Backup folder']);

  const created = await client.dispatch('workspace:create', {
    path: 'relayed',
    passphrase: PASSPHRASE,
    passphraseConfirm: PASSPHRASE,
    settings: { taskForceName: 'Relay Task Force' },
  });
  expect(created.ok).toBe(true);
  // Two calls in flight at once are each answered with their own result.
  const [agency, status] = await Promise.all([
    client.dispatch('agencies:create', { name: 'Labour Inspectorate', kind: 'labour_inspection' }),
    client.dispatch('workspace:status', {}),
  ]);
  expect(agency).toMatchObject({ ok: true, result: { id: expect.any(String) } });
  expect(status).toMatchObject({ ok: true, result: { state: 'open' } });
  await expect.poll(() => events).toContain('data:changed');
  expect(events).toContain('workspace:changed');
  // Bad input is refused by the core's router, across the boundary.
  expect(await client.dispatch('agencies:create', { name: '' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION' },
  });

  // The process dies: a fresh core answers, with the workspace closed as after a restart.
  children[0]!.kill('SIGKILL');
  await expect
    .poll(async () => (await client.dispatch('workspace:status', {})) as unknown)
    .toMatchObject({ ok: true, result: { state: 'closed' } });
  expect(children).toHaveLength(2);

  // Quitting closes the workspace in the core, then ends the process.
  const reopened = await client.dispatch('workspace:open', {
    path: path.join(dataDir, 'workspaces', 'relayed.coordina'),
    passphrase: PASSPHRASE,
  });
  expect(reopened).toMatchObject({ ok: true });
  await client.dispose();
  await expect
    .poll(() => children[1]!.exitCode !== null || children[1]!.signalCode !== null)
    .toBe(true);
  expect(await client.dispatch('workspace:status', {})).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL' },
  });
}, 60_000);
