/**
 * An agenda longer than the meeting's planned time is flagged, not hidden: the header keeps
 * the planned hours and the agenda warns by how much it runs over.
 */
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { createWorkspace } from './steps';

test('an agenda that runs past the planned end warns instead of moving the end', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { bodyId } = await seedRegister(host);
  const meeting = await api(host, 'meetings:create', {
    bodyId,
    date: '2026-03-10',
    startTime: '09:30',
    durationMinutes: 60,
    templateId: null,
  });
  await api(host, 'agenda:addItem', { meetingId: meeting.id, title: 'Opening', minutes: 40 });
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  await expect(page.getByTestId('agenda-item')).toHaveCount(1);
  await expect(page.getByTestId('agenda-overrun')).toHaveCount(0);

  // A second item brings the agenda to 75 minutes of a planned 60.
  await page.getByRole('button', { name: 'Add item', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an agenda item' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Partner updates');
  await dialog.getByRole('textbox', { name: 'Minutes allocated', exact: true }).fill('35');
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(dialog).toBeHidden();
  const warning = page.getByTestId('agenda-overrun');
  await expect(warning).toContainText('The agenda runs 15 minutes over the planned time');
  await expect(warning).toContainText('planned to end at 10:30');
  await expect(warning).toContainText('would end at 10:45');
  await expect(page.getByText('09:30–10:30')).toBeVisible();
});
