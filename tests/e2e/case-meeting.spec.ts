/**
 * Cases at a meeting (issue 17's E2E): a case opened with a victim profile and an MLA request
 * through the Cases page, put on the next meeting's restricted "Case discussions" item, with a
 * discussion entry (rich text, made bold) and an agreed action recorded there; the restricted
 * annex exported from the meeting's Export menu behind the passphrase (a wrong one is
 * refused); the request found in the cross-case pending view. Downloads are read, then
 * deleted (the leak scan checks).
 */
import fs from 'node:fs/promises';
import JSZip from 'jszip';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { createWorkspace, PASSPHRASE, pickOption } from './steps';

async function api(host: HostInfo, channel: string, input: unknown) {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as { id: string };
}

function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const ENTRY = 'Partner authority acknowledged informally; formal reply awaited.';
const ACTION = 'Send a reminder through the central authority';

test('a case discussed at the next meeting, its restricted annex, and its pending request', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const police = (
    await api(host, 'agencies:create', {
      name: 'Regional Police Command',
      acronym: 'RPC',
      kind: 'law_enforcement',
    })
  ).id;
  const body = await api(host, 'bodies:create', {
    name: 'National Task Force',
    code: 'TF',
    kind: 'national_task_force',
    memberAgencyIds: [police],
    quorum: { kind: 'majority' },
  });
  const meetingDate = dayFromToday(7);
  const meeting = await api(host, 'meetings:create', {
    bodyId: body.id,
    date: meetingDate,
    language: 'en',
    templateId: 'default',
  });

  // Open a case with a victim profile (bands only).
  await page.getByRole('navigation').getByRole('link', { name: 'Cases', exact: true }).click();
  // The header's button (an empty register offers one too).
  await page.getByRole('button', { name: 'New case' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  const profile = dialog.getByRole('group', { name: 'Profile 1' });
  await pickOption(page, profile, 'Age band', '18–24');
  await pickOption(page, profile, 'Sex', 'Female');
  await profile.getByRole('combobox', { name: 'Nationality', exact: true }).fill('Nigeria');
  await page.getByRole('option', { name: 'Nigeria', exact: true }).click();
  // A MultiSelect: its input sits under the pills' box, so the click goes to the input itself.
  await profile
    .getByRole('combobox', { name: 'Forms of exploitation', exact: true })
    .click({ force: true });
  await page.getByRole('option', { name: 'Sexual exploitation', exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Add an agency' }).click();
  await pickOption(page, dialog, 'Agency', /Regional Police Command/);
  await pickOption(page, dialog, 'Role', 'Lead investigation');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Case C-\d{4}-\d{4}$/ });
  await expect(heading).toBeVisible({ timeout: 30_000 });
  const code = (await heading.textContent())!.replace('Case ', '');

  // An outgoing MLA request to Nigeria, sent 12 days ago.
  await page.getByRole('button', { name: 'Add request' }).click();
  const request = page.getByRole('dialog', { name: 'New cooperation request' });
  await request.getByRole('combobox', { name: 'Partner country', exact: true }).fill('Nigeria');
  await page.getByRole('option', { name: 'Nigeria', exact: true }).click();
  await request.getByRole('textbox', { name: 'Counterpart authority' }).fill('Ministry of Justice');
  await pickOption(page, request, 'Status', 'Sent');
  await request.getByLabel('Sent', { exact: true }).fill(dayFromToday(-12));
  await request.getByRole('button', { name: 'Add request' }).click();
  await expect(request).toBeHidden();

  // The next meeting's restricted "Case discussions" item: put the case on it.
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  const item = page.getByTestId('case-discussions');
  await expect(item).toBeVisible();
  await item
    .getByRole('combobox', { name: 'Cases discussed at this meeting' })
    .click({ force: true });
  await page.getByRole('option', { name: code, exact: true }).click();
  await page.keyboard.press('Escape');
  await item.getByRole('button', { name: 'Save cases' }).click();
  const card = item.getByTestId('meeting-case');
  await expect(card).toContainText(code);
  await expect(card).toContainText('No discussion entry recorded at this meeting.');

  // The discussion entry, in the minutes' small editor (made bold with its toolbar), and an
  // agreed action.
  const entry = card.getByRole('textbox', { name: `Discussion entry for ${code}` });
  await entry.fill(ENTRY);
  await entry.press('ControlOrMeta+a');
  await card.getByRole('button', { name: 'Bold' }).click();
  await card.getByRole('button', { name: 'Record discussion' }).click();
  await expect(card.locator('strong', { hasText: ENTRY })).toBeVisible();
  await expect(entry).toHaveText('');
  await card.getByRole('button', { name: 'Add agreed action' }).click();
  await card.getByRole('textbox', { name: `Agreed action for ${code}` }).fill(ACTION);
  await pickOption(page, card, 'Responsible agency', /Regional Police Command/);
  await card.getByRole('button', { name: 'Save action' }).click();
  await expect(card.getByText(`${ACTION} (Open)`)).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/meeting-case-discussions.png', fullPage: true });

  // The annex, behind the passphrase: a wrong one is refused.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Restricted case annex…' }).click();
  const annex = page.getByRole('dialog', { name: 'Restricted case annex' });
  await annex.getByLabel('Workspace passphrase').fill('not-the-right-passphrase');
  await annex.getByRole('button', { name: 'Export annex' }).click();
  await expect(annex.getByText('Wrong passphrase. Check it and try again.')).toBeVisible();
  await annex.getByLabel('Workspace passphrase').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await annex.getByRole('button', { name: 'Export annex' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(
    `Case-annex-National-Task-Force-1-${meetingDate}-restricted.docx`,
  );
  try {
    const zip = await JSZip.loadAsync(await fs.readFile(await download.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(code);
    expect(xml).toContain(ENTRY);
    // Printed in bold, as it was recorded.
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>)[\s\S])*Partner authority acknowledged/);
    expect(xml).toContain(ACTION);
    expect(xml).toContain('Mutual legal assistance');
    for (const part of ['word/header1.xml', 'word/footer1.xml']) {
      expect(await zip.file(part)!.async('string')).toContain('RESTRICTED');
    }
  } finally {
    await download.delete();
  }
  await expect(annex.getByTestId('annex-saved')).toContainText('Case-annex-');
  await annex.getByRole('button', { name: 'Close', exact: true }).last().click();

  // The request in the cross-case pending view.
  await page.getByRole('navigation').getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('tab', { name: 'Pending cooperation' }).click();
  const pending = page.getByRole('table', { name: 'Pending cooperation requests' });
  await expect(pending.getByRole('row').nth(1)).toContainText(code);
  await expect(pending.getByRole('row').nth(1)).toContainText('Nigeria');
  await expect(pending.getByRole('row').nth(1)).toContainText('12 days');
});
