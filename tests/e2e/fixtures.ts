/** Playwright fixtures: a fresh browser host (real core, own data folder) for each test. */
import { test as base } from '@playwright/test';
import { startHostProcess, type RunningHost } from '../fixtures/hostProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

export const test = base.extend<{ host: RunningHost & { dataDir: string } }>({
  host: async ({}, use) => {
    const dataDir = makeTempDir('coordina-e2e-');
    const host = await startHostProcess(dataDir);
    await use({ ...host, dataDir });
    await host.stop();
    removeDir(dataDir);
  },
});

export { expect } from '@playwright/test';
