/** Steps shared by the end-to-end tests: the user's way into a workspace and the register. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const PASSPHRASE = 'amber-lantern-orchid-vessel-42';

export async function createWorkspace(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('textbox', { name: 'Task force name', exact: true })
    .fill('Register Task Force');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Confirm passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('task-force-name')).toHaveText('Register Task Force');
}

/** Opens a Mantine Select/MultiSelect inside `scope` and picks an option (options live in a portal). */
export async function pickOption(
  page: Page,
  scope: Locator,
  field: string,
  option: string | RegExp,
) {
  await scope.getByRole('combobox', { name: field, exact: true }).click();
  await page
    .getByRole(
      'option',
      typeof option === 'string' ? { name: option, exact: true } : { name: option },
    )
    .click();
}

export async function addAgency(
  page: Page,
  a: { name: string; acronym: string; kind: string; pillar: string; role: 'Lead' | 'Support' },
) {
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  await page
    .getByRole('button', { name: /^Add (the first )?agency$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add agency' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(a.name);
  await dialog.getByRole('textbox', { name: 'Acronym', exact: true }).fill(a.acronym);
  await pickOption(page, dialog, 'Kind', a.kind);
  await dialog
    .getByRole('radiogroup', { name: a.pillar })
    .getByText(a.role, { exact: true })
    .click();
  await dialog.getByRole('button', { name: 'Save agency' }).click();
  await expect(page.getByRole('heading', { level: 1, name: a.name })).toBeVisible();
}
