/**
 * The chair's follow-up (issue "Action items and the chair's dashboard"): a seeded task force
 * with ten actions due around today; the dashboard counts open and overdue ones, one agency's
 * overdue entry opens the list filtered to it, an update marks one done, and the dashboard
 * counts go down. Then bulk status, the kanban board, saved filters and "My agency".
 *
 * The browser host takes no injected clock, so due dates are computed from today's UTC date
 * (the core's "today").
 */
import type { Page } from '@playwright/test';
import { rpcCall, type HostInfo } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { createWorkspace, pickOption } from './steps';

async function api<T = { id: string }>(host: HostInfo, channel: string, input: unknown) {
  const { body } = await rpcCall(host, channel, input);
  if (body.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(body)}`);
  return body.result as T;
}

function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const RPC = 'Regional Police Command';
const OLDEST_RPC_ACTION = 'Share the list of inspected premises with the shelter';

/**
 * Four agencies in the national task force, one held meeting 20 days ago, and ten actions:
 * 9 open (6 overdue: RPC 3, SHS 2, ATS 1), 1 done, 1 cancelled… as listed below.
 */
async function seedWorkspace(host: HostInfo) {
  const agencies: Record<string, string> = {};
  for (const [name, acronym, kind] of [
    ['Anti-Trafficking Secretariat', 'ATS', 'ministry'],
    [RPC, 'RPC', 'law_enforcement'],
    ['Safe Haven Shelter', 'SHS', 'ngo'],
    ['Labour Inspectorate', 'LAB', 'ministry'],
  ] as const) {
    agencies[acronym] = (await api(host, 'agencies:create', { name, acronym, kind })).id;
  }
  const body = await api(host, 'bodies:create', {
    name: 'National Task Force',
    code: 'TF',
    kind: 'national_task_force',
    memberAgencyIds: Object.values(agencies),
    quorum: { kind: 'majority' },
  });
  const meeting = await api(host, 'meetings:create', {
    bodyId: body.id,
    date: dayFromToday(-20),
    templateId: null,
  });
  const actions: [string, string, number | null, string?][] = [
    ['RPC', OLDEST_RPC_ACTION, -100],
    ['RPC', 'Train border officers on indicators of trafficking', -45],
    ['RPC', 'Name a police focal point for the referral mechanism', -5],
    ['RPC', 'Report on the joint operation in the port district', 3],
    ['SHS', 'Open ten more places for adult male victims', -70],
    ['SHS', 'Draft the shelter admission protocol', -10],
    ['SHS', 'Collect anonymised assistance figures for the annual report', -20, 'done'],
    ['ATS', 'Circulate the draft National Action Plan for comments', -2],
    ['ATS', 'Book the venue for the annual review', 10],
    ['ATS', 'Update the task force terms of reference', null],
    ['LAB', 'Inspect seasonal agriculture recruiters', -30, 'cancelled'],
  ];
  for (const [owner, title, due, status] of actions) {
    await api(host, 'actions:create', {
      title,
      ownerAgencyId: agencies[owner],
      dueDate: due === null ? null : dayFromToday(due),
      status: status ?? 'open',
      priority: due !== null && due < -30 ? 'high' : 'medium',
      meetingId: meeting.id,
    });
  }
  // The meeting was held: two of four agencies attended.
  await api(host, 'meetings:setStatus', { id: meeting.id, status: 'agenda_circulated' });
  await api(host, 'meetings:setStatus', { id: meeting.id, status: 'held' });
  for (const [acronym, status] of [
    ['ATS', 'present'],
    ['RPC', 'represented'],
    ['SHS', 'apologies'],
    ['LAB', 'absent'],
  ] as const) {
    await api(host, 'attendance:set', {
      meetingId: meeting.id,
      agencyId: agencies[acronym],
      status,
    });
  }
  return { agencies };
}

async function openModule(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

test('the chair follows an agency’s overdue actions from the dashboard and closes one', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { agencies } = await seedWorkspace(host);
  await openModule(page, 'Actions');
  await openModule(page, 'Dashboard');

  // At a glance: 9 open, 6 overdue; aging and upcoming deadlines.
  await expect(page.getByTestId('stat-open')).toHaveText('9');
  await expect(page.getByTestId('stat-overdue')).toHaveText('6');
  await expect(page.getByText('1–30 days: 3 actions')).toBeVisible();
  await expect(page.getByText('Over 90 days: 1 action')).toBeVisible();
  const upcoming = page.getByRole('region', { name: 'Deadlines in the next 14 days' });
  await expect(upcoming.getByRole('listitem')).toHaveCount(2);
  await expect(upcoming.getByRole('listitem').first()).toContainText('in 3 days');
  await expect(page.getByTestId('stat-attendance')).toHaveText('50%');

  // The police command's overdue entry opens the list filtered to its overdue actions.
  await page.getByRole('link', { name: `3 overdue actions of ${RPC}` }).click();
  await expect(page).toHaveURL(new RegExp(`owner=${agencies.RPC}`));
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page.getByRole('switch', { name: 'Overdue only' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Agency', exact: true })).toHaveValue(
    `${RPC} (RPC)`,
  );
  const table = page.getByRole('table', { name: 'Action items' });
  await expect(table.getByRole('row')).toHaveCount(4); // header + 3
  await expect(table).toContainText('100 days overdue');
  await expect(table).not.toContainText('Report on the joint operation');

  // Open the oldest one and record that it was done.
  await table.getByRole('button', { name: OLDEST_RPC_ACTION }).click();
  const drawer = page.getByRole('dialog', { name: OLDEST_RPC_ACTION });
  await expect(drawer.getByText('100 days overdue')).toBeVisible();
  const form = drawer.getByRole('form', { name: 'Record update' });
  await form
    .getByRole('textbox', { name: 'What happened' })
    .fill('List shared with the shelter; confirmed at the task force.');
  await pickOption(page, form, 'New status', 'Done');
  await form.getByRole('button', { name: 'Record update' }).click();
  await expect(page.getByText('Update recorded')).toBeVisible();
  await expect(
    drawer.getByText('List shared with the shelter; confirmed at the task force.'),
  ).toBeVisible();
  await expect(drawer.getByText('100 days overdue')).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);

  // Back on the dashboard, one fewer open and overdue action.
  await openModule(page, 'Dashboard');
  await expect(page.getByTestId('stat-open')).toHaveText('8');
  await expect(page.getByTestId('stat-overdue')).toHaveText('5');
  await expect(page.getByRole('link', { name: `2 overdue actions of ${RPC}` })).toBeVisible();
  await expect(page.getByText('Over 90 days: 0 actions')).toBeVisible();
});

test('bulk status, the kanban board, saved filters and “My agency”', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  const { agencies } = await seedWorkspace(host);

  // The chart's bars lead to the list too: the first overdue bar is the most overdue agency.
  await openModule(page, 'Actions');
  await openModule(page, 'Dashboard');
  await expect(page.getByTestId('stat-overdue')).toHaveText('6');
  await page.locator('.recharts-bar-rectangle path').first().click();
  await expect(page).toHaveURL(new RegExp(`owner=${agencies.RPC}&overdue=1`));
  await expect(page.getByRole('table', { name: 'Action items' }).getByRole('row')).toHaveCount(4);

  await openModule(page, 'Actions');
  const table = page.getByRole('table', { name: 'Action items' });
  await expect(table.getByRole('row')).toHaveCount(12); // header + 11

  // Bulk: the shelter's two overdue actions become "in progress", after a confirmation.
  await table
    .getByRole('checkbox', { name: 'Select “Open ten more places for adult male victims”' })
    .check();
  await table
    .getByRole('checkbox', { name: 'Select “Draft the shelter admission protocol”' })
    .check();
  await expect(page.getByText('2 actions selected')).toBeVisible();
  await page.getByRole('combobox', { name: 'New status' }).click();
  await page.getByRole('option', { name: 'In progress', exact: true }).click();
  await page.getByRole('button', { name: 'Set status…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Change the status of several actions' });
  await expect(confirm).toContainText('2 actions will be set to “In progress”');
  await confirm.getByRole('textbox', { name: 'Note' }).fill('Work started, reported by phone.');
  await confirm.getByRole('button', { name: 'Set status of 2 actions' }).click();
  await expect(page.getByText('2 actions are now “In progress”.')).toBeVisible();
  await expect(
    table.getByRole('row', { name: /Draft the shelter admission protocol/ }),
  ).toContainText('In progress');

  // A saved filter: overdue only.
  await page.getByRole('switch', { name: 'Overdue only' }).check();
  await expect(table.getByRole('row')).toHaveCount(7);
  await page.getByRole('button', { name: 'Save current filter' }).click();
  const save = page.getByRole('dialog', { name: 'Save this filter' });
  await save.getByRole('textbox', { name: 'Name' }).fill('Everything late');
  await save.getByRole('button', { name: 'Save filter' }).click();
  await page.getByRole('switch', { name: 'Overdue only' }).uncheck();
  await expect(table.getByRole('row')).toHaveCount(12);
  await page.getByRole('button', { name: 'Everything late', exact: true }).click();
  await expect(page.getByRole('switch', { name: 'Overdue only' })).toBeChecked();
  await expect(table.getByRole('row')).toHaveCount(7);
  await page.getByRole('button', { name: 'Delete saved filter Everything late' }).click();
  await expect(page.getByRole('button', { name: 'Everything late', exact: true })).toHaveCount(0);

  // The board: move a card to "Blocked" through its status menu.
  await page.getByRole('tab', { name: 'Board' }).click();
  const blocked = page.getByRole('region', { name: 'Blocked' });
  const card = 'Circulate the draft National Action Plan for comments';
  await expect(blocked.getByRole('article')).toHaveCount(0);
  await page.getByRole('button', { name: `Change status of “${card}”` }).click();
  await page.getByRole('menuitem', { name: 'Blocked' }).click();
  await expect(blocked.getByRole('article', { name: card })).toBeVisible();
  await expect(page.getByRole('region', { name: 'In progress' }).getByRole('article')).toHaveCount(
    2,
  );

  // My agency: picked once, remembered.
  await page.getByRole('tab', { name: 'My agency' }).click();
  await pickOption(
    page,
    page.getByRole('tabpanel', { name: 'My agency' }),
    'My agency',
    'Safe Haven Shelter (SHS)',
  );
  const mine = page.getByRole('table', { name: 'Action items' });
  await expect(mine.getByRole('row')).toHaveCount(3);
  await page.getByRole('tab', { name: 'List' }).click();
  await page.getByRole('tab', { name: 'My agency' }).click();
  await expect(mine.getByRole('row')).toHaveCount(3);
  expect(await page.evaluate(() => localStorage.getItem('coordina.actions.myAgencyId'))).toMatch(
    /^"?[0-9a-f-]{36}"?$/,
  );
});
