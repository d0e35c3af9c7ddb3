/**
 * The large demo workspace (10 years, 1,000 agencies, 20,000 actions, 5,000 cases), generated once per
 * `npm run bench` and shared by the benchmark files: each file runs in its own worker of the
 * same vitest process, so the cache folder is keyed by that process (the workers' parent).
 * Folders left by earlier runs whose process is gone are removed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeWorkspaceDataSource, rawConnection } from '../../electron/core/db/dataSource';
import { openWorkspaceDataSource } from '../../electron/core/db/dataSource';
import { asWritable } from '../../electron/core/db/sql';
import { generateDemoData } from '../../electron/core/demo/generator';
import { insertSettings, defaultSettings } from '../../electron/core/workspace/settingsRepository';
import { STRONG_PASSPHRASE } from '../fixtures/core';

export const LARGE_TODAY = '2026-06-15';
export const LARGE_SEED = 2026;
export const LARGE_PASSPHRASE = STRONG_PASSPHRASE;
const PREFIX = 'coordina-bench-';

export interface LargeWorkspace {
  /** The encrypted workspace file (closed; open a copy if you write to it). */
  file: string;
  folder: string;
  /** How long generating it took, in ms (0 when it came from the cache). */
  generateMs: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function removeStaleFolders(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(name.slice(PREFIX.length));
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && !alive(pid)) {
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
}

export async function largeWorkspace(): Promise<LargeWorkspace> {
  const folder = path.join(os.tmpdir(), `${PREFIX}${process.ppid}`);
  const file = path.join(folder, 'large.coordina');
  if (fs.existsSync(path.join(folder, 'ready'))) return { file, folder, generateMs: 0 };
  removeStaleFolders();
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const started = performance.now();
  const dataSource = await openWorkspaceDataSource(file, LARGE_PASSPHRASE, 'create');
  await insertSettings(
    asWritable(dataSource.manager),
    defaultSettings('National Task Force (benchmark)'),
    new Date(`${LARGE_TODAY}T08:00:00Z`),
  );
  generateDemoData(rawConnection(dataSource), {
    size: 'large',
    seed: LARGE_SEED,
    today: LARGE_TODAY,
  });
  await closeWorkspaceDataSource(dataSource);
  const generateMs = performance.now() - started;
  fs.writeFileSync(path.join(folder, 'ready'), String(generateMs));
  return { file, folder, generateMs };
}

/** A fresh copy of the large workspace (for workloads that write). */
export function copyOfLarge(large: LargeWorkspace, name: string): string {
  const target = path.join(large.folder, name);
  fs.copyFileSync(large.file, target);
  return target;
}
