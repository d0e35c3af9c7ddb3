/** The audit log as the chair sees it: changes listed, secrets absent, the chain verified. */
import { expect, test } from './fixtures';
import { PASSPHRASE, addAgency, createWorkspace } from './steps';

test('the audit log lists the changes and verifies its chain', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await addAgency(page, {
    name: 'Labour Inspectorate',
    acronym: 'LI',
    kind: 'Labour inspection',
    pillar: 'Prevention',
    role: 'Lead',
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(
    log.getByRole('row', { name: /Agency ‘Labour Inspectorate’ created by / }),
  ).toHaveCount(1);
  const created = log.getByRole('row', { name: /Workspace created by / });
  await expect(created).toHaveCount(1);
  await expect(log).not.toContainText(PASSPHRASE);
  // The passphrase is not in the entry's recorded data either (its details drawer).
  await created.getByRole('button', { name: /Details of entry/ }).click();
  const json = page.getByRole('dialog').getByTestId('audit-entry-json');
  await expect(json).toContainText('[not recorded]');
  await expect(json).not.toContainText(PASSPHRASE);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(
    'The audit log is intact: 2 entries checked.',
  );
});
