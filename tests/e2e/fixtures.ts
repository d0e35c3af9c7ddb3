/**
 * Playwright fixtures: a fresh browser host (real core, own data folder) for each test. The
 * data folders and host logs live in the run folder that the global teardown scans for leaks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startHostProcess, type RunningHost } from '../fixtures/hostProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';
import { RUN_ROOT_ENV } from './leakScan';

export const test = base.extend<{ host: RunningHost & { dataDir: string } }>({
  host: async ({}, use, testInfo) => {
    const root = process.env[RUN_ROOT_ENV];
    const dataDir = root ? fs.mkdtempSync(path.join(root, 'data-')) : makeTempDir('coordina-e2e-');
    const logFile = root ? path.join(root, 'logs', `host-${testInfo.testId}.log`) : undefined;
    const host = await startHostProcess(dataDir, [], logFile);
    await use({ ...host, dataDir });
    await host.stop();
    if (!root) removeDir(dataDir);
  },
});

export { expect } from '@playwright/test';
