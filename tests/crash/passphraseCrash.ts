/**
 * A SIGKILL at a chosen point of workspace:changePassphrase, found from the files the change
 * touches rather than from timing. The core re-encrypts a copy beside the workspace
 * (`<file>.rekey-tmp`) and renames it over the file:
 * - 'copy': at the first sign of that copy, while it is written, rekeyed and given its audit
 *   entry; retried until the kill leaves the copy behind (it landed before the rename);
 * - 'swap': as soon as the copy is gone (renamed over the file), before the response.
 * A core that rekeys the workspace in place makes no copy, so no kill lands and the attempt
 * fails: these phases exist only for a change that cannot lose the workspace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { rawConnection } from '../../electron/core/db/dataSource';
import { rekeyCopyPath } from '../../electron/core/workspace/rekeyedCopy';
import { rpcCall, startHostProcess } from '../fixtures/hostProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';
import { PASSPHRASES, WORKSPACE } from './crashModel';
import { leftoverRekeyCopyProblem, workspaceFile } from './crashRun';

export type PassphraseCrashPhase = 'copy' | 'swap';

export interface PassphraseCrash {
  /** Which passphrase opens the workspace after the kill. */
  opensWith: 'old' | 'new' | 'neither';
  /** Audit entries for workspace:changePassphrase in the reopened workspace. */
  auditEntries: number;
  integrity: string | null;
  /** What was wrong with the copy found beside the workspace right after the kill. */
  leftoverProblem: string | null;
  /** Whether a copy was still there after the workspace was opened again. */
  leftoverAfterOpen: boolean;
}

const ATTEMPTS = 8;

export async function killDuringPassphraseChange(
  phase: PassphraseCrashPhase,
): Promise<PassphraseCrash> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const dataDir = makeTempDir('coordina-rekey-crash-');
    try {
      const outcome = await passphraseCrashAttempt(dataDir, phase);
      if (outcome) return outcome;
    } finally {
      removeDir(dataDir);
    }
  }
  throw new Error(
    `no kill landed in the ${phase} phase of a passphrase change in ${ATTEMPTS} attempts`,
  );
}

/** Starts the host, makes a workspace, and kills the host at the phase; false: missed it. */
async function killAtPhase(dataDir: string, phase: PassphraseCrashPhase): Promise<boolean> {
  const [oldPassphrase, newPassphrase] = PASSPHRASES as [string, string];
  const file = workspaceFile(dataDir);
  const copy = rekeyCopyPath(file);
  const host = await startHostProcess(dataDir);
  let landed = false;
  try {
    const created = await rpcCall(host, 'workspace:create', {
      path: WORKSPACE,
      passphrase: oldPassphrase,
      passphraseConfirm: oldPassphrase,
      settings: { taskForceName: 'Rekey Crash Task Force' },
    });
    if (created.body.ok !== true) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
    const exited = new Promise<void>((resolve) => host.child.once('exit', () => resolve()));
    let sawCopy = false;
    const watcher = fs.watch(path.dirname(file), () => {
      const copyExists = fs.existsSync(copy);
      if (copyExists) sawCopy = true;
      const now = phase === 'copy' ? copyExists : sawCopy && !copyExists;
      if (now && !landed) {
        landed = true;
        host.child.kill('SIGKILL');
      }
    });
    try {
      const response = await rpcCall(host, 'workspace:changePassphrase', {
        currentPassphrase: oldPassphrase,
        newPassphrase,
        newPassphraseConfirm: newPassphrase,
      });
      if (response.body.ok !== true) {
        throw new Error(`changePassphrase failed: ${JSON.stringify(response.body)}`);
      }
      landed = false; // answered: the kill came too late
    } catch (error) {
      if (!landed) throw error;
    } finally {
      watcher.close();
    }
    host.child.kill('SIGKILL');
    await exited;
  } finally {
    if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill('SIGKILL');
  }
  return landed && (phase === 'swap' || fs.existsSync(copy));
}

async function passphraseCrashAttempt(
  dataDir: string,
  phase: PassphraseCrashPhase,
): Promise<PassphraseCrash | null> {
  if (!(await killAtPhase(dataDir, phase))) return null;
  const leftoverProblem = leftoverRekeyCopyProblem(dataDir);
  const copy = rekeyCopyPath(workspaceFile(dataDir));
  const [oldPassphrase, newPassphrase] = PASSPHRASES as [string, string];
  const core = createCore({ dataDir, onInternalError: () => undefined });
  try {
    for (const [label, passphrase] of [
      ['old', oldPassphrase],
      ['new', newPassphrase],
    ] as const) {
      const opened = await core.dispatch('workspace:open', { path: WORKSPACE, passphrase });
      if (!opened.ok) continue;
      const audit = await core.dispatch('audit:list', { channel: 'workspace:changePassphrase' });
      const integrity = rawConnection(core.workspace.dataSource()).pragma('integrity_check', {
        simple: true,
      }) as string;
      return {
        opensWith: label,
        auditEntries: audit.ok ? (audit.result as { total: number }).total : -1,
        integrity,
        leftoverProblem,
        leftoverAfterOpen: fs.existsSync(copy),
      };
    }
    return {
      opensWith: 'neither',
      auditEntries: -1,
      integrity: null,
      leftoverProblem,
      leftoverAfterOpen: fs.existsSync(copy),
    };
  } finally {
    await core.dispose();
  }
}
