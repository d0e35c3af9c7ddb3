/**
 * A form an agency sent back re-saved as CSV: the secretariat imports it, is warned that it is
 * not signed, finds no row ticked (nothing can be applied yet), ticks the one row it confirms
 * and applies only that one.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { answer, rowOf } from '../fixtures/agencyForms';
import { expect, test } from './fixtures';
import { seedRegister } from './seed';
import { createWorkspace } from './steps';

async function api<T>(host: HostInfo, channel: string, input: unknown): Promise<T> {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as T;
}

const today = () => new Date().toISOString().slice(0, 10);

test('a form returned as CSV is applied only row by row, after a warning', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { agencyIds, bodyId } = await seedRegister(host);
  const police = agencyIds[1]!;
  const meeting = await api<{ id: string }>(host, 'meetings:create', {
    bodyId,
    date: today(),
    templateId: null,
  });
  const ids: string[] = [];
  for (const title of ['Plan the joint port patrol', 'Share the referral contact list']) {
    const input = { title, ownerAgencyId: police, meetingId: meeting.id };
    ids.push((await api<{ id: string }>(host, 'actions:create', input)).id);
  }
  const out = await api<{ data: string; forms: { agencyId: string; fileName: string }[] }>(
    host,
    'roundTrip:exportForms',
    { bodyId, language: 'en' },
  );
  const zip = await JSZip.loadAsync(Buffer.from(out.data, 'base64'));
  const form = out.forms.find((f) => f.agencyId === police)!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await zip.file(form.fileName)!.async('nodebuffer')) as unknown as ArrayBuffer,
  );
  const sheet = wb.worksheets[1]!;
  answer(rowOf(sheet, ids[0]!), { status: 'Done', note: 'Patrol plan signed' });
  answer(rowOf(sheet, ids[1]!), { note: 'List checked by the legal unit' });
  const csv = Buffer.from(
    await wb.csv.writeBuffer({ sheetName: sheet.name, formatterOptions: { delimiter: ';' } }),
  );

  await page.getByRole('navigation').getByRole('link', { name: 'Actions', exact: true }).click();
  await page.getByRole('button', { name: 'Agency update forms' }).click();
  const dialog = page.getByRole('dialog', { name: 'Agency update forms' });
  await dialog.getByRole('tab', { name: 'Import returned forms' }).click();
  await dialog
    .getByTestId('returned-forms-input')
    .setInputFiles([{ name: 'police-form.csv', mimeType: 'text/csv', buffer: csv }]);
  const rows = dialog.getByRole('group', { name: 'Regional Police Command' });
  await expect(rows.getByText('Returned as CSV: not signed')).toBeVisible();
  await expect(rows.getByText('2 to apply · 0 without news · 0 refused')).toBeVisible();
  const patrol = rows.getByRole('checkbox', {
    name: 'Apply the update to “Plan the joint port patrol”',
  });
  const contacts = rows.getByRole('checkbox', {
    name: 'Apply the update to “Share the referral contact list”',
  });
  await expect(patrol).not.toBeChecked();
  await expect(contacts).not.toBeChecked();
  await expect(rows.getByRole('button', { name: 'Apply 0 updates' })).toBeDisabled();
  await patrol.check();
  await page.screenshot({ path: 'test-results/agency-updates-csv.png' });
  await rows.getByRole('button', { name: 'Apply 1 update' }).click();
  await expect(rows.getByText('1 update from Regional Police Command applied.')).toBeVisible();

  const [patrolNow, contactsNow] = await Promise.all(
    ids.map((id) =>
      api<{ status: string; updates: { note: string }[] }>(host, 'actions:get', { id }),
    ),
  );
  expect(patrolNow!.status).toBe('done');
  expect(patrolNow!.updates.at(-1)!.note).toContain('Patrol plan signed');
  expect(contactsNow!.updates).toHaveLength(0);
});
