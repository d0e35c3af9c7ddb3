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
  await expect(log.getByRole('row', { name: /Agency created/ })).toContainText(
    'Labour Inspectorate',
  );
  await expect(log.getByRole('row', { name: /Workspace created/ })).toContainText('not recorded');
  await expect(log).not.toContainText(PASSPHRASE);
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByTestId('audit-verify-result')).toContainText(
    'The audit log is intact: 2 entries checked.',
  );
});
