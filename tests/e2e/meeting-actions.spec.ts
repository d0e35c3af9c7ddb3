/**
 * The meeting page as the official record is kept (issue "The official record", point 12): an
 * action added from an agenda item and a decision's follow-up action appear in the meeting's
 * Actions tab with their origin; "Circulate agenda" downloads the distribution e-mail and the
 * meeting shows when and to whom it went; once the minutes are approved, no action can be added.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { createWorkspace, pickOption } from './steps';

/** Yesterday (the core's UTC date): the meeting took place, so it can be marked held. */
function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

/** The register, two focal points to write to, and yesterday's meeting with the template. */
async function seedMeeting(host: HostInfo) {
  const { agencyIds, bodyId } = await seedRegister(host);
  for (const [agencyId, name, email] of [
    [agencyIds[1], 'Inspector Ama', 'ama@police.example.org'],
    [agencyIds[2], 'Director Lina', 'lina@shelter.example.org'],
  ]) {
    await api(host, 'focalPoints:create', { agencyId, name, email });
  }
  const meeting = await api(host, 'meetings:create', {
    bodyId,
    date: yesterday(),
    templateId: 'default',
  });
  return { meetingId: meeting.id, agencyIds };
}

async function createAction(page: Page, title: string, owner: string) {
  const dialog = page.getByRole('dialog', { name: 'New action' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await pickOption(page, dialog, 'Owner agency', owner);
  await dialog.getByRole('button', { name: 'Create action' }).click();
  await expect(dialog).toBeHidden();
}

/** The meeting page, reached as the secretariat does: Meetings → Past → the meeting. */
async function openMeeting(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await page
    .getByRole('radiogroup', { name: 'Which meetings' })
    .getByText('Past', { exact: true })
    .click();
  await page.getByRole('link', { name: '1st meeting' }).click();
}

test('actions agreed at a meeting are added from an agenda item and a decision', async ({
  page,
  host,
}) => {
  test.slow(); // four dialogs and a drawer, each waiting on the core
  await createWorkspace(page, host.url);
  await seedMeeting(host);
  const year = yesterday().slice(0, 4);
  await openMeeting(page);

  // Nothing agreed yet.
  await page.getByRole('tab', { name: 'Actions' }).click();
  await expect(
    page.getByRole('heading', { name: 'No actions agreed at this meeting yet' }),
  ).toBeVisible();

  // From an agenda item: the dialog names this meeting and that item.
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Add action under “Review of action items”' }).click();
  const dialog = page.getByRole('dialog', { name: 'New action' });
  await expect(dialog.getByRole('combobox', { name: 'Origin meeting' })).toHaveValue(
    /^National Task Force: 1st meeting — /,
  );
  await expect(dialog.getByRole('combobox', { name: 'Agenda item', exact: true })).toHaveValue(
    '4. Review of action items',
  );
  await createAction(
    page,
    'Share anonymised referral data monthly',
    'Regional Police Command (RPC)',
  );

  // From a decision: recording it offers the follow-up action, pre-filled with the decision.
  await page.getByRole('tab', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: 'Record decision' }).click();
  const decision = page.getByRole('dialog', { name: 'Record a decision' });
  await pickOption(page, decision, 'Agenda item', '5. National Action Plan progress');
  await decision
    .getByRole('textbox', { name: 'Decision', exact: true })
    .fill('The shelter network reports its capacity every quarter.');
  await decision.getByRole('checkbox', { name: 'Then add a follow-up action' }).check();
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision).toBeHidden();
  await expect(dialog.getByRole('combobox', { name: 'Decision', exact: true })).toHaveValue(
    new RegExp(`^TF/${year}/01 — The shelter network`),
  );
  await expect(dialog.getByRole('combobox', { name: 'Agenda item', exact: true })).toHaveValue(
    '5. National Action Plan progress',
  );
  await createAction(page, 'Report shelter capacity for the quarter', 'Safe Haven Shelter (SHS)');

  // Both are in the Actions tab, in agenda order, with where they were agreed.
  await page.getByRole('tab', { name: 'Actions' }).click();
  await expect(page.getByTestId('meeting-actions-count')).toHaveText(
    '2 actions agreed at this meeting',
  );
  const table = page.getByRole('table', { name: 'Actions agreed at this meeting' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Share anonymised referral data monthly');
  await expect(rows.nth(1)).toContainText('4. Review of action items');
  await expect(rows.nth(1)).toContainText('RPC');
  await expect(rows.nth(2)).toContainText(
    `5. National Action Plan progress · Decision TF/${year}/01`,
  );
  await page.screenshot({
    path: test.info().outputPath('meeting-actions-tab.png'),
    fullPage: true,
  });

  // A row opens the action's detail, with its origin.
  await table.getByRole('button', { name: 'Report shelter capacity for the quarter' }).click();
  const drawer = page.getByRole('dialog', { name: 'Report shelter capacity for the quarter' });
  await expect(drawer).toContainText(`TF/${year}/01`);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();
});

test('circulating the agenda downloads the distribution and is recorded; approval closes the record', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { meetingId, agencyIds } = await seedMeeting(host);
  const year = yesterday().slice(0, 4);
  await api(host, 'actions:create', {
    title: 'Share anonymised referral data monthly',
    ownerAgencyId: agencyIds[1],
    meetingId,
  });
  await openMeeting(page);
  await page.getByRole('tab', { name: 'Actions' }).click();
  const table = page.getByRole('table', { name: 'Actions agreed at this meeting' });
  await expect(table.getByRole('row')).toHaveCount(2);

  // Circulating the agenda downloads the distribution e-mail and records it on the meeting.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Circulate agenda' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.eml$/);
  const eml = fs.readFileSync(await file.path(), 'utf8');
  expect(eml).toContain('ama@police.example.org');
  expect(eml).toContain('lina@shelter.example.org');
  await expect(page.getByTestId('meeting-status')).toHaveText('Agenda circulated');
  await expect(page.getByTestId('meeting-record')).toHaveText(
    new RegExp(`Agenda circulated on .*${year}.* to 2 recipients`),
  );
  await page.reload();
  await expect(page.getByTestId('meeting-record')).toContainText('to 2 recipients');

  // Approved minutes are a frozen record: no new action, in the page or in the core.
  await page.getByRole('button', { name: 'Mark as held' }).click();
  await page.getByRole('button', { name: 'Mark minutes drafted' }).click();
  await page.getByRole('button', { name: 'Approve minutes' }).click();
  await page
    .getByRole('dialog', { name: 'Approve the minutes?' })
    .getByRole('button', { name: 'Approve and lock' })
    .click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Minutes approved');
  await expect(page.getByRole('button', { name: 'Add action', exact: true })).toBeDisabled();
  await expect(page.getByText(/the record is frozen and takes no new actions/)).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(
    page.getByRole('button', { name: 'Add action under “Review of action items”' }),
  ).toBeDisabled();
  const refused = await rpcCall(host, 'actions:create', {
    title: 'Too late',
    ownerAgencyId: agencyIds[0],
    meetingId,
  });
  expect((refused.body.error as { code: string }).code).toBe('LOCKED_RECORD');
});
