/**
 * The two registers from the user's side: an agreement whose review date has passed shows
 * "Review due" in the register, on the dashboard (linking back to it) and on the page of the
 * body it frames; a training with participants from two agencies shows in the totals per
 * agency and per pillar. Screenshots of both pages for the README.
 */
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { createWorkspace, pickOption } from './steps';

// Each test goes through several pages and dialogs on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('an agreement with a past review date is "review due" on the dashboard', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { agencyIds, bodyId } = await seedRegister(host);
  await api(host, 'agreements:create', {
    type: 'referral_mechanism',
    title: 'National Referral Mechanism',
    agencyIds,
    signedOn: '2024-02-01',
    inForceFrom: '2024-03-01',
    reviewOn: '2099-03-01',
    status: 'in_force',
    location: 'Secretariat registry, file NRM-2024',
  });

  await page.getByRole('navigation').getByRole('link', { name: 'Agreements', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agreements and SOPs' })).toBeVisible();
  await page.getByRole('button', { name: 'New agreement' }).click();
  const dialog = page.getByRole('dialog', { name: 'New agreement' });
  await pickOption(page, dialog, 'Type', 'Bilateral agreement');
  await pickOption(page, dialog, 'Status', 'In force');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('MoU with Morocco on safe return');
  await pickOption(page, dialog, 'Party agencies', 'Regional Police Command (RPC)');
  await dialog.getByRole('combobox', { name: 'Party countries', exact: true }).fill('Moroc');
  await page.getByRole('option', { name: 'Morocco', exact: true }).click();
  await dialog.getByLabel('Signed on').fill('2023-01-10');
  await dialog.getByLabel('In force from').fill('2023-02-01');
  await dialog.getByLabel('Review date').fill('2025-01-31');
  await dialog
    .getByRole('textbox', { name: 'Where the document is kept' })
    .fill('Registry 41/2023');
  await pickOption(page, dialog, 'Bodies it frames', 'National Task Force');
  await dialog.getByRole('button', { name: 'Create agreement' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /MoU with Morocco on safe return/ });
  await expect(row.getByTestId('review-due')).toHaveText('Review due');
  await expect(row).toContainText('RPC, Morocco');
  await expect(
    page.getByRole('row', { name: /National Referral Mechanism/ }).getByTestId('review-due'),
  ).toHaveCount(0);
  // The filter keeps only what is due.
  await page.getByRole('checkbox', { name: 'Review due only' }).check();
  await expect(page.getByRole('row', { name: /National Referral Mechanism/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Review due only' }).uncheck();
  await page.screenshot({ path: 'docs/screenshots/agreements.png', fullPage: true });

  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
  const due = page.getByRole('region', { name: 'Agreements due for review' });
  await expect(due).toContainText('1 agreement is due for review');
  await expect(due.getByTestId('agreements-due')).toContainText('Review due');
  await due.getByRole('link', { name: 'MoU with Morocco on safe return' }).click();
  // The link opens the agreement in the register.
  const edit = page.getByRole('dialog', { name: 'Edit agreement' });
  await expect(edit.getByRole('textbox', { name: 'Title' })).toHaveValue(
    'MoU with Morocco on safe return',
  );
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // The body it frames lists it.
  await page.goto(`${host.url}#/bodies/${bodyId}`);
  const linked = page.getByRole('region', { name: 'Agreements and SOPs' });
  await expect(linked.getByRole('link', { name: 'MoU with Morocco on safe return' })).toBeVisible();
  await expect(linked.getByTestId('review-due')).toBeVisible();
});

test('a training with participants shows in the totals per agency and pillar', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  await seedRegister(host);
  await api(host, 'nap:createPlan', {
    title: 'National Action Plan 2025–2028',
    startDate: '2025-01-01',
    endDate: '2028-12-31',
    periodKind: 'year',
  });

  await page.getByRole('navigation').getByRole('link', { name: 'Trainings', exact: true }).click();
  await expect(page.getByText('No trainings in this period')).toBeVisible();
  await page.getByRole('button', { name: 'New training' }).click();
  const dialog = page.getByRole('dialog', { name: 'New training' });
  await dialog.getByRole('textbox', { name: 'Topic' }).fill('Victim identification');
  await dialog.getByLabel(/^Date/).fill('2026-03-10');
  await dialog.getByLabel('Last day').fill('2026-03-11');
  await dialog.getByRole('textbox', { name: 'Hours per participant' }).fill('12');
  await pickOption(page, dialog, 'NAP pillar', 'Protection');
  await pickOption(page, dialog, 'Trainer agency', 'Safe Haven Shelter (SHS)');
  await dialog.getByRole('button', { name: 'Add an agency' }).click();
  await dialog.getByRole('button', { name: 'Add an agency' }).click();
  const agencies = dialog.getByRole('combobox', { name: 'Agency', exact: true });
  await agencies.nth(0).click();
  await page.getByRole('option', { name: 'Regional Police Command (RPC)' }).click();
  await agencies.nth(1).click();
  await page.getByRole('option', { name: 'Anti-Trafficking Secretariat (ATS)' }).click();
  await dialog.getByRole('textbox', { name: 'Female (1)', exact: true }).fill('6');
  await dialog.getByRole('textbox', { name: 'Male (1)', exact: true }).fill('9');
  await dialog.getByRole('textbox', { name: 'Female (2)', exact: true }).fill('3');
  await dialog.getByRole('textbox', { name: 'Other / not recorded (2)' }).fill('1');
  await expect(dialog.getByText('19 participants')).toBeVisible();
  await dialog.getByRole('button', { name: 'Record training' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: /Victim identification/ });
  await expect(row).toContainText('19');
  await expect(row).toContainText('Protection');

  await page.getByRole('tab', { name: 'Totals' }).click();
  const totals = page.getByTestId('training-totals');
  const byAgency = totals.getByRole('table', { name: 'Agency' });
  // Trainings, female, male, other, participants, participant-hours.
  await expect(byAgency.getByRole('row', { name: /Regional Police Command/ })).toHaveText(
    /Regional Police Command \(RPC\)\s*1\s*6\s*9\s*0\s*15\s*180/,
  );
  await expect(byAgency.getByRole('row', { name: /Anti-Trafficking Secretariat/ })).toHaveText(
    /Anti-Trafficking Secretariat \(ATS\)\s*1\s*3\s*0\s*1\s*4\s*48/,
  );
  const byPillar = totals.getByRole('table', { name: 'Pillar' });
  await expect(byPillar.getByRole('row', { name: /Protection/ })).toHaveText(
    /Protection\s*1\s*9\s*9\s*1\s*19\s*228/,
  );
  await page.screenshot({ path: 'docs/screenshots/trainings.png', fullPage: true });

  // A period that leaves the training out.
  await page.getByLabel('From').fill('2026-04-01');
  await expect(page.getByText('No trainings in this period.')).toBeVisible();
});
