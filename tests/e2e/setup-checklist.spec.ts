/**
 * A new workspace's first steps: the dashboard's setup checklist, a body created from it, its
 * first meeting scheduled from the body's page (the body preselected), and the checklist
 * ticking those steps from the data — then hidden on request.
 */
import { expect, test } from './fixtures';
import { api } from './seed';
import { createWorkspace, pickOption } from './steps';

test('the setup checklist leads from a new workspace to its first meeting', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const checklist = page.getByRole('region', { name: 'Set up your task force' });
  await expect(checklist).toBeVisible();
  await expect(checklist).toContainText('0 of 5 steps done');
  for (const step of ['settings', 'agencies', 'body', 'meeting', 'invitation']) {
    await expect(checklist.getByTestId(`setup-step-${step}`)).toHaveAttribute('data-done', 'false');
  }
  await expect(page.getByRole('heading', { name: 'Nothing to track yet' })).toHaveCount(0);

  // Agencies registered meanwhile tick their step (the checklist reads the data).
  for (const [name, acronym] of [
    ['Anti-Trafficking Secretariat', 'ATS'],
    ['Regional Police Command', 'RPC'],
  ]) {
    await api(host, 'agencies:create', { name, acronym, kind: 'ministry' });
  }
  await expect(checklist.getByTestId('setup-step-agencies')).toHaveAttribute('data-done', 'true');
  await expect(checklist).toContainText('1 of 5 steps done');
  await page.screenshot({ path: test.info().outputPath('dashboard-checklist.png') });

  // The body, created from the checklist.
  await checklist.getByRole('button', { name: 'Create a body' }).click();
  const bodyDialog = page.getByRole('dialog', { name: 'New body' });
  await bodyDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('National Task Force');
  await pickOption(page, bodyDialog, 'Kind', 'National task force');
  const members = bodyDialog.getByRole('combobox', { name: 'Member agencies' });
  for (const name of ['Anti-Trafficking Secretariat', 'Regional Police Command']) {
    await members.click();
    await members.fill(name);
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }
  await page.keyboard.press('Escape');
  await bodyDialog.getByRole('button', { name: 'Create body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'National Task Force' })).toBeVisible();

  // Its first meeting, scheduled from the body's page with the body already chosen.
  const meetings = page.getByRole('region', { name: 'Meetings (0)' });
  await expect(meetings).toContainText('No meetings yet');
  await meetings.getByRole('button', { name: 'Schedule a meeting' }).click();
  const meetingDialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(
    meetingDialog.getByRole('combobox', { name: 'Coordination body', exact: true }),
  ).toHaveValue('National Task Force');
  await meetingDialog.getByRole('textbox', { name: 'Date', exact: true }).fill('2031-03-04');
  await meetingDialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1st meeting' })).toBeVisible();

  // The body's page lists it: number, date, status, a link to it.
  await page.goBack();
  const listed = page.getByRole('region', { name: 'Meetings (1)' });
  const row = listed.getByRole('row', { name: /1st meeting/ });
  await expect(row.getByRole('cell').first()).toHaveText('1');
  await expect(row).toContainText('Draft');
  await expect(row.getByRole('link', { name: '1st meeting' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('body-page.png'), fullPage: true });

  // Back on the dashboard the checklist has ticked the body and the meeting.
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(checklist).toContainText('3 of 5 steps done');
  for (const [step, done] of [
    ['settings', 'false'],
    ['agencies', 'true'],
    ['body', 'true'],
    ['meeting', 'true'],
    ['invitation', 'false'],
  ]) {
    await expect(checklist.getByTestId(`setup-step-${step}`)).toHaveAttribute('data-done', done!);
  }
  await expect(checklist.getByRole('link', { name: 'Open the meeting' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('dashboard-ticked.png'), fullPage: true });

  // Hidden on request: the dashboard's own empty state takes its place.
  await checklist.getByRole('button', { name: 'Hide the setup checklist' }).click();
  await expect(checklist).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Nothing to track yet' })).toBeVisible();
});
