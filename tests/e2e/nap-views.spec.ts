/**
 * The National Action Plan's views (issue 15): a secretariat creates a plan, adds an objective,
 * an activity led by a register agency and an indicator; the outline shows the activity's status
 * as a word, filters are kept in the address, the activity page charts the indicator, and the
 * Progress tab gives completion per pillar with a text table.
 *
 * Screenshots of the outline, the progress tab and the activity page go to docs/screenshots.
 */
import type { Page } from '@playwright/test';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { seedRegister } from './seed';
import { createWorkspace, pickOption } from './steps';

async function api<T>(host: HostInfo, channel: string, input: unknown): Promise<T> {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as T;
}

interface Plan {
  id: string;
  periods: { id: string; label: string; end: string }[];
  pillars: { id: string; name: string; objectives: { id: string }[] }[];
}

const ACTIVITY = 'Train labour inspectors on indicators of forced labour';
const INDICATOR = 'Labour inspectors trained';

/** More of the plan, through the core, so the outline and charts show a plan in use. */
async function seedMore(host: HostInfo, planId: string, agencyIds: string[]) {
  const plan = await api<Plan>(host, 'nap:getPlan', { id: planId });
  const rows: [number, string, string, string, string][] = [
    [
      0,
      'Raise awareness among young jobseekers',
      'Run a national awareness campaign on fraudulent job offers',
      'completed',
      '',
    ],
    [
      0,
      'Raise awareness among young jobseekers',
      'Publish a guide on safe recruitment in three languages',
      'on_track',
      '',
    ],
    [
      1,
      'Identify and assist victims',
      'Adopt the national referral mechanism',
      'delayed',
      'The decree awaits the Council of Ministers.',
    ],
    [
      1,
      'Identify and assist victims',
      'Open two specialised shelters for adult victims',
      'not_started',
      '',
    ],
    [
      2,
      'Prosecute traffickers effectively',
      'Set up a specialised prosecution unit',
      'on_track',
      '',
    ],
    [
      3,
      'Cooperate across borders',
      'Sign a memorandum with the neighbouring country',
      'completed',
      '',
    ],
  ];
  const objectives = new Map<string, string>();
  for (const [pillar, objective, text, status, statusReason] of rows) {
    let objectiveId = objectives.get(objective);
    if (!objectiveId) {
      objectiveId = (
        await api<{ id: string }>(host, 'nap:upsertObjective', {
          pillarId: plan.pillars[pillar]!.id,
          name: objective,
        })
      ).id;
      objectives.set(objective, objectiveId);
    }
    await api(host, 'nap:upsertActivity', {
      objectiveId,
      text,
      status,
      statusReason,
      leadAgencyIds: [agencyIds[pillar % agencyIds.length]],
      timeframe: '2nd half of the plan',
    });
  }
  return plan;
}

async function openNap(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'NAP', exact: true }).click();
}

