/**
 * The privacy guard as the secretariat meets it (issue 21): personal data typed into a minutes
 * note is highlighted as it is typed, each finding is replaced by its placeholder in one click,
 * and the note saved holds only the placeholders; a guarded plain field (a decision) does the
 * same; a sensitive term added in Settings is counted and never shown back.
 */
import type { Page } from '@playwright/test';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { createWorkspace } from './steps';

/** Yesterday (the core's UTC date): a meeting that has taken place. */
function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

async function seedMeeting(host: HostInfo) {
  const { bodyId } = await seedRegister(host);
  const meeting = await api(host, 'meetings:create', {
    bodyId,
    date: yesterday(),
    templateId: 'default',
  });
  return meeting.id;
}

/** Meetings → Past → the meeting. */
async function openMeeting(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await page
    .getByRole('radiogroup', { name: 'Which meetings' })
    .getByText('Past', { exact: true })
    .click();
  await page.getByRole('link', { name: '1st meeting' }).click();
}

/** The plain text the core keeps for one agenda item's notes. */
async function savedNotesText(host: HostInfo, meetingId: string, title: string) {
  const { body } = await rpcCall(host, 'meetings:get', { id: meetingId });
  const meeting = body.result as { agenda: { title: string; notes: unknown }[] };
  const item = meeting.agenda.find((i) => i.title === title);
  return JSON.stringify(item?.notes ?? null);
}

const NOTE = 'The shelter met the victim Maria Ivanova, who can be reached on +44 7700 900123.';

test('a name and a phone number typed in the minutes are highlighted and replaced in one click', async ({
  page,
  host,
}) => {
  test.slow();
  await createWorkspace(page, host.url);
  const meetingId = await seedMeeting(host);
  await openMeeting(page);
  await page.getByRole('tab', { name: 'Minutes' }).click();

  const item = page.getByRole('region', { name: 'Review of action items' });
  const editor = item.getByRole('textbox', { name: 'Notes on “Review of action items”' });
  await editor.click();
  await page.keyboard.type(NOTE);

  // Both are highlighted in the editor, each with its kind.
  const name = editor.locator('[data-pii-kind="person_name"]');
  const phone = editor.locator('[data-pii-kind="phone"]');
  await expect(name).toHaveText('Maria Ivanova');
  await expect(name).toHaveAttribute('title', "Person's name");
  await expect(phone).toHaveText('+44 7700 900123');
  await expect(phone).toHaveAttribute('title', 'Phone number');

  // The panel beside the editor lists them with their kind.
  const panel = item.getByRole('region', { name: 'Personal data found' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('listitem').first()).toContainText("Person's name");
  await expect(panel.getByRole('listitem').first()).toContainText('Maria Ivanova');
  await expect(panel.getByRole('listitem').nth(1)).toContainText('Phone number');
  // The autosave is refused by the guard: the note is not stored as typed.
  await expect(item.getByTestId('notes-save-state')).toHaveText('Not saved: personal data');
  await expect(item.getByTestId('privacy-refusal')).toContainText(
    "Found: Person's name, Phone number.",
  );
  await page.screenshot({ path: 'docs/screenshots/privacy-highlight.png' });
  expect(await savedNotesText(host, meetingId, 'Review of action items')).not.toContain(
    '7700 900123',
  );

  // One click each: the exact spans become placeholders, nothing else changes.
  await panel.getByRole('button', { name: 'Replace with [name]' }).click();
  await expect(editor.locator('[data-pii-kind="person_name"]')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Replace with [phone]' }).click();
  const cleaned = 'The shelter met the victim [name], who can be reached on [phone].';
  await expect(editor).toHaveText(cleaned);
  await expect(editor.locator('[data-pii-kind]')).toHaveCount(0);
  await expect(panel).toHaveCount(0);
  await expect(item.getByTestId('notes-save-state')).toHaveText('Saved');
  await expect(item.getByTestId('privacy-refusal')).toHaveCount(0);

  // After a reload the note holds the placeholders, in the editor and in the core.
  await page.reload();
  const reloaded = page
    .getByRole('region', { name: 'Review of action items' })
    .getByRole('textbox', { name: 'Notes on “Review of action items”' });
  await expect(reloaded).toHaveText(cleaned);
  const saved = await savedNotesText(host, meetingId, 'Review of action items');
  expect(saved).toContain('[name]');
  expect(saved).toContain('[phone]');
  expect(saved).not.toContain('Ivanova');
});

test('a decision text is guarded too: highlighted behind the field, refused, fixed or saved with a reason', async ({
  page,
  host,
}) => {
  test.slow();
  await createWorkspace(page, host.url);
  await seedMeeting(host);
  await openMeeting(page);
  await page.getByRole('tab', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: 'Record decision' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a decision' });
  const text = dialog.getByRole('textbox', { name: 'Decision', exact: true });
  await text.fill('Referrals are sent to j.okafor@gmail.com until the hotline opens.');
  const mark = dialog.locator('.pii-layer [data-pii-kind="email"]');
  await expect(mark).toHaveText('j.okafor@gmail.com');
  await expect(mark).toHaveAttribute('title', 'E-mail address');

  // Saving it as it is: refused, with the kind found.
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  const refusal = dialog.getByTestId('privacy-refusal');
  await expect(refusal).toContainText('Not saved: the text holds personal data');
  await expect(refusal).toContainText('Found: E-mail address.');

  await dialog.getByRole('button', { name: 'Replace with [email]' }).click();
  await expect(text).toHaveValue('Referrals are sent to [email] until the hotline opens.');
  await expect(dialog.locator('.pii-layer [data-pii-kind]')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Decisions' }).getByRole('cell', {
      name: 'Referrals are sent to [email] until the hotline opens.',
    }),
  ).toBeVisible();

  // Saved anyway with a written reason (at least 10 characters): the core takes it.
  const year = yesterday().slice(0, 4);
  await page.getByRole('button', { name: `Edit decision TF/${year}/01` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit decision' });
  await edit
    .getByRole('textbox', { name: 'Decision', exact: true })
    .fill('Referrals go to the hotline, +44 20 7946 0958, from June.');
  await expect(edit.locator('.pii-layer [data-pii-kind="phone"]')).toHaveText('+44 20 7946 0958');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await edit.getByRole('button', { name: 'Save anyway…' }).click();
  const reason = edit.getByRole('textbox', { name: 'Reason for keeping it' });
  await reason.fill('too short');
  await expect(edit.getByRole('button', { name: 'Save with this reason' })).toBeDisabled();
  await reason.fill('The number is the public hotline of the ministry.');
  await edit.getByRole('button', { name: 'Save with this reason' }).click();
  await expect(edit).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Decisions' }).getByRole('cell', {
      name: 'Referrals go to the hotline, +44 20 7946 0958, from June.',
    }),
  ).toBeVisible();
});

