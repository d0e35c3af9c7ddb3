/**
 * A new secretariat builds its register: three agencies and a focal point by hand, 30 more
 * from a CSV, a pillar filter, the who-does-what matrix, and a task force with members.
 */
import path from 'node:path';
import { expect, test } from './fixtures';
import { addAgency, createWorkspace, pickOption } from './steps';

const CSV = path.resolve(__dirname, '../fixtures/agencies-30.csv');

test('build the agency register by hand and by import, filter, see the matrix, create a task force', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);

  // Empty state first.
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No agencies registered yet' })).toBeVisible();

  await addAgency(page, {
    name: 'Anti-Trafficking Secretariat',
    acronym: 'ATS',
    kind: 'Ministry',
    pillar: 'Partnership',
    role: 'Lead',
  });
  await addAgency(page, {
    name: 'Regional Police Command',
    acronym: 'RPC',
    kind: 'Law enforcement',
    pillar: 'Prosecution',
    role: 'Support',
  });
  await addAgency(page, {
    name: 'Safe Haven Shelter',
    acronym: 'SHS',
    kind: 'NGO',
    pillar: 'Protection',
    role: 'Lead',
  });

  // A focal point for the shelter (its page is open after saving).
  await page.getByRole('button', { name: 'Add focal point' }).click();
  const fpDialog = page.getByRole('dialog', { name: 'Add focal point' });
  await fpDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Akosua Boateng');
  await fpDialog
    .getByRole('textbox', { name: 'Email', exact: true })
    .fill('akosua.boateng@shelter.example.org');
  await fpDialog.getByRole('textbox', { name: 'Phone', exact: true }).fill('+233 24 412 3456');
  await fpDialog.getByRole('button', { name: 'Save focal point' }).click();
  await expect(page.getByRole('article', { name: 'Akosua Boateng' })).toBeVisible();

  // Import 30 more from the CSV fixture.
  await page.getByRole('link', { name: 'Back to agencies' }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import agencies' })).toBeVisible();
  await page.getByTestId('import-file-input').setInputFiles(CSV);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('combobox', { name: 'Name', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Import 30 agencies' }).click();
  await expect(page.getByText('Imported 30 agencies and 30 focal points')).toBeVisible();

  // 33 agencies now; filter by pillar.
  const table = page.getByRole('table', { name: 'Agencies' });
  await expect(table.getByRole('link', { name: 'Safe Haven Shelter' })).toBeVisible();
  await pickOption(page, page.getByRole('tabpanel', { name: 'Register' }), 'Pillar', 'Partnership');
  await page.keyboard.press('Escape');
  await expect(table.getByRole('link', { name: 'Anti-Trafficking Secretariat' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Ministry of Foreign Affairs' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Safe Haven Shelter' })).toHaveCount(0);
  await expect(table.getByRole('link', { name: 'Regional Police Command' })).toHaveCount(0);

  // The who-does-what matrix.
  await page.getByRole('tab', { name: 'Who does what' }).click();
  const matrix = page.getByRole('table', { name: 'Who does what' });
  await expect(matrix).toBeVisible();
  const shelterRow = matrix.getByRole('row', { name: /Safe Haven Shelter/ });
  await expect(shelterRow).toContainText('Lead');
  await expect(matrix.getByRole('row', { name: /National Police Service/ })).toContainText('Lead');

  // A national task force with members.
  await page.getByRole('navigation').getByRole('link', { name: 'Bodies', exact: true }).click();
  await page.getByRole('button', { name: 'New body' }).first().click();
  const bodyDialog = page.getByRole('dialog', { name: 'New body' });
  await bodyDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('National Task Force');
  await pickOption(page, bodyDialog, 'Kind', 'National task force');
  await pickOption(page, bodyDialog, 'Chair agency', /^Anti-Trafficking Secretariat/);
  const members = bodyDialog.getByRole('combobox', { name: 'Member agencies' });
  for (const name of [
    'Anti-Trafficking Secretariat',
    'Regional Police Command',
    'Safe Haven Shelter',
    'Immigration Service',
  ]) {
    await members.click();
    await members.fill(name);
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }
  await page.keyboard.press('Escape');
  await bodyDialog.getByRole('button', { name: 'Create body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'National Task Force' })).toBeVisible();
  await expect(page.getByTestId('quorum-summary')).toContainText('Majority (3 of 4)');
  await page.getByRole('button', { name: 'Remove Immigration Service' }).click();
  await expect(page.getByTestId('quorum-summary')).toContainText('Majority (2 of 3)');
});
