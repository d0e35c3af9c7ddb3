/**
 * Accessibility (issue 23, WCAG 2.2 AA / EN 301 549): axe-core checks every main screen and
 * state — welcome, dashboard, meetings, a meeting's tabs, the actions list, board and drawer,
 * agencies, an agency, the new-agency and export dialogs, the audit log, settings and the lock
 * screen — in English and French, light and dark. One page per language
 * and theme walks the demo task force (navigating by URL, so the walk does not depend on the
 * language); a serious or critical violation anywhere fails the test with its rule, impact,
 * target selectors and axe's summary.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import en from '../../renderer/src/i18n/en.json';
import fr from '../../renderer/src/i18n/fr.json';
import { expect, test } from './fixtures';
import { api } from './seed';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Runs axe on the page as it is now; returns its serious and critical violations. */
async function audit(page: Page, screen: string, within?: string): Promise<Finding[]> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const results = await builder
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      screen,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map(
        (n) =>
          `${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${n.failureSummary ?? ''}`,
      ),
    }));
}

function describe(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `[${f.screen}] ${f.rule} (${f.impact}): ${f.help}\n` +
        f.nodes.map((n) => `    - ${n}`).join('\n'),
    )
    .join('\n');
}

/** Waits until the screen has settled: its data loaded, transitions over. */
async function settle(page: Page) {
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 30_000 });
  // Mantine's transitions (modals, drawers, tabs) last up to ~200 ms; axe must not see them halfway.
  await page.waitForTimeout(350);
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  await settle(page);
}

const COMBINATIONS = [
  { lang: 'en', scheme: 'light' },
  { lang: 'en', scheme: 'dark' },
  { lang: 'fr', scheme: 'light' },
  { lang: 'fr', scheme: 'dark' },
] as const;

for (const { lang, scheme } of COMBINATIONS) {
  test(`no serious or critical axe violation on any main screen (${lang}, ${scheme})`, async ({
    page,
    host,
  }) => {
    // About two minutes on a quiet machine; a loaded CI runner has taken close to six.
    test.setTimeout(600_000);
    const tr = lang === 'fr' ? fr : en;
    await page.addInitScript(
      ([language, colorScheme]: readonly [string, string]) => {
        window.localStorage.setItem('coordina.language', language);
        window.localStorage.setItem('coordina.colorScheme', colorScheme);
      },
      [lang, scheme] as const,
    );
    const findings: Finding[] = [];
    const check = async (screen: string, within?: string) =>
      findings.push(...(await audit(page, screen, within)));
    // A dialog is checked on its own: the page under it has just been checked.
    const DIALOG = '[role="dialog"]';

    await page.goto(host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    const openDemo = page.getByRole('button', { name: tr.welcome.demo.button });
    await expect(openDemo).toBeVisible();
    await settle(page);
    await check('welcome');

    await openDemo.click();
    await expect(page.getByTestId('task-force-name')).toBeVisible();
    await go(page, '#/dashboard');
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await check('dashboard');

    await go(page, '#/meetings');
    await check('meetings');

    const { items: meetings } = (await api(host, 'meetings:list', {})) as unknown as {
      items: { id: string; status: string }[];
    };
    const meeting = meetings.find((m) => m.status === 'minutes_drafted') ?? meetings[0]!;
    for (const tab of ['agenda', 'attendance', 'minutes', 'decisions'] as const) {
      await go(page, `#/meetings/${meeting.id}/${tab}`);
      await expect(page.getByRole('tab', { name: tr.meetings.tabs[tab] })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await check(`meeting ${tab}`);
    }

    await go(page, '#/actions');
    await expect(page.getByRole('table').first()).toBeVisible();
    await check('actions list');
    // The demo's whole board is hundreds of cards (axe takes minutes on it): its overdue ones
    // show every kind of card (status columns, priority and overdue badges) in a fraction.
    await go(page, '#/actions?view=board&overdue=1');
    await check('actions board');

    const { items: actions } = (await api(host, 'actions:list', { overdue: true })) as unknown as {
      items: { id: string; title: string }[];
    };
    expect(actions.length).toBeGreaterThan(0);
    await go(page, `#/actions?overdue=1&action=${actions[0]!.id}`);
    await expect(page.getByRole('dialog')).toContainText(actions[0]!.title, { timeout: 30_000 });
    await settle(page);
    await check('action drawer', DIALOG);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: tr.exports.menu.export, exact: true }).click();
    await page
      .getByRole('menuitem', { name: tr.exports.documents.actionTracker.title, exact: true })
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await settle(page);
    await check('export dialog', DIALOG);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await go(page, '#/agencies');
    await check('agencies');
    await page.getByRole('button', { name: tr.agencies.actions.add }).first().click();
    await expect(page.getByRole('dialog', { name: tr.agencies.actions.add })).toBeVisible();
    await settle(page);
    await check('new-agency dialog', DIALOG);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    const { items: agencies } = (await api(host, 'agencies:list', {})) as unknown as {
      items: { id: string; name: string }[];
    };
    await go(page, `#/agencies/${agencies[0]!.id}`);
    await expect(page.getByRole('heading', { level: 1, name: agencies[0]!.name })).toBeVisible();
    await check('agency');

    await go(page, '#/audit');
    await check('audit log');
    await go(page, '#/settings');
    await check('settings');

    await page.getByRole('button', { name: tr.shell.lock }).click();
    await expect(page.getByRole('button', { name: tr.unlock.submit })).toBeVisible();
    await settle(page);
    await check('lock screen');

    expect(
      findings.length,
      `axe found serious or critical violations:\n${describe(findings)}`,
    ).toBe(0);
  });
}
