/**
 * The demo task force: opened from the welcome screen (its passphrase shown there), it shows
 * a dashboard with open and overdue actions and a year of meetings; `--demo` opens it at start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startHostProcess } from '../fixtures/hostProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';
import { expect, test } from './fixtures';
import { RUN_ROOT_ENV } from './leakScan';

const DEMO_NAME = /Demo — National Task Force/;

test('opens the demo task force from the welcome screen', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('demo-passphrase')).toHaveText(/\S{12,}/);
  await page.getByRole('button', { name: 'Open the demo task force' }).click();
  await expect(page.getByTestId('task-force-name')).toHaveText(DEMO_NAME);
  await expect(page.getByText(/Passphrase: \S+/)).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await expect(page.getByText(/^\d+th meeting$/).first()).toBeVisible();
  await page.getByText('Past', { exact: true }).click();
  await expect(page.getByText('Minutes approved').first()).toBeVisible();
});

test('start:browser --demo opens the demo straight away', async ({ page }) => {
  // In the run folder (when there is one), so the leak scan reads this host's files too.
  const root = process.env[RUN_ROOT_ENV];
  const dataDir = root ? fs.mkdtempSync(path.join(root, 'data-')) : makeTempDir('coordina-e2e-');
  const logFile = root ? path.join(root, 'logs', 'host-demo.log') : undefined;
  const host = await startHostProcess(dataDir, ['--demo'], logFile);
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('task-force-name')).toHaveText(DEMO_NAME);
  } finally {
    await host.stop();
    if (!root) removeDir(dataDir);
  }
});
