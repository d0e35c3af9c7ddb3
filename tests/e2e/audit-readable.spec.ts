/**
 * The audit log in words, in Spanish: the user signs with a display name set in Settings, marks
 * an action done, and the log says so in a Spanish sentence with the action's title and that
 * name; the raw data appears only in the entry's details drawer. Screenshots of the page in
 * Spanish and English (1280×800) are attached to the report.
 */
import type { Page } from '@playwright/test';
import es from '../../renderer/src/i18n/es.json';
import en from '../../renderer/src/i18n/en.json';
import { expect, test } from './fixtures';
import { api, seedRegister } from './seed';
import { PASSPHRASE, pickOption } from './steps';

const ACTION_TITLE = 'Redactar el POE de derivación';

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

test('in Spanish, the audit log tells an action update in words, signed with the display name', async ({
  page,
  host,
}, testInfo) => {
  // Settings, the log, the drawer, two filters and a reload in a second language: a long walk.
  test.setTimeout(150_000);
  await page.addInitScript(() => window.localStorage.setItem('coordina.language', 'es'));
  await api(host, 'workspace:create', {
    path: 'auditoria',
    passphrase: PASSPHRASE,
    passphraseConfirm: PASSPHRASE,
    settings: { taskForceName: 'Grupo Nacional' },
  });
  const { agencyIds, bodyId } = await seedRegister(host);
  const action = await api(host, 'actions:create', {
    title: ACTION_TITLE,
    ownerAgencyId: agencyIds[0],
    bodyId,
  });
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('task-force-name')).toHaveText('Grupo Nacional');

  // The display name, set in Settings (Spanish labels).
  await go(page, '#/settings');
  await page.getByRole('textbox', { name: es.settings.auditName.label }).fill('Amina Diallo');
  await page.getByRole('button', { name: es.settings.auditName.save }).click();
  await expect(page.getByText(es.settings.auditName.saved)).toBeVisible();
  // The saved settings come back through data:changed and re-key the section (a name saved
  // elsewhere resets the field): Save turns disabled once that has happened. Photograph after.
  await expect(page.getByRole('button', { name: es.settings.auditName.save })).toBeDisabled();
  await page
    .getByRole('region', { name: es.settings.auditName.title })
    .screenshot({ path: testInfo.outputPath('settings-name-es.png') });

  // The action marked done (through the same core the page uses).
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await api(host, 'actions:addUpdate', {
    actionId: action.id,
    date: yesterday,
    note: 'Enviado a los organismos',
    status: 'done',
  });

  await page.getByRole('navigation').getByRole('link', { name: es.nav.audit, exact: true }).click();
  const log = page.getByRole('table', { name: es.audit.table.caption });
  const sentence = `Acción «${ACTION_TITLE}» marcada como cumplida por Amina Diallo`;
  const row = log.getByRole('row').filter({ hasText: sentence });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Amina Diallo');
  // No channel names or ids in the list itself.
  await expect(log).not.toContainText('actions:addUpdate');
  await expect(log).not.toContainText(action.id);
  // Earlier entries keep the computer account's name; the settings change is in Spanish too.
  await expect(
    log.getByRole('row').filter({ hasText: 'Configuración modificada por Amina Diallo' }),
  ).toHaveCount(1);

  await page.screenshot({ path: testInfo.outputPath('audit-es.png') });

  // The details drawer: the sentence, the record, and the raw data.
  await row.getByRole('button', { name: /Detalles de la entrada/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText(sentence);
  await expect(drawer).toContainText(action.id);
  await expect(drawer).toContainText('actions:addUpdate');
  await expect(drawer.getByTestId('audit-entry-json')).toContainText('"status": "done"');
  await page.screenshot({ path: testInfo.outputPath('audit-es-drawer.png') });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Filter by person: only Amina's entries remain.
  await pickOption(page, page.locator('main'), es.audit.filters.person, 'Amina Diallo');
  await expect(log.getByRole('row').filter({ hasText: sentence })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'creado por' })).toHaveCount(0);
  // …and by record type.
  await pickOption(
    page,
    page.locator('main'),
    es.audit.filters.recordType,
    es.audit.recordTypes.actions,
  );
  await expect(log.getByRole('row').filter({ hasText: 'Configuración modificada' })).toHaveCount(0);
  await expect(log.getByRole('row').filter({ hasText: sentence })).toHaveCount(1);

  // The same page in English.
  await page.evaluate(() => window.localStorage.setItem('coordina.language', 'en'));
  await page.addInitScript(() => window.localStorage.setItem('coordina.language', 'en'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const enLog = page.getByRole('table', { name: en.audit.table.caption });
  await expect(
    enLog
      .getByRole('row')
      .filter({ hasText: `Action ‘${ACTION_TITLE}’ marked done by Amina Diallo` }),
  ).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('audit-en.png') });
});
