/** A new user's first minutes with Coordina, in Chromium against the real core. */
import { expect, test } from './fixtures';

const PASSPHRASE = 'amber-lantern-orchid-vessel-42';

test('create a workspace, name it, switch to Spanish and back, lock, unlock', async ({
  page,
  host,
}) => {
  await page.goto(host.url);

  // Create
  await page
    .getByRole('textbox', { name: 'Task force name', exact: true })
    .fill('Interagency Task Force');
  await expect(page.getByRole('textbox', { name: 'File name', exact: true })).toHaveValue(
    'interagency-task-force',
  );
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase', exact: true }).fill(PASSPHRASE);
  await expect(page.getByTestId('passphrase-strength')).toContainText(/strong/i);
  await page.getByRole('button', { name: 'Create workspace' }).click();

  // The shell, with every module reachable and an empty state rather than a placeholder.
  const nav = page.getByRole('navigation');
  for (const name of [
    'Dashboard',
    'Meetings',
    'Actions',
    'Agencies',
    'Cases',
    'NAP',
    'Search',
    'Settings',
  ]) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByTestId('task-force-name')).toHaveText('Interagency Task Force');
  await nav.getByRole('link', { name: 'Meetings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.getByText(/no meetings yet/i)).toBeVisible();

  // Set its name in Settings
  await nav.getByRole('link', { name: 'Settings', exact: true }).click();
  const nameField = page.getByRole('textbox', { name: 'Task force name', exact: true });
  await expect(nameField).toHaveValue('Interagency Task Force');
  await nameField.fill('National Anti-Trafficking Task Force');
  await page
    .getByRole('textbox', { name: 'Classification marking', exact: true })
    .fill('CONFIDENTIAL');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(page.getByTestId('task-force-name')).toHaveText(
    'National Anti-Trafficking Task Force',
  );

  // Spanish and back
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await expect(nav.getByRole('link', { name: 'Reuniones', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Configuración', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'Idioma' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(nav.getByRole('link', { name: 'Meetings', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Lock, then unlock with a wrong and then the right passphrase.
  await page.getByRole('button', { name: 'Lock workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace locked' })).toBeVisible();
  await expect(page.getByText('National Anti-Trafficking Task Force')).toHaveCount(0);
  const unlockField = page.getByRole('textbox', { name: 'Passphrase', exact: true });
  await unlockField.fill('definitely-not-the-passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText(/passphrase/i);
  await expect(page.getByRole('heading', { name: 'Workspace locked' })).toBeVisible();
  await unlockField.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('task-force-name')).toHaveText(
    'National Anti-Trafficking Task Force',
  );

  // The saved settings survived the lock.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(
    page.getByRole('textbox', { name: 'Classification marking', exact: true }),
  ).toHaveValue('CONFIDENTIAL');
});

test('locks itself after the configured inactivity', async ({ page, host }) => {
  await page.clock.install();
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Task force name', exact: true }).fill('Idle Task Force');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('task-force-name')).toHaveText('Idle Task Force');

  await page.clock.fastForward('09:00');
  await expect(page.getByTestId('task-force-name')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: 'Workspace locked' })).toBeVisible();
  const status = await fetch(`${host.rpc}/workspace:status`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(((await status.json()) as { result: { state: string } }).result.state).toBe('locked');
});
