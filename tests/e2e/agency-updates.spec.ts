/**
 * The agency reporting round-trip as a secretariat does it: from the actions page, download
 * one update form per agency (a .zip), let two agencies fill theirs in (exceljs, as a
 * spreadsheet program would), import both returned forms at once, refuse one row, apply the
 * rest — and see the dashboard and the action's history change; then close the round and see
 * it closed on the dashboard and on the body page's tracker.
 */
import fs from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FORM_COLUMNS } from '../../electron/core/roundTrip/updateFormSheet';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { seedRegister } from './seed';
import { createWorkspace, pickOption } from './steps';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function api<T = { id: string }>(host: HostInfo, channel: string, input: unknown) {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as T;
}

const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Fills in a form as an agency would: `answers` by action id. */
async function fillIn(
  bytes: Buffer,
  answers: Record<string, { status?: string; note?: string }>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[1]!;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const answer = answers[String(row.getCell(FORM_COLUMNS.actionId).value)];
    if (!answer) continue;
    if (answer.status) row.getCell(FORM_COLUMNS.newStatus).value = answer.status;
    if (answer.note) row.getCell(FORM_COLUMNS.note).value = answer.note;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('forms go out to each agency, come back, and one agency’s updates are applied', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  // Seeded through the API while the new workspace's dashboard is on screen and loading: the
  // counts follow live (data:changed), also when a write lands during the dashboard's first read.
  const { agencyIds, bodyId } = await seedRegister(host);
  const [, police, shelter] = agencyIds as [string, string, string];
  const meeting = await api(host, 'meetings:create', {
    bodyId,
    date: dayFromToday(-10),
    templateId: null,
  });
  const action = async (title: string, owner: string, due: number) =>
    (
      await api(host, 'actions:create', {
        title,
        ownerAgencyId: owner,
        meetingId: meeting.id,
        dueDate: dayFromToday(due),
      })
    ).id;
  const patrol = await action('Plan the joint port patrol', police, 20);
  const contacts = await action('Share the referral contact list', police, 30);
  const beds = await action('Open ten more shelter places', shelter, 40);

  await expect(page.getByTestId('stat-open')).toHaveText('3');
  await page.getByRole('navigation').getByRole('link', { name: 'Actions', exact: true }).click();
  await page.getByRole('button', { name: 'Agency update forms' }).click();
  const dialog = page.getByRole('dialog', { name: 'Agency update forms' });
  await pickOption(page, dialog, 'Coordination body', 'National Task Force');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the forms (.zip)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Update-request-on-action-items-.*\.zip$/);
  const zip = await JSZip.loadAsync(await fs.readFile(await download.path()));
  await download.delete();
  const names = Object.keys(zip.files).sort();
  // A form and an e-mail draft per agency with open actions.
  expect(names.filter((n) => n.endsWith('.eml'))).toHaveLength(2);
  expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(2);
  await expect(dialog.getByText('Regional Police Command: 2 actions')).toBeVisible();
  await expect(dialog.getByText('Safe Haven Shelter: 1 action')).toBeVisible();
  await page.screenshot({ path: 'test-results/agency-updates-send.png' });
  const policeName = names.find((n) => n.includes('Regional-Police') && n.endsWith('.xlsx'))!;
  const shelterName = names.find((n) => n.includes('Safe-Haven') && n.endsWith('.xlsx'))!;

  const policeForm = await fillIn(await zip.file(policeName)!.async('nodebuffer'), {
    [patrol]: { status: 'Done', note: 'Patrol plan signed by both services' },
    [contacts]: { note: 'List being checked by the legal unit' },
  });
  const shelterForm = await fillIn(await zip.file(shelterName)!.async('nodebuffer'), {
    [beds]: { status: 'In progress', note: 'Four places opened' },
  });

  await dialog.getByRole('tab', { name: 'Import returned forms' }).click();
  await dialog.getByTestId('returned-forms-input').setInputFiles([
    { name: policeName, mimeType: XLSX, buffer: policeForm },
    { name: shelterName, mimeType: XLSX, buffer: shelterForm },
  ]);
  const policeRows = dialog.getByRole('group', { name: 'Regional Police Command' });
  await expect(policeRows.getByText('2 to apply · 0 without news · 0 refused')).toBeVisible();
  await expect(policeRows.getByText('Status: Open → Done')).toBeVisible();
  await expect(
    dialog.getByRole('group', { name: 'Safe Haven Shelter' }).getByText('1 to apply'),
  ).toBeVisible();
  // The secretariat refuses one row of the police form and applies the other.
  await policeRows
    .getByRole('checkbox', { name: 'Apply the update to “Share the referral contact list”' })
    .uncheck();
  await policeRows.getByRole('button', { name: 'Apply 1 update' }).click();
  await expect(
    policeRows.getByText('1 update from Regional Police Command applied.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/agency-updates-dialog.png' });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const patrolNow = await api<{ status: string; updates: { note: string }[] }>(
    host,
    'actions:get',
    { id: patrol },
  );
  expect(patrolNow.status).toBe('done');
  expect(patrolNow.updates.at(-1)!.note).toContain('Patrol plan signed by both services');
  const contactsNow = await api<{ updates: unknown[] }>(host, 'actions:get', { id: contacts });
  expect(contactsNow.updates).toHaveLength(0);
  const bedsNow = await api<{ status: string }>(host, 'actions:get', { id: beds });
  expect(bedsNow.status).toBe('open');

  // The dashboard follows: the patrol plan is done, one agency of two has replied.
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByTestId('stat-open')).toHaveText('2');
  const replies = page.getByRole('region', { name: 'Replies to the latest forms' });
  await expect(replies).toContainText('1 of 2 returned');
  await expect(
    replies.getByRole('listitem').filter({ hasText: 'Regional Police Command' }),
  ).toContainText('Returned');
  await expect(
    replies.getByRole('listitem').filter({ hasText: 'Safe Haven Shelter' }),
  ).toContainText('Awaited');
  // And so does the action's history, with the agency's note and where it came from.
  await page.evaluate((id) => (window.location.hash = `#/actions?action=${id}`), patrol);
  const history = page.getByLabel('History', { exact: true });
  await expect(history).toContainText('Patrol plan signed by both services');
  await expect(history).toContainText('Reported by Regional Police Command in the update form');

  // The secretariat closes the round: the dashboard and the body page's tracker say so, and
  // the shelter's form, never returned, is no longer awaited.
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
  await replies.getByRole('button', { name: 'Close round' }).click();
  const confirm = page.getByRole('dialog', { name: 'Close this round?' });
  await confirm.getByRole('button', { name: 'Close round' }).click();
  await expect(confirm).toBeHidden();
  await expect(replies).toContainText('Closed on');
  await expect(replies.getByRole('button', { name: 'Close round' })).toHaveCount(0);
  await expect(
    replies.getByRole('listitem').filter({ hasText: 'Safe Haven Shelter' }),
  ).toContainText('Not returned');
  await page.evaluate((id) => (window.location.hash = `#/bodies/${id}`), bodyId);
  const round = page.getByRole('region', { name: 'Agency update forms' }).getByTestId('body-round');
  await expect(round).toHaveCount(1);
  await expect(round).toContainText('Closed on');
  await expect(round).toContainText('1 of 2 returned');
  await expect(round.getByRole('row').filter({ hasText: 'Safe Haven Shelter' })).toContainText(
    'Not returned',
  );
  await expect(round.getByRole('row').filter({ hasText: 'Regional Police Command' })).toContainText(
    'Returned',
  );
});
