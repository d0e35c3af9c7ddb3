/**
 * The everyday screens as a secretariat sees them — dashboard, actions, a meeting's attendance
 * and the audit log — in English, Spanish and French at 1280×800 and 1920×1080, saved to
 * docs/screenshots/everyday-<screen>-<lang>-<width>.png for the README and for review. Each
 * screen must show its heading and must not scroll sideways. Run with `npm run screenshots`.
 */
import type { Page } from '@playwright/test';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';
import fr from '../../renderer/src/i18n/fr.json';
import { expect, test } from './fixtures';
import { api } from './seed';

const LANGUAGES = { en, es, fr } as const;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

async function show(page: Page, hash: string, heading: string | RegExp) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 30_000 });
  await page.waitForTimeout(400);
  const overflow = await page.evaluate(
    () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
  );
  expect(overflow, `${hash} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const [lang, tr] of Object.entries(LANGUAGES)) {
  test(`everyday screens in ${lang} at 1280 and 1920 px`, async ({ page, host }) => {
    test.setTimeout(180_000);
    await page.addInitScript((language: string) => {
      window.localStorage.setItem('coordina.language', language);
      window.localStorage.setItem('coordina.colorScheme', 'light');
    }, lang);
    await page.goto(host.url);
    await page.getByRole('button', { name: tr.welcome.demo.button }).click();
    await expect(page.getByTestId('task-force-name')).toBeVisible();
    const { items: meetings } = (await api(host, 'meetings:list', {})) as unknown as {
      items: { id: string; status: string }[];
    };
    const meeting = meetings.find((m) => m.status === 'minutes_drafted') ?? meetings[0]!;

    for (const size of SIZES) {
      await page.setViewportSize(size);
      const shot = (screen: string) =>
        page.screenshot({
          path: `docs/screenshots/everyday-${screen}-${lang}-${size.width}.png`,
        });
      await show(page, '#/dashboard', tr.dashboard.title);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await shot('dashboard');
      await show(page, '#/actions', tr.actions.title);
      await shot('actions');
      await show(page, `#/meetings/${meeting.id}/attendance`, /\S/);
      await shot('attendance');
      await show(page, '#/audit', tr.audit.title);
      await shot('audit');
    }
  });
}