test('a plan is created, filled and followed from the outline to an activity’s indicator', async ({
  page,
  host,
}) => {
  // The whole story of one plan in one test: longer than the default minute on a shared machine.
  test.setTimeout(180_000);
  await createWorkspace(page, host.url);
  const { agencyIds } = await seedRegister(host);
  const year = new Date().getUTCFullYear();
  await openNap(page);

  // Empty state → Create plan, with the 4P by default.
  await expect(page.getByRole('heading', { name: 'No action plan yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import matrix' })).toBeVisible();
  await page.getByRole('button', { name: 'Create plan' }).click();
  const planDialog = page.getByRole('dialog', { name: 'Create an action plan' });
  await planDialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(planDialog.getByText('Enter the title of the plan.')).toBeVisible();
  await planDialog
    .getByRole('textbox', { name: 'Title' })
    .fill(`National Action Plan against Trafficking in Persons ${year - 1}–${year + 2}`);
  await planDialog.getByRole('textbox', { name: 'Adopting act' }).fill('Decree 14/2025');
  await planDialog.getByLabel('Start date').fill(`${year - 1}-01-01`);
  await planDialog.getByLabel('End date').fill(`${year + 2}-12-31`);
  await pickOption(page, planDialog, 'Reporting periods', 'Half-yearly reporting');
  await expect(planDialog.getByRole('textbox', { name: 'Name of pillar 4' })).toHaveValue(
    'Partnership',
  );
  await planDialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(planDialog).toBeHidden();
  await expect(
    page.getByRole('heading', { level: 1, name: /National Action Plan against/ }),
  ).toBeVisible();
  const planId = /#\/nap\/([^/?]+)/.exec(page.url())![1]!;

  // An objective under Prevention, then an activity at risk (the reason is required).
  const prevention = page.getByRole('region', { name: '1. Prevention' });
  await prevention.getByRole('button', { name: 'Add objective' }).click();
  const objectiveDialog = page.getByRole('dialog', { name: 'Add an objective' });
  await objectiveDialog
    .getByRole('textbox', { name: 'Objective' })
    .fill('Reduce the risk of labour exploitation');
  await objectiveDialog.getByRole('button', { name: 'Save' }).click();
  await expect(objectiveDialog).toBeHidden();
  await prevention.getByRole('button', { name: 'Add activity' }).click();
  const activityDialog = page.getByRole('dialog', { name: 'Add an activity' });
  await activityDialog.getByRole('textbox', { name: 'Activity' }).fill(ACTIVITY);
  await activityDialog.getByRole('textbox', { name: 'Timeframe' }).fill(`${year}`);
  await pickOption(page, activityDialog, 'Lead agencies', 'Regional Police Command (RPC)');
  await pickOption(page, activityDialog, 'Status', 'At risk');
  await activityDialog.getByRole('button', { name: 'Save' }).click();
  await expect(activityDialog.getByText('Give the reason for this status.')).toBeVisible();
  await activityDialog
    .getByRole('textbox', { name: 'Why is it at risk or delayed?' })
    .fill('The training budget is not yet released.');
  await activityDialog.getByRole('button', { name: 'Save' }).click();
  await expect(activityDialog).toBeHidden();
  const row = prevention.getByRole('row', { name: new RegExp(ACTIVITY) });
  await expect(row).toContainText('1.1.1');
  await expect(row).toContainText('RPC');
  await expect(row).toContainText('At risk');

  const plan = await seedMore(host, planId, agencyIds);
  await page.reload();
  await expect(page.getByRole('region', { name: '2. Protection' })).toContainText('Delayed');

  // Filters live in the address: status "Completed" hides the activity at risk.
  await pickOption(page, page.locator('main'), 'Status', 'Completed');
  await expect(page).toHaveURL(/status=completed/);
  await expect(page.getByRole('link', { name: ACTIVITY })).toBeHidden();
  await expect(
    page.getByRole('link', { name: 'Run a national awareness campaign on fraudulent job offers' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue(
    'Completed',
  );
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/status=/);
  await pickOption(page, page.locator('main'), 'Lead agency', 'RPC');
  await expect(page).toHaveURL(new RegExp(`lead=${agencyIds[1]}`));
  await expect(page.getByRole('link', { name: ACTIVITY })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Set up a specialised prosecution unit' }),
  ).toBeHidden();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/lead=/);
  await expect(
    page.getByRole('link', { name: 'Set up a specialised prosecution unit' }),
  ).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/nap-outline.png', fullPage: true });

  // The activity page: details, then an indicator added from it.
  await page.getByRole('link', { name: ACTIVITY }).click();
  await expect(page.getByRole('heading', { level: 1, name: `1.1.1 ${ACTIVITY}` })).toBeVisible();
  await expect(page.getByText('At risk — The training budget is not yet released.')).toBeVisible();
  await page.getByRole('button', { name: 'Add indicator' }).click();
  const indicatorDialog = page.getByRole('dialog', { name: 'Add an indicator' });
  await indicatorDialog.getByRole('textbox', { name: 'Indicator' }).fill(INDICATOR);
  await indicatorDialog.getByRole('textbox', { name: 'Unit' }).fill('inspectors');
  await indicatorDialog.getByRole('textbox', { name: 'Baseline', exact: true }).fill('0');
  await indicatorDialog.getByRole('textbox', { name: 'Baseline year' }).fill(`${year - 1}`);
  await indicatorDialog.getByRole('textbox', { name: 'Target', exact: true }).fill('400');
  await indicatorDialog.getByRole('textbox', { name: 'Target year' }).fill(`${year - 2}`);
  await indicatorDialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    indicatorDialog.getByText('The target year cannot be before the baseline year.'),
  ).toBeVisible();
  await indicatorDialog.getByRole('textbox', { name: 'Target year' }).fill(`${year + 2}`);
  await indicatorDialog
    .getByRole('textbox', { name: 'Means of verification' })
    .fill('Attendance lists of the training sessions');
  await indicatorDialog.getByRole('button', { name: 'Save' }).click();
  await expect(indicatorDialog).toBeHidden();
  const card = page.getByRole('region', { name: INDICATOR });
  await expect(card).toContainText('No value measured yet.');

  // Values per period (entered in the reporting round) appear as a chart and a table.
  const fresh = await api<
    Plan & { pillars: { objectives: { activities: { indicators: { id: string }[] }[] }[] }[] }
  >(host, 'nap:getPlan', { id: planId });
  const indicatorId = fresh.pillars[0]!.objectives[0]!.activities[0]!.indicators[0]!.id;
  for (const [index, value] of [40, 95, 160].entries()) {
    await api(host, 'nap:addMeasurement', {
      indicatorId,
      periodId: plan.periods[index]!.id,
      value,
    });
  }
  await page.reload();
  const values = card.getByRole('table', { name: `Values of ${INDICATOR} per period` });
  await expect(values.getByRole('row')).toHaveCount(4);
  await expect(values.getByRole('row').nth(3)).toContainText('160 inspectors');
  await expect(card.locator('.recharts-reference-line')).toHaveCount(1);
  await expect(card).toContainText('Target 400 inspectors');
  await page.screenshot({ path: 'docs/screenshots/nap-activity.png', fullPage: true });

  // Progress: completion per pillar, with the figures as a table.
  await page.getByRole('link', { name: /^Back to / }).click();
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(page).toHaveURL(new RegExp(`#/nap/${planId}/progress`));
  const table = page.getByRole('table', { name: 'Progress by pillar' });
  await expect(table.getByRole('row', { name: /Prevention/ })).toContainText('33 %');
  await expect(table.getByRole('row', { name: /Partnership/ })).toContainText('100 %');
  await page.screenshot({ path: 'docs/screenshots/nap-progress.png', fullPage: true });

  // Removing a node asks first and names what goes with it.
  await page.getByRole('tab', { name: 'Outline' }).click();
  const label = '3.1 Prosecute traffickers effectively';
  await page.getByRole('button', { name: `More for ${label}` }).click();
  await page.getByRole('menuitem', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this objective?' });
  await expect(confirm).toContainText(`“${label}” will be removed with all its activities`);
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('region', { name: '3. Prosecution' })).toContainText(
    'No objective under this pillar yet.',
  );
});