test('a sensitive term is added in Settings: only the count is shown, never the term', async ({
  page,
  host,
}) => {
  test.slow();
  await createWorkspace(page, host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Sensitive terms' });
  const count = section.getByTestId('sensitive-terms-count');
  await expect(count).toHaveText('0 sensitive terms');
  await expect(section.getByRole('button', { name: 'Remove all terms' })).toBeDisabled();

  const term = section.getByRole('textbox', { name: 'Sensitive term' });
  await term.fill('Viktor Zabolotny');
  await section.getByRole('button', { name: 'Add term' }).click();
  await expect(count).toHaveText('1 sensitive term');
  await expect(term).toHaveValue('');
  await expect(page.getByText('Viktor Zabolotny')).toHaveCount(0);

  // The count is the core's, after a reload too; the term is never sent back.
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Sensitive terms' }).getByTestId('sensitive-terms-count'),
  ).toHaveText('1 sensitive term');
  const { body } = await rpcCall(host, 'privacy:denylistCount', {});
  expect(body.result).toEqual({ count: 1 });
  await expect(page.getByText('Viktor Zabolotny')).toHaveCount(0);

  // Remove all asks first.
  await page
    .getByRole('region', { name: 'Sensitive terms' })
    .getByRole('button', { name: 'Remove all terms' })
    .click();
  await page
    .getByRole('dialog', { name: 'Remove all sensitive terms?' })
    .getByRole('button', { name: 'Remove all' })
    .click();
  await expect(
    page.getByRole('region', { name: 'Sensitive terms' }).getByTestId('sensitive-terms-count'),
  ).toHaveText('0 sensitive terms');
});
