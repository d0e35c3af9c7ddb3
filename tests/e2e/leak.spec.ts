/**
 * Writes the run's leak marker through the UI into the places content lives (workspace name,
 * agency name and notes, focal point, letterhead); the global teardown then proves that none
 * of it is readable on disk.
 */
import { MARKER_ENV } from './leakScan';
import { expect, test } from './fixtures';
import { addAgency, createWorkspace } from './steps';

test('content typed in the UI is never written in plaintext', async ({ page, host }) => {
  const marker = process.env[MARKER_ENV];
  expect(marker, 'the global setup sets the marker').toBeTruthy();
  await createWorkspace(page, host.url);
  await addAgency(page, {
    name: `${marker} Shelter`,
    acronym: 'MS',
    kind: 'NGO',
    pillar: 'Protection',
    role: 'Lead',
  });
  await page.getByRole('button', { name: 'Add focal point' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add focal point' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(`${marker} Person`);
  await dialog.getByRole('button', { name: 'Save focal point' }).click();
  await expect(page.getByRole('article', { name: `${marker} Person` })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await page
    .getByRole('textbox', { name: 'Letterhead text', exact: true })
    .fill(`${marker} Letterhead`);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  // Lock: a backup is written too, and must be just as unreadable.
  await page.getByRole('button', { name: 'Lock workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace locked' })).toBeVisible();
});
