/**
 * Attendance in seconds: everyone present on one meeting, two exceptions (an alternate picked
 * from the agency's focal points, apologies), then "Copy from the last meeting" on the next
 * meeting of the same body gives the same statuses and names.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { createWorkspace } from './steps';

const ATS = 'Anti-Trafficking Secretariat (ATS)';
const RPC = 'Regional Police Command (RPC)';
const SHS = 'Safe Haven Shelter (SHS)';

const statusOf = (page: Page, agency: string) =>
  page.getByRole('radiogroup', { name: `Attendance of ${agency}` });

async function openAttendance(page: Page, meetingId: string, heading: string) {
  await page.evaluate((h) => (window.location.hash = h), `#/meetings/${meetingId}/attendance`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('copy from the last meeting gives the same attendance', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  const { agencyIds, bodyId } = await seedRegister(host);
  await api(host, 'focalPoints:create', {
    agencyId: agencyIds[1]!,
    name: 'Inspector Dana Reyes',
    title: 'Deputy Commander',
    role: 'alternate',
  });
  const first = await api(host, 'meetings:create', { bodyId, date: '2026-09-01' });
  const second = await api(host, 'meetings:create', { bodyId, date: '2026-10-06' });

  await openAttendance(page, first.id, '1st meeting');
  const quorum = page.getByTestId('meeting-quorum');
  await expect(quorum).toHaveText('No quorum: 0 of 2 needed');
  await expect(page.getByRole('button', { name: 'Copy from the last meeting' })).toBeDisabled();
  await page.getByRole('button', { name: 'Everyone present' }).click();
  await expect(quorum).toHaveText('Quorum reached: 3 of 2 needed');
  for (const agency of [ATS, RPC, SHS]) {
    await expect(statusOf(page, agency).getByRole('radio', { name: 'Present' })).toBeChecked();
  }
  await statusOf(page, SHS).getByText('Apologies', { exact: true }).click();
  await expect(quorum).toHaveText('Quorum reached: 2 of 2 needed');
  await statusOf(page, RPC).getByText('Alternate', { exact: true }).click();
  await expect(statusOf(page, RPC).getByRole('radio', { name: 'Alternate' })).toBeChecked();
  // "Attended by" offers the agency's focal points.
  const person = page.getByRole('combobox', { name: `Person attending for ${RPC}` });
  await person.click();
  await page.getByRole('option', { name: 'Inspector Dana Reyes, Deputy Commander' }).click();
  await expect(person).toHaveValue('Inspector Dana Reyes, Deputy Commander');
  await person.blur();

  // The next meeting takes the same attendance in one click.
  await openAttendance(page, second.id, '2nd meeting');
  await expect(quorum).toHaveText('No quorum: 0 of 2 needed');
  await page.getByRole('button', { name: 'Copy from the last meeting' }).click();
  await expect(quorum).toHaveText('Quorum reached: 2 of 2 needed');
  for (const [agency, status] of [
    [ATS, 'Present'],
    [RPC, 'Alternate'],
    [SHS, 'Apologies'],
  ] as const) {
    await expect(statusOf(page, agency).getByRole('radio', { name: status })).toBeChecked();
  }
  await expect(page.getByRole('combobox', { name: `Person attending for ${RPC}` })).toHaveValue(
    'Inspector Dana Reyes, Deputy Commander',
  );
  await page.screenshot({ path: test.info().outputPath('attendance.png'), fullPage: true });

  // Copying again over recorded attendance asks first.
  await statusOf(page, ATS).getByText('Absent', { exact: true }).click();
  await expect(quorum).toHaveText('No quorum: 1 of 2 needed');
  await page.getByRole('button', { name: 'Copy from the last meeting' }).click();
  const confirm = page.getByRole('dialog', { name: 'Copy the attendance of the last meeting?' });
  await confirm.getByRole('button', { name: 'Copy attendance' }).click();
  await expect(confirm).toBeHidden();
  await expect(statusOf(page, ATS).getByRole('radio', { name: 'Present' })).toBeChecked();

  // Once the first meeting's minutes are approved, its statuses read as badges, unchangeable.
  for (const status of ['agenda_circulated', 'held', 'minutes_drafted', 'minutes_approved']) {
    await api(host, 'meetings:setStatus', { id: first.id, status });
  }
  await openAttendance(page, first.id, '1st meeting');
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Everyone present' })).toHaveCount(0);
  for (const [agency, status] of [
    ['Anti-Trafficking Secretariat', 'Present'],
    ['Regional Police Command', 'Alternate'],
    ['Safe Haven Shelter', 'Apologies'],
  ] as const) {
    await expect(
      page.getByRole('row', { name: new RegExp(`^${agency}`) }).getByTestId('attendance-status'),
    ).toHaveText(status);
  }
  await expect(page.getByRole('row', { name: /^Regional Police Command/ })).toContainText(
    'Inspector Dana Reyes, Deputy Commander',
  );
  await page.screenshot({ path: test.info().outputPath('attendance-locked.png'), fullPage: true });
});
