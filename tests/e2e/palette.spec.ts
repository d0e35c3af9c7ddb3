/**
 * The command palette (Ctrl/Cmd+K), by keyboard only: a decision found by part of its text
 * opens its meeting's decisions tab with the decision highlighted and focused; commands go to a
 * screen, open the "new meeting" dialog and lock the workspace.
 */
import type { Page } from '@playwright/test';
import { rpcCall } from '../fixtures/hostProcess';
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { createWorkspace } from './steps';

const PHRASE = 'lighthouse referral protocol';
const DECISION = `The task force adopts the ${PHRASE} for seafarers in distress.`;

async function openPalette(page: Page) {
  await page.keyboard.press('Control+K');
  const input = page.getByRole('textbox', { name: 'Search records or type a command…' });
  await expect(input).toBeFocused();
  // Reopened right after a command ran, the palette can still hold the last query while it
  // closes: start each search from an empty box.
  await input.fill('');
  return input;
}

test('Ctrl+K, part of a decision, Enter: its meeting opens at the decision', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { bodyId } = await seedRegister(host);
  const meeting = await api(host, 'meetings:create', {
    bodyId,
    date: '2026-03-12',
    title: 'Spring coordination meeting',
    templateId: null,
  });
  // Another decision first, so the one searched for is not simply the first row.
  await api(host, 'decisions:create', { meetingId: meeting.id, text: 'Minutes are circulated.' });
  const decision = await api(host, 'decisions:create', { meetingId: meeting.id, text: DECISION });

  // The header's button names the palette's shortcut; Ctrl+K opens it from anywhere.
  await expect(page.getByTestId('palette-button')).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+K',
  );
  const input = await openPalette(page);
  // Nothing typed: the commands are offered first.
  await expect(page.getByTestId('palette-command').first()).toHaveText('New meeting');
  await input.pressSequentially('referral proto', { delay: 20 });

  const result = page.getByTestId('palette-result').filter({ hasText: DECISION });
  await expect(result).toBeVisible();
  await expect(page.getByText('Decisions', { exact: true }).last()).toBeVisible();
  // The typed words are highlighted in the snippet.
  await expect(result.locator('mark')).toHaveText(['referral', 'protocol']);
  await expect(result).toHaveAttribute('data-selected', 'true');
  await page.screenshot({ path: 'docs/screenshots/palette.png' });

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    new RegExp(`#/meetings/${meeting.id}/decisions\\?focus=${decision.id}$`),
  );
  await expect(page.getByRole('tab', { name: 'Decisions' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const row = page.getByRole('row').filter({ hasText: DECISION });
  await expect(row).toHaveAttribute('data-search-focus', 'true');
  await expect(row).toBeFocused();
  // Only that decision is highlighted.
  await expect(page.locator('[data-search-focus]')).toHaveCount(1);
});

test('commands run from the keyboard: go to a screen, new meeting, lock', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);

  let input = await openPalette(page);
  await input.pressSequentially('go to actions');
  await expect(page.getByTestId('palette-command')).toHaveText(['Go to Actions']);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/actions$/);
  await expect(page.getByRole('heading', { name: 'Actions', level: 1 })).toBeVisible();

  input = await openPalette(page);
  await input.pressSequentially('new meet');
  await expect(page.getByTestId('palette-command')).toHaveText(['New meeting']);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await expect(dialog).toBeVisible();
  // The dialog has the focus (the closing palette does not take it back); `new=1` is consumed.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expect(page).toHaveURL(/#\/meetings$/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Escape closes the palette without doing anything.
  input = await openPalette(page);
  await page.keyboard.press('Escape');
  await expect(input).toBeHidden();
  await expect(page).toHaveURL(/#\/meetings$/);

  input = await openPalette(page);
  await input.pressSequentially('lock');
  await expect(page.getByTestId('palette-command')).toHaveText(['Lock workspace']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('task-force-name')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toBeVisible();
});

test('focus links: an agenda item, its minutes, a focal point, an action', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  const { bodyId, agencyIds } = await seedRegister(host);
  const meeting = (await api(host, 'meetings:create', {
    bodyId,
    date: '2026-03-12',
    templateId: 'default',
  })) as unknown as { id: string; agenda: { id: string; title: string }[] };
  const item = meeting.agenda[2]!;
  const action = await api(host, 'actions:create', {
    title: 'Draft the shelter referral checklist',
    ownerAgencyId: agencyIds[0],
    bodyId,
  });
  const go = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

  await go(`#/meetings/${meeting.id}/agenda?focus=${item.id}`);
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  const agendaEntry = page.getByRole('listitem', { name: item.title, exact: true });
  await expect(agendaEntry).toHaveAttribute('data-search-focus', 'true');
  await expect(agendaEntry).toBeFocused();
  await expect(page.locator('[data-search-focus]')).toHaveCount(1);

  await go(`#/meetings/${meeting.id}/minutes?focus=${item.id}`);
  const minutesEntry = page.getByRole('region', { name: item.title, exact: true });
  await expect(minutesEntry).toHaveAttribute('data-search-focus', 'true');
  await expect(minutesEntry).toBeFocused();
  await expect(page.locator('[data-search-focus]')).toHaveCount(1);

  // A focal point on its agency's page.
  const focalPoint = await api(host, 'focalPoints:create', {
    agencyId: agencyIds[1],
    name: 'Inspector Moreau',
  });
  await go(`#/agencies/${agencyIds[1]}?focus=${focalPoint.id}`);
  const card = page.getByRole('article', { name: 'Inspector Moreau' });
  await expect(card).toHaveAttribute('data-search-focus', 'true');
  await expect(card).toBeFocused();

  // An action opens in its drawer (the page's own `action` parameter).
  await go(`#/actions?focus=${action.id}`);
  await expect(page).toHaveURL(new RegExp(`#/actions\\?action=${action.id}$`));
  await expect(
    page.getByRole('dialog').getByText('Draft the shelter referral checklist').first(),
  ).toBeVisible();
});

test('commands: export minutes (none yet, then the demo), open the demo', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);

  let input = await openPalette(page);
  await input.pressSequentially('export minutes');
  await expect(page.getByTestId('palette-command')).toHaveText([
    'Export minutes of the last meeting',
  ]);
  await page.keyboard.press('Enter');
  await expect(page.getByText('No meeting has minutes yet.')).toBeVisible();

  input = await openPalette(page);
  await input.pressSequentially('demo');
  await expect(page.getByTestId('palette-command')).toHaveText(['Open the demo task force']);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('task-force-name')).toHaveText(/Demo — National Task Force/);

  // The demo's most recent meeting(s) with minutes, in the minutes' export dialog.
  const { body } = await rpcCall(host, 'meetings:list', {});
  type Row = { title: string; status: string; date: string; startTime: string };
  const withMinutes = (body.result as { items: Row[] }).items.filter(
    (m) => m.status === 'minutes_drafted' || m.status === 'minutes_approved',
  );
  const key = (m: Row) => `${m.date} ${m.startTime}`;
  const latest = withMinutes.map(key).sort().at(-1);
  const titles = withMinutes.filter((m) => key(m) === latest).map((m) => m.title);
  expect(titles.length).toBeGreaterThan(0);
  input = await openPalette(page);
  await input.pressSequentially('export minutes');
  await expect(page.getByTestId('palette-command')).toHaveText([
    'Export minutes of the last meeting',
  ]);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Minutes' });
  await expect(dialog).toBeVisible();
  const shown = await dialog.getByRole('textbox', { name: 'Meeting' }).inputValue();
  expect(titles).toContain(shown.split(' · ')[0]);
});
