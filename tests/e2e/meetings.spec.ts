/**
 * The meeting cycle as a secretariat runs it: a monthly meeting prepared from the
 * template, attendance with the live quorum, notes with a bullet list that survive a reload,
 * two numbered decisions, the workflow up to approved minutes, and the lock that follows.
 */
import type { Page } from '@playwright/test';
import { rpcCall } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { seedRegister } from './seed';
import { createWorkspace, pickOption } from './steps';

/**
 * The 15th of last month, as the date input takes it: a meeting that has taken place, so that it
 * can be marked held and its minutes approved today (a future one cannot).
 */
function lastMonthlyDate(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 1, 15));
  return d.toISOString().slice(0, 10);
}

async function recordDecision(page: Page, item: string, text: string) {
  await page.getByRole('button', { name: 'Record decision' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a decision' });
  await pickOption(page, dialog, 'Agenda item', item);
  await dialog.getByRole('textbox', { name: 'Decision', exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(dialog).toBeHidden();
}

test('prepare, run and close a monthly meeting; approved minutes are locked', async ({
  page,
  host,
}) => {
  // The whole cycle, including the agenda's distribution (Word, .ics and .eml built by the core).
  test.slow();
  await createWorkspace(page, host.url);
  await seedRegister(host);
  const date = lastMonthlyDate();
  const year = date.slice(0, 4);

  // No meetings yet; a series preview shows the dates a recurrence gives.
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No meetings yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Create series' }).click();
  const series = page.getByRole('dialog', { name: 'Create a series of meetings' });
  await pickOption(page, series, 'Coordination body', 'National Task Force');
  await expect(page.getByTestId('series-preview').getByRole('listitem')).toHaveCount(6);
  await series.getByRole('button', { name: 'Cancel' }).click();

  // Last month's meeting, recorded with the default agenda.
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await pickOption(page, dialog, 'Coordination body', 'National Task Force');
  await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill(date);
  await dialog.getByRole('textbox', { name: 'Location', exact: true }).fill('Ministry, room 4');
  await expect(
    dialog.getByRole('checkbox', { name: 'Build the agenda from the default template' }),
  ).toBeChecked();
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1st meeting' })).toBeVisible();
  await expect(page.getByTestId('meeting-status')).toHaveText('Draft');
  await expect(page.getByTestId('agenda-item')).toHaveCount(9);
  await expect(page.getByText('Estimated end: 12:00')).toBeVisible();

  // Reorder with the keyboard: the adoption of the agenda moves above the opening.
  // Step by step, as a screen-reader user does: each key after the previous announcement.
  const announced = page.locator('[id^="DndLiveRegion"]');
  const handle = page.getByRole('button', { name: 'Move “Adoption of the agenda”', exact: true });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(announced).toContainText('“Adoption of the agenda” is now at position 1.');
  await page.keyboard.press('Space');
  await expect(announced).toContainText('“Adoption of the agenda” dropped at position 1.');
  const items = page.getByTestId('agenda-item');
  await expect(items.first()).toContainText('1. Adoption of the agenda');
  await expect(items.nth(1)).toContainText('10:05');
  await expect(items.nth(1)).toContainText('2. Opening and welcome');

  // The invitation downloads as an .ics file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download invitation (.ics)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.ics$/);

  // Attendance: the quorum indicator follows each answer.
  await page.getByRole('tab', { name: 'Attendance' }).click();
  const quorum = page.getByTestId('meeting-quorum');
  await expect(quorum).toHaveText('No quorum: 0 of 2 needed');
  await page
    .getByRole('radiogroup', { name: 'Attendance of Anti-Trafficking Secretariat (ATS)' })
    .getByText('Present', { exact: true })
    .click();
  await expect(quorum).toHaveText('No quorum: 1 of 2 needed');
  await page
    .getByRole('radiogroup', { name: 'Attendance of Safe Haven Shelter (SHS)' })
    .getByText('Apologies', { exact: true })
    .click();
  await expect(quorum).toHaveText('No quorum: 1 of 2 needed');
  await page
    .getByRole('radiogroup', { name: 'Attendance of Regional Police Command (RPC)' })
    .getByText('Alternate', { exact: true })
    .click();
  await expect(quorum).toHaveText('Quorum reached: 2 of 2 needed');
  const person = page.getByRole('combobox', {
    name: 'Person attending for Regional Police Command (RPC)',
  });
  await person.fill('Deputy Commissioner');
  await person.blur();

  // Notes with a bullet list, autosaved.
  await page.getByRole('tab', { name: 'Minutes' }).click();
  const item = page.getByRole('region', { name: 'Review of action items' });
  const editor = item.getByRole('textbox', { name: 'Notes on “Review of action items”' });
  await editor.click();
  await page.keyboard.type('The task force agreed:');
  await page.keyboard.press('Enter');
  await item.getByRole('button', { name: 'Bullet list' }).click();
  await page.keyboard.type('Police to share referral data');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Shelter to report monthly');
  await expect(item.getByTestId('notes-save-state')).toHaveText('Saved');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Minutes' })).toHaveAttribute('aria-selected', 'true');
  const bullets = page
    .getByRole('region', { name: 'Review of action items' })
    .locator('.ProseMirror ul > li');
  await expect(bullets).toHaveText(['Police to share referral data', 'Shelter to report monthly']);
  await expect(
    page.getByRole('region', { name: 'Review of action items' }).locator('.ProseMirror p').first(),
  ).toHaveText('The task force agreed:');

  // Two numbered decisions.
  await page.getByRole('tab', { name: 'Decisions' }).click();
  await recordDecision(
    page,
    '4. Review of action items',
    'The police will share anonymised referral data every month.',
  );
  await recordDecision(page, '5. National Action Plan progress', 'The NAP review starts in June.');
  const decisions = page.getByRole('table', { name: 'Decisions' });
  await expect(decisions.getByRole('cell', { name: `TF/${year}/01`, exact: true })).toBeVisible();
  await expect(decisions.getByRole('cell', { name: `TF/${year}/02`, exact: true })).toBeVisible();

  // The workflow, one step at a time; approval asks first.
  await page.getByRole('button', { name: 'Circulate agenda' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Agenda circulated');
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Held');
  await page.getByRole('button', { name: 'Mark minutes drafted' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Minutes drafted');
  await page.getByRole('button', { name: 'Approve minutes' }).click();
  await page
    .getByRole('dialog', { name: 'Approve the minutes?' })
    .getByRole('button', { name: 'Approve and lock' })
    .click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Minutes approved');
  await expect(page.getByText('Minutes approved — locked')).toBeVisible();

  // Locked: no edit control works any more, the editor is read-only.
  await expect(page.getByRole('button', { name: 'Record decision' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Back to “/ })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  const lockedEditor = page
    .getByRole('region', { name: 'Review of action items' })
    .getByRole('textbox', { name: 'Notes on “Review of action items”' });
  await expect(lockedEditor).toHaveAttribute('contenteditable', 'false');
  await expect(
    page.getByRole('region', { name: 'Review of action items' }).getByRole('button', {
      name: 'Bullet list',
    }),
  ).toBeDisabled();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByRole('button', { name: 'Add item' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Remove “Opening and welcome”' })).toBeDisabled();
  await page.getByRole('tab', { name: 'Attendance' }).click();
  // Locked: each agency's recorded status reads as a badge, with nothing left to change.
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expect(
    page.getByRole('row', { name: /Safe Haven Shelter/ }).getByTestId('attendance-status'),
  ).toHaveText('Apologies');

  // The core refuses a direct edit too.
  const { body } = await rpcCall(host, 'decisions:list', {});
  const first = (body.result as { items: { id: string }[] }).items[0]!;
  const refused = await rpcCall(host, 'decisions:update', {
    id: first.id,
    patch: { text: 'Changed afterwards' },
  });
  expect((refused.body.error as { code: string }).code).toBe('LOCKED_RECORD');

  // A corrigendum is the only change allowed, and it is listed under the banner.
  await page.getByRole('button', { name: 'Add corrigendum' }).click();
  const corrigendum = page.getByRole('dialog', { name: 'Add a corrigendum' });
  await corrigendum
    .getByRole('textbox', { name: 'Correction', exact: true })
    .fill('Item 4: “monthly” should read “quarterly”.');
  await corrigendum.getByRole('button', { name: 'Add corrigendum' }).click();
  await expect(page.getByRole('list', { name: 'Corrigenda' })).toContainText(
    '“monthly” should read “quarterly”',
  );

  // The decision register lists both decisions with a link to the meeting.
  await page.getByRole('navigation').getByRole('link', { name: 'Decisions', exact: true }).click();
  const register = page.getByRole('table', { name: 'Decision register' });
  await expect(register.getByRole('row')).toHaveCount(3);
  await page.getByRole('textbox', { name: 'Search' }).fill('NAP review');
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register.getByRole('cell', { name: `TF/${year}/02`, exact: true })).toBeVisible();
  await register.getByRole('link', { name: '1st meeting' }).click();
  await expect(page.getByRole('tab', { name: 'Decisions' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
