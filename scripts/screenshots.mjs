#!/usr/bin/env node
// Regenerates the README screenshots (docs/screenshots/*.png) from the built app:
// starts the browser host on a throw-away data folder and walks through the main screens.
// Usage: npm run build && node scripts/screenshots.mjs
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from '@playwright/test';

const OUT = path.resolve('docs/screenshots');
const PASSPHRASE = 'amber-lantern-orchid-vessel-42';
const executablePath =
  process.env.COORDINA_CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coordina-shots-'));
const host = spawn(process.execPath, ['out/main/host.js', '--port', '0', '--data-dir', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const ready = await new Promise((resolve) => {
  readline.createInterface({ input: host.stdout }).on('line', (line) => {
    if (line.startsWith('COORDINA_HOST_READY ')) resolve(JSON.parse(line.slice(20)));
  });
});

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const shot = (name, fullPage = false) =>
  page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
fs.mkdirSync(OUT, { recursive: true });
try {
  await page.goto(ready.url);
  await page
    .getByRole('textbox', { name: 'Task force name', exact: true })
    .fill('National Task Force against Trafficking in Persons');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase', exact: true }).fill(PASSPHRASE);
  await page
    .getByTestId('passphrase-strength')
    .getByText(/strong/i)
    .waitFor();
  await shot('01-create-workspace', true);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByTestId('task-force-name').waitFor();
  await shot('02-dashboard');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Save settings' }).waitFor();
  await shot('03-settings');

  // The agency register, filled from the CSV fixture.
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-file-input').setInputFiles('tests/fixtures/agencies-30.csv');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('combobox', { name: 'Name', exact: true }).waitFor();
  await shot('06-import-mapping');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Import 30 agencies' }).waitFor();
  await shot('07-import-preview');
  await page.getByRole('button', { name: 'Import 30 agencies' }).click();
  await page
    .getByRole('table', { name: 'Agencies' })
    .getByRole('link', { name: 'Immigration Service' })
    .waitFor();
  await shot('08-agencies');
  await page.getByRole('tab', { name: 'Who does what' }).click();
  await page.getByRole('table', { name: 'Who does what' }).waitFor();
  await shot('09-who-does-what');
  await page.getByRole('tab', { name: 'Register' }).click();
  await page
    .getByRole('table', { name: 'Agencies' })
    .getByRole('link', { name: 'National Police Service' })
    .click();
  await page.getByRole('button', { name: 'Add focal point' }).waitFor();
  await shot('10-agency-detail');
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Reuniones', exact: true }).click();
  await page.getByRole('button', { name: /tema/i }).click();
  await page.waitForTimeout(300);
  await shot('04-meetings-es-dark');
  await page.getByRole('button', { name: /bloquear/i }).click();
  await page.getByRole('textbox').first().waitFor();
  await shot('05-locked-es-dark');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`screenshots written to ${OUT}`);
