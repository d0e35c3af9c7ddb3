/**
 * The response tracker on a body's page: before any round it says how to send forms (and the
 * button opens the dialog with the body chosen); after two rounds it lists them newest first,
 * with per agency whether its form came back, is awaited, or is late after the reply date.
 *
 * "Late" needs the reply date to be past, and a form cannot be issued with a past reply date:
 * the first round is issued on the workspace's day in Pago Pago (UTC−11) with that same day as
 * reply date, then the workspace moves to Kiritimati (UTC+14), where it is already a day later.
 */
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import en from '../../renderer/src/i18n/en.json';
import fr from '../../renderer/src/i18n/fr.json';
import { FORM_COLUMNS } from '../../electron/core/roundTrip/updateFormSheet';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { createWorkspace } from './steps';

async function result<T>(host: HostInfo, channel: string, input: unknown): Promise<T> {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as T;
}

/** Today (YYYY-MM-DD) in a time zone. */
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date());

test('the body page tracks which agencies returned their form and which are late', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { agencyIds, bodyId } = await seedRegister(host);
  const [secretariat, police, shelter] = agencyIds as [string, string, string];
  await page.evaluate((id) => (window.location.hash = `#/bodies/${id}`), bodyId);
  const tracker = page.getByRole('region', { name: 'Agency update forms' });
  await expect(tracker).toContainText('No update forms have been sent for this body yet.');
  await tracker.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: 'test-results/round-trip-body-empty.png' });

  await api(host, 'workspace:updateSettings', { timeZone: 'Pacific/Pago_Pago' });
  const meeting = await api(host, 'meetings:create', { bodyId, date: '2026-01-15' });
  for (const [title, owner] of [
    ['Plan the joint port patrol', police],
    ['Open ten more shelter places', shelter],
  ] as const) {
    await api(host, 'actions:create', { title, ownerAgencyId: owner, meetingId: meeting.id });
  }
  const first = await result<{ data: string }>(host, 'roundTrip:exportForms', {
    bodyId,
    replyBy: todayIn('Pacific/Pago_Pago'),
  });
  // The police fills in its form and returns it; the shelter does not.
  const zip = await JSZip.loadAsync(Buffer.from(first.data, 'base64'));
  const fileName = Object.keys(zip.files).find((n) => n.includes('Police') && n.endsWith('.xlsx'))!;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await zip.file(fileName)!.async('nodebuffer')) as unknown as ArrayBuffer);
  book.worksheets[1]!.getRow(2).getCell(FORM_COLUMNS.note).value = 'Draft plan shared';
  const dataBase64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  await result(host, 'roundTrip:importCommit', { fileName, dataBase64 });

  await api(host, 'workspace:updateSettings', { timeZone: 'Pacific/Kiritimati' });
  await api(host, 'actions:create', {
    title: 'Draft the secretariat’s annual report',
    ownerAgencyId: secretariat,
    meetingId: meeting.id,
  });
  await result(host, 'roundTrip:exportForms', { bodyId });

  await page.reload();
  const rounds = tracker.getByTestId('body-round');
  await expect(rounds).toHaveCount(2);
  // Newest first: the second round, nobody has replied yet and its reply date is ahead.
  const latest = rounds.nth(0);
  await expect(latest).toContainText('Latest');
  await expect(latest).toContainText('0 of 3 returned');
  for (const name of ['Anti-Trafficking Secretariat', 'Regional Police Command']) {
    await expect(latest.getByRole('row').filter({ hasText: name })).toContainText('Awaited');
  }
  const older = rounds.nth(1);
  await expect(older).not.toContainText('Latest');
  await expect(older).toContainText('1 of 2 returned · 1 late');
  const policeRow = older.getByRole('row').filter({ hasText: 'Regional Police Command' });
  await expect(policeRow).toContainText('Returned');
  await expect(policeRow.getByRole('cell').nth(3)).not.toHaveText('—');
  const shelterRow = older.getByRole('row').filter({ hasText: 'Safe Haven Shelter' });
  await expect(shelterRow).toContainText('Late');
  await expect(shelterRow.getByRole('cell').nth(3)).toHaveText('—');
  await tracker.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: 'docs/screenshots/round-trip-body-tracker.png' });
  // Badges, tables and headings of the tracker pass axe (WCAG 2.2 AA), light theme.
  const axe = await new AxeBuilder({ page })
    .include('section:has([data-testid="body-round"])')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.passes.length).toBeGreaterThan(0);
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  );

  // "Send update forms" opens the round-trip dialog with this body already chosen.
  await tracker.getByRole('button', { name: en.bodyDetail.updateForms.send }).click();
  const dialog = page.getByRole('dialog', { name: en.roundTrip.title });
  await expect(
    dialog.getByRole('combobox', { name: en.roundTrip.issue.body, exact: true }),
  ).toHaveValue('National Task Force');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  const suivi = page.getByRole('region', { name: fr.bodyDetail.updateForms.title });
  await expect(suivi.getByTestId('body-round').nth(1)).toContainText(fr.roundTrip.responses.late);
  await suivi.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: 'test-results/round-trip-body-tracker-fr.png' });
});
