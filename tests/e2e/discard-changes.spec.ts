/**
 * Safe forms: Escape, a click outside or the close button on a form with unsaved input asks
 * "Discard changes?" before anything typed is lost; an untouched form closes at once, and
 * saving never asks.
 */
import { expect, test } from './fixtures';
import { addAgency, createWorkspace, pickOption } from './steps';

test('a filled form asks before discarding; an untouched one closes at once', async ({
  page,
  host,
}) => {
  await createWorkspace(page, host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Agencies', exact: true }).click();
  const open = () =>
    page
      .getByRole('button', { name: /^Add (the first )?agency$/ })
      .first()
      .click();
  const form = page.getByRole('dialog', { name: 'Add agency' });
  const question = page.getByRole('dialog', { name: 'Discard changes?' });
  const name = form.getByRole('textbox', { name: 'Name', exact: true });

  // Untouched: Escape closes without a question.
  await open();
  await expect(name).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(question).toHaveCount(0);

  // Typed into: Escape asks; "Keep editing" returns to the form with the text intact.
  await open();
  await name.fill('Ministry of Labour');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(question).toBeHidden();
  await expect(name).toHaveValue('Ministry of Labour');

  // Escape on the question itself also keeps the form.
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(form).toBeVisible();
  await expect(name).toHaveValue('Ministry of Labour');

  // The close button asks too; "Discard changes" closes both, and the form reopens empty.
  await form.getByRole('button', { name: 'Close', exact: true }).click();
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(question).toBeHidden();
  await expect(form).toBeHidden();
  await open();
  await expect(name).toHaveValue('');

  // A choice in a dropdown (no typing) is a change as well.
  await pickOption(page, form, 'Kind', 'Ministry');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(form).toBeHidden();

  // Saving closes the form without a question.
  await addAgency(page, {
    name: 'Ministry of Labour',
    acronym: 'MOL',
    kind: 'Ministry',
    pillar: 'Prevention',
    role: 'Lead',
  });
  await expect(question).toHaveCount(0);
});
