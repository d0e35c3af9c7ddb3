/**
 * Word exports (issue "Word exports and distribution"): from a meeting's page the secretariat
 * exports the minutes in Spanish and gets a real .docx whose body says "Acta"; from the
 * Documents page it exports the decision register of one body and year. Downloads stay in
 * Playwright's own folder and are deleted once read (the leak scan checks the temp dir).
 */
import fs from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { createWorkspace, pickOption } from './steps';

async function api(host: HostInfo, channel: string, input: unknown) {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as { id: string };
}

const DECISION = 'The task force adopts the national referral mechanism for identified victims.';

/** Three agencies, the national task force, a meeting from the default template, a decision, an action. */
async function seedTaskForce(host: HostInfo) {
  const ids: string[] = [];
  for (const [name, acronym, kind] of [
    ['Anti-Trafficking Secretariat', 'ATS', 'ministry'],
    ['Regional Police Command', 'RPC', 'law_enforcement'],
    ['Safe Haven Shelter', 'SHS', 'ngo'],
  ]) {
    ids.push((await api(host, 'agencies:create', { name, acronym, kind })).id);
  }
  const body = await api(host, 'bodies:create', {
    name: 'National Task Force',
    code: 'TF',
    kind: 'national_task_force',
    memberAgencyIds: ids,
    quorum: { kind: 'majority' },
  });
  const date = new Date().toISOString().slice(0, 10);
  const meeting = await api(host, 'meetings:create', {
    bodyId: body.id,
    date,
    language: 'en',
    templateId: 'default',
  });
  await api(host, 'decisions:create', { meetingId: meeting.id, text: DECISION });
  await api(host, 'actions:create', {
    title: 'Share the list of inspected premises with the shelter',
    ownerAgencyId: ids[1],
    dueDate: null,
    status: 'open',
    priority: 'medium',
    meetingId: meeting.id,
  });
  return { meetingId: meeting.id, date, year: date.slice(0, 4), agencies: ids };
}

/** Reads word/document.xml of a downloaded .docx, then deletes the download. */
async function documentXml(download: Download): Promise<string> {
  try {
    const zip = await JSZip.loadAsync(await fs.readFile(await download.path()));
    const xml = zip.file('word/document.xml');
    if (!xml) throw new Error('word/document.xml is missing: not a Word document');
    return await xml.async('string');
  } finally {
    await download.delete();
  }
}

async function exportAndDownload(page: Page, dialog: Locator) {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  return downloading;
}

test('export the minutes in Spanish from the meeting page, and the register from Documents', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { meetingId, date, year } = await seedTaskForce(host);

  // The meeting page: Export → Minutes.
  await page.goto(`${host.url}#/meetings/${meetingId}`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Minutes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Minutes' });
  // Defaults: the meeting's language; a draft until approved; restricted items left out.
  const language = dialog.getByRole('combobox', { name: 'Document language' });
  await expect(language).toHaveValue('English');
  await expect(dialog.getByRole('switch', { name: 'Mark as draft' })).toBeChecked();
  const restricted = dialog.getByRole('switch', {
    name: 'Include restricted items (case discussions)',
  });
  await expect(restricted).not.toBeChecked();
  await restricted.check();
  await expect(dialog.getByRole('alert')).toContainText('restricted case discussions');
  await restricted.uncheck();
  await expect(dialog.getByRole('alert')).toBeHidden();
  await pickOption(page, dialog, 'Document language', 'Español');

  const minutes = await exportAndDownload(page, dialog);
  expect(minutes.suggestedFilename()).toBe(`Acta-National-Task-Force-1-${date}.docx`);
  const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByRole('status').filter({ hasText: 'Saved Acta-' })).toBeVisible();
  const minutesXml = await documentXml(minutes);
  expect(minutesXml).toContain('Acta');
  expect(minutesXml).toContain(DECISION);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();

  // The Documents page: seven documents; the decision register of the task force for this year.
  await page.getByRole('navigation').getByRole('link', { name: 'Documents', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Export: / })).toHaveCount(8);
  await page.getByRole('button', { name: 'Export: Decision register' }).click();
  const registerDialog = page.getByRole('dialog', { name: 'Decision register' });
  await pickOption(page, registerDialog, 'Coordination body', 'National Task Force');
  await pickOption(page, registerDialog, 'Year', year);
  const register = await exportAndDownload(page, registerDialog);
  expect(register.suggestedFilename()).toBe(
    `Register-of-decisions-National-Task-Force-${year}.docx`,
  );
  await expect(
    registerDialog.getByRole('progressbar', { name: 'Export progress' }),
  ).toHaveAttribute('aria-valuenow', '100');
  const registerXml = await documentXml(register);
  expect(registerXml).toContain('Register of decisions');
  expect(registerXml).toContain(DECISION);

  // Reopened at once (during the closing transition), the dialog starts afresh.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export: Decision register' }).click();
  await expect(registerDialog.getByRole('combobox', { name: 'Year' })).toHaveValue('');
  await expect(registerDialog.getByRole('progressbar')).toHaveCount(0);
});

test('follow-up letters as one e-mail draft per agency, from the Actions page', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { date, agencies } = await seedTaskForce(host);
  await api(host, 'focalPoints:create', {
    agencyId: agencies[1],
    name: 'Rita Moreno',
    email: 'rita@police.example',
    role: 'primary',
  });
  await page.goto(`${host.url}#/actions`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Follow-up letters' }).click();
  const dialog = page.getByRole('dialog', { name: 'Follow-up letters' });
  await dialog.getByRole('switch', { name: 'One e-mail per agency' }).check();
  const download = await exportAndDownload(page, dialog);
  try {
    expect(download.suggestedFilename()).toBe(`E-mail-drafts-Register-Task-Force-${date}.zip`);
    const zip = await JSZip.loadAsync(await fs.readFile(await download.path()));
    expect(Object.keys(zip.files)).toEqual([`Follow-up-e-mail-RPC-${date}.eml`]);
    const eml = await zip.file(`Follow-up-e-mail-RPC-${date}.eml`)!.async('string');
    expect(eml).toContain('rita@police.example');
  } finally {
    await download.delete();
  }
  await expect(page.getByRole('status').filter({ hasText: 'e-mail' })).toBeVisible();
});
