import { expect, test } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`shots ${scheme}`, async ({ page, host }) => {
    test.setTimeout(180_000);
    await page.addInitScript((s) => {
      window.localStorage.setItem('coordina.language', 'en');
      window.localStorage.setItem('coordina.colorScheme', s);
    }, scheme);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open the demo task force' }).click();
    await expect(page.getByTestId('task-force-name')).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/a11y-shots/dashboard-${scheme}.png`, fullPage: true });
    await page.evaluate(() => (window.location.hash = '#/actions'));
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/a11y-shots/actions-${scheme}.png` });
    await page.evaluate(() => (window.location.hash = '#/actions?view=board'));
    await page.waitForTimeout(4000);
    await page.screenshot({ path: `/tmp/a11y-shots/board-${scheme}.png` });
  });
}
