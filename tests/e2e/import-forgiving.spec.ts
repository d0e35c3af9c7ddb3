/**
 * The forgiving agency import, as a secretariat meets it with a real register: a "Pillar lead"
 * / "Pillar support" column listing several pillars, one row whose kind is unknown (skipped,
 * and listed with its reason in the downloadable error report) and one whose e-mail is wrong
 * (corrected in the preview). Only the valid rows reach the register.
 */
import fs from 'node:fs/promises';
import { expect, test } from './fixtures';
import { createWorkspace } from './steps';

const CSV = [
  'Agency,Acronym,Type,Pillar lead,Pillar support,E-mail,Focal point',
  'Ministry of Labour,MOL,Ministry,Prevention; Protection,P3,ama@labour.example.org,Ama Mensah',
  'Harbour Authority,HA,Spaceship,,,,',
  'Border Police,BP,Law enforcement,3,"1, 2",not-an-email,Kojo Quaye',
  'Legal Aid Clinic,LAC,NGO,,Protección,,',
].join('\n');

test('skip an invalid row, fix a cell in the preview, download the error report', async ({
  page,
  host,
}) => {
  test.slow(); // three previews and a commit, each waiting on the core
  await createWorkspace(page, host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'register.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV),
  });
  await page.getByRole('button', { name: 'Next' }).click();
  // The list columns are recognised by their headers.
  await expect(page.getByRole('combobox', { name: 'Pillars led (list)', exact: true })).toHaveValue(
    'Pillar lead',
  );
  await expect(
    page.getByRole('combobox', { name: 'Pillars supported (list)', exact: true }),
  ).toHaveValue('Pillar support');
  await page.getByRole('button', { name: 'Next' }).click();

  // Two rows with errors: the import goes on without them.
  const rows = page.getByRole('table', { name: 'Rows of the file' });
  await expect(page.getByRole('button', { name: 'Import 2 agencies, skip 2' })).toBeEnabled();
  await expect(rows.getByText('The file has no data rows.')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/import-forgiving-preview.png', fullPage: true });

  // Correct the e-mail of row 4 in place: the row is checked again and becomes ready.
  await rows.getByRole('button', { name: /^Correct Focal point email in row 4: / }).click();
  const box = rows.getByRole('textbox', { name: 'Correct Focal point email in row 4' });
  await expect(box).toHaveValue('not-an-email');
  await box.fill('kojo.quaye@police.example.org');
  await box.press('Enter');
  await expect(page.getByRole('button', { name: 'Import 3 agencies, skip 1' })).toBeEnabled();

  // The error report lists the skipped row, its columns and the reason.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the error report (1 skipped row)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('agency-import-errors.csv');
  try {
    const text = (await fs.readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')).toEqual([
      'Row,Agency,Acronym,Type,Pillar lead,Pillar support,E-mail,Focal point,Reason',
      '3,Harbour Authority,HA,Spaceship,,,,,Kind: “Spaceship” is not a value Coordina knows',
    ]);
  } finally {
    await download.delete();
  }

  await page.getByRole('button', { name: 'Import 3 agencies, skip 1' }).click();
  await expect(page.getByText('Imported 3 agencies and 2 focal points')).toBeVisible();

  // Exactly the valid rows are in the register.
  const table = page.getByRole('table', { name: 'Agencies' });
  await expect(table.getByRole('link', { name: 'Ministry of Labour' })).toBeVisible();
  const names = await table.getByRole('link').allInnerTexts();
  expect(names.map((n) => n.trim()).sort()).toEqual([
    'Border Police',
    'Legal Aid Clinic',
    'Ministry of Labour',
  ]);
});
