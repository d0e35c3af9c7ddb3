/**
 * The country picker: typing a country's name finds it (Nigeria is NG, not Nicaragua's NI, as
 * the old two-letter box stored it), in the UI language, and the alpha-2 code is stored.
 */
import { expect, test } from './fixtures';
import { createWorkspace } from './steps';

test('choose a foreign counterpart’s country by its name', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  await page
    .getByRole('button', { name: /^Add (the first )?agency$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add agency' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Nigeria Police Force');
  await dialog.getByRole('combobox', { name: 'Kind', exact: true }).click();
  await page.getByRole('option', { name: 'Foreign counterpart', exact: true }).click();
  const country = dialog.getByRole('combobox', { name: 'Country', exact: true });
  await country.fill('Nigeria');
  await expect(page.getByRole('option')).toHaveText(['Nigeria']);
  await page.getByRole('option', { name: 'Nigeria', exact: true }).click();
  await dialog.getByRole('button', { name: 'Save agency' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nigeria Police Force' })).toBeVisible();
  await expect(page.getByTitle('NG', { exact: true })).toHaveText('Nigeria');

  // The code finds the country too; the saved value is shown when the form opens again.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit agency' });
  await expect(edit.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue('Nigeria');
  await edit.getByRole('combobox', { name: 'Country', exact: true }).fill('sn');
  await expect(page.getByRole('option').first()).toHaveText('Senegal');
});
