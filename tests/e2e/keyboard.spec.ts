/**
 * Keyboard and screen-reader use (WCAG 2.2 AA, part B): the skip link, window titles, where the
 * focus goes (arrival on a screen, after a dialog, after unlocking), the minutes toolbar as one
 * Tab stop, focusable scroll regions, and reflow at 320 CSS px.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedRegister } from './seed';
import { createWorkspace, pickOption, PASSPHRASE } from './steps';

/** Starts sequential focus navigation from the top of the document, as a fresh page does. */
async function focusDocumentStart(page: Page) {
  await page.evaluate(() => {
    const body = document.body;
    body.tabIndex = -1;
    body.focus();
    body.removeAttribute('tabindex');
  });
}

/**
 * The page does not scroll sideways (WCAG 1.4.10). Polled: right after a resize the layout that JavaScript chooses (the shell's breakpoints, a
 * stacked switch) can lag a frame behind; only a width that stays too wide is a failure.
 */
async function expectNoSidewaysScroll(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
      ),
    )
    .toBeLessThanOrEqual(0);
}

async function createMeeting(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await pickOption(page, dialog, 'Coordination body', 'National Task Force');
  await dialog.getByRole('button', { name: 'Create meeting' }).click();
  await expect(dialog).toBeHidden();
}

test('skip link, window titles, and the focus on arrival, after a dialog and after unlocking', async ({
  page,
  host,
}) => {
  // The welcome screen: the skip link is the first Tab stop and leads into <main>.
  await page.goto(host.url);
  await expect(page).toHaveTitle('Welcome – Coordina');
  await expect(page.getByRole('main')).toHaveCount(1);
  await focusDocumentStart(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await createWorkspace(page, host.url);
  await seedRegister(host);
  // Arriving in the workspace: the page heading has the focus, the window is named after it.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await expect(page).toHaveTitle('Dashboard – Coordina');

  // The skip link comes first in the app shell too, shows when focused and moves to <main>.
  await focusDocumentStart(page);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(await page.evaluate(() => location.hash)).toBe('#/dashboard');
  // The next Tab goes into the page, past the header and the navigation.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
  ).toBe(true);

  // Each screen names the window; navigating moves the focus to the new heading.
  for (const [link, title] of [
    ['Meetings', 'Meetings'],
    ['Agencies', 'Agencies'],
    ['Actions', 'Actions'],
    ['Settings', 'Settings'],
  ]) {
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await expect(page).toHaveTitle(`${title} – Coordina`);
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  await page
    .getByRole('link', { name: /Regional Police Command/ })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Regional Police Command' }),
  ).toBeFocused();
  await expect(page).toHaveTitle('Regional Police Command – Coordina');

  // Creating a meeting lands on its page with the focus on its heading.
  await createMeeting(page);
  const meetingHeading = page.getByRole('heading', { level: 1, name: '1st meeting' });
  await expect(meetingHeading).toBeFocused();
  await expect(page).toHaveTitle('1st meeting – Coordina');
  // Switching tabs is not a new screen: the focus stays on the tab.
  await page.getByRole('tab', { name: 'Attendance' }).click();
  await expect(page.getByRole('tab', { name: 'Attendance' })).toBeFocused();

  // A dialog opened from a menu item gives the focus back to the menu's button.
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Invitation & agenda' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Invitation & agenda' });
  await expect(exportDialog).toBeVisible();
  // The dialog's header is not a second banner landmark.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expect(exportButton).toBeFocused();

  // The lock screen: its own title, a <main>, the skip link; unlocking focuses the heading.
  await page.getByRole('button', { name: 'Lock workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace locked' })).toBeVisible();
  await expect(page).toHaveTitle('Workspace locked – Coordina');
  await expect(page.getByRole('main')).toHaveCount(1);
  await focusDocumentStart(page);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await page.title()).toMatch(/ – Coordina$/);
});

test('the minutes toolbar is one Tab stop; arrows move inside it; notes carry their language', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  await seedRegister(host);
  await createMeeting(page);
  await page.getByRole('tab', { name: 'Minutes' }).click();
  const item = page.getByRole('region', { name: 'Review of action items' });
  const toolbar = item.getByRole('toolbar', {
    name: 'Text formatting of “Review of action items”',
  });
  const editor = item.getByRole('textbox', { name: 'Notes on “Review of action items”' });
  const tool = (name: string) => toolbar.getByRole('button', { name, exact: true });

  // The editor loads on first use: wait for it, or Tab would skip a toolbar not yet there.
  await expect(tool('Bold')).toBeVisible();
  await expect(editor).toBeVisible();
  // From the button before the toolbar: one Tab into it (its first tool), one more into the text.
  await item.getByRole('button', { name: 'Add action under “Review of action items”' }).focus();
  await page.keyboard.press('Tab');
  await expect(tool('Bold')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tool('Bold')).toBeFocused();

  // Arrows, Home and End move between the tools (wrapping at the ends).
  await page.keyboard.press('ArrowRight');
  await expect(tool('Italic')).toBeFocused();
  await page.keyboard.press('End');
  await expect(tool('Heading')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tool('Bold')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tool('Heading')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tool('Bold')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tool('Underline')).toBeFocused();
  // Only one tool is in the Tab order: the one last used.
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tool('Underline')).toBeFocused();

  // The editor shows a 2px focus outline around its frame.
  await editor.click();
  const outline = await editor.evaluate((el) => {
    const frame = el.closest('.notes-editor-frame')!;
    const style = getComputedStyle(frame);
    return [style.outlineStyle, style.outlineWidth];
  });
  expect(outline).toEqual(['solid', '2px']);

  // The notes are marked with the meeting's language.
  await expect(item.locator('.notes-editor-content')).toHaveAttribute('lang', 'en');
});

test('at 320 px wide no screen scrolls sideways; wide tables scroll in a focusable region', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordina' })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await createWorkspace(page, host.url);
  await seedRegister(host);
  // The app's name is not covered by the header's buttons.
  const name = page.getByRole('banner').getByText('Coordina', { exact: true });
  const nameBox = (await name.boundingBox())!;
  const searchBox = (await page.getByTestId('palette-button').boundingBox())!;
  expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(searchBox.x);
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  // Pages reached through the navigation (behind the burger on a narrow window).
  for (const link of ['Dashboard', 'Meetings', 'Agencies', 'Actions', 'Settings']) {
    await page.getByRole('button', { name: 'Show or hide navigation' }).click();
    await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible();
    await expectNoSidewaysScroll(page);
  }

  // A meeting in the list: the table scrolls inside its own named, focusable region.
  await page.setViewportSize({ width: 1280, height: 800 });
  await createMeeting(page);
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScroll(page);
  await page.getByRole('button', { name: 'Show or hide navigation' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  const region = page.getByRole('region', { name: 'Meetings' });
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectNoSidewaysScroll(page);

  // The lock screen reflows too.
  await page.getByRole('button', { name: 'Lock workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace locked' })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
