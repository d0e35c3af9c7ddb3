/**
 * NAP import and reporting round, as a secretariat does it: the ministry's matrix (title block
 * above the header, merged pillar and objective cells, a lead-agency column with a header the
 * importer does not know, one row with a target that is not a number) is imported through the
 * wizard — the column mapped by hand, the row error fixed by choosing the corrected file — and
 * a measurement and a progress update are entered in the reporting-round grid.
 */
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createWorkspace, pickOption } from './steps';

const TITLE = 'PLAN NACIONAL CONTRA LA TRATA DE SERES HUMANOS 2026-2028';
const HEADER = [
  'Eje',
  'Objetivo',
  'Código',
  'Actuación',
  'Quién lo ejecuta',
  'Plazo',
  'Indicador',
  'Línea base',
  'Meta',
];
type Row = [string, string, string, string, string, string, string, number, number | string];

/** Rows 6–12 of the matrix; `target` is the 2.1.1 target cell (the row error when not a number). */
function rows(target: number | string): Row[] {
  const p1 = 'Eje 1. Prevención y detección';
  const p2 = 'Eje 2. Protección y asistencia a las víctimas';
  const p3 = 'Eje 3. Persecución del delito';
  const o11 = 'Objetivo 1.1: sensibilizar a la sociedad';
  const o12 = 'Objetivo 1.2: detectar en sectores de riesgo';
  const o21 = 'Objetivo 2.1: garantizar el alojamiento seguro';
  const o31 = 'Objetivo 3.1: especializar la investigación';
  return [
    [
      p1,
      o11,
      '1.1.1',
      'Campaña nacional de sensibilización',
      'Ministerio del Interior',
      '2026',
      'Nº de personas alcanzadas',
      0,
      50000,
    ],
    [
      p1,
      o11,
      '1.1.2',
      'Formación de inspectores de trabajo',
      'Inspección de Trabajo',
      '2º semestre 2026',
      'Nº de inspectores formados',
      0,
      300,
    ],
    [
      p1,
      o12,
      '1.2.1',
      'Protocolo de detección en el sector agrícola',
      'Inspección de Trabajo',
      '2027',
      'Nº de inspecciones con protocolo',
      0,
      400,
    ],
    [
      p2,
      o21,
      '2.1.1',
      'Ampliar las plazas de acogida especializada',
      'Ministerio de Igualdad',
      '2026-2027',
      'Nº de plazas disponibles',
      120,
      target,
    ],
    [
      p2,
      o21,
      '2.1.2',
      'Asistencia jurídica gratuita a las víctimas',
      'Ministerio de Justicia',
      '2027',
      'Nº de víctimas asistidas',
      80,
      250,
    ],
    [
      p3,
      o31,
      '3.1.1',
      'Red de fiscales especializados',
      'Fiscalía General del Estado',
      '2027',
      'Nº de fiscales especializados',
      5,
      20,
    ],
    [
      p3,
      o31,
      '3.1.2',
      'Equipos conjuntos de investigación',
      'Ministerio del Interior',
      '2028',
      'Nº de equipos conjuntos',
      1,
      6,
    ],
  ];
}

async function matrix(target: number | string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Matriz PENTRA');
  sheet.addRow(['MINISTERIO DEL INTERIOR — SECRETARÍA DEL PLAN']);
  sheet.addRow([TITLE]);
  sheet.addRow(['Matriz de seguimiento (versión aprobada)']);
  sheet.addRow([]);
  for (const r of [1, 2, 3]) sheet.mergeCells(r, 1, r, HEADER.length);
  sheet.addRow(HEADER).font = { bold: true };
  const data = rows(target);
  data.forEach((row, i) => {
    // Merged pillar and objective cells keep their value in the first (master) cell only.
    const previous = data[i - 1];
    sheet.addRow([
      previous?.[0] === row[0] ? null : row[0],
      previous?.[1] === row[1] ? null : row[1],
      ...row.slice(2),
    ]);
  });
  // Rows 6–12: pillar 1 on 6–8, pillar 2 on 9–10, pillar 3 on 11–12; objective 1.1 on 6–7.
  sheet.mergeCells('A6:A8');
  sheet.mergeCells('A9:A10');
  sheet.mergeCells('A11:A12');
  sheet.mergeCells('B6:B7');
  sheet.mergeCells('B9:B10');
  sheet.mergeCells('B11:B12');
  sheet.addRow([]);
  sheet.addRow(['Fuente: Secretaría del Plan Nacional, diciembre de 2026.']);
  sheet.mergeCells(14, 1, 14, HEADER.length);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openNap(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'NAP', exact: true }).click();
}

test('imports a NAP matrix, fixes its row error and reports a round on it', async ({
  page,
  host,
}, testInfo) => {
  await createWorkspace(page, host.url);
  await openNap(page);
  await page.getByRole('button', { name: 'Import matrix' }).first().click();
  const wizard = page.getByRole('dialog', { name: 'Import a NAP matrix' });

  await wizard.getByTestId('nap-import-file-input').setInputFiles({
    name: 'PENTRA-2026-2028.xlsx',
    mimeType: XLSX,
    buffer: await matrix('Ver anexo'),
  });
  // The header row is found under the title block; the unknown column is not imported yet.
  await expect(wizard.getByRole('textbox', { name: 'Header row' })).toHaveValue('5');
  const leadColumn = 'Import column “Quién lo ejecuta” as';
  await expect(wizard.getByRole('combobox', { name: leadColumn })).toHaveValue('Not imported');
  await expect(wizard.getByRole('combobox', { name: 'Import column “Actuación” as' })).toHaveValue(
    'Activity',
  );
  await pickOption(page, wizard, leadColumn, 'Lead agency');
  await expect(wizard.getByRole('combobox', { name: leadColumn })).toHaveValue('Lead agency');

  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByText('3 pillars')).toBeVisible();
  await expect(wizard.getByText('7 activities')).toBeVisible();
  await expect(wizard.getByText('1 row needs a correction')).toBeVisible();
  await expect(wizard.getByText(/^Row 9: “Ver anexo” is not a number/)).toBeVisible();
  // Activities in file order, the merged pillar spread over its rows.
  const activities = wizard.getByRole('table', { name: 'Activities in file order' });
  await expect(activities.getByRole('row').nth(1)).toContainText('1.1.1');
  await expect(activities.getByRole('row').nth(7)).toContainText('3.1.2');
  // Every agency of the file is new to this workspace: created on import unless told otherwise.
  await expect(
    wizard.getByRole('combobox', { name: 'Agency for “Inspección de Trabajo”' }),
  ).toHaveValue('Create the agency “Inspección de Trabajo”');
  await expect(wizard.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('nap-import-error.png') });

  // The secretariat corrects the target in its spreadsheet and chooses the file again.
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose the corrected file' }).click();
  await (
    await chooser
  ).setFiles({ name: 'PENTRA-2026-2028.xlsx', mimeType: XLSX, buffer: await matrix(400) });
  await expect(wizard.getByText('No row errors: the plan can be imported.')).toBeVisible();
  // The hand-made mapping is kept across the reload.
  await expect(
    wizard.getByRole('table', { name: 'Activities in file order' }).getByRole('row').nth(4),
  ).toContainText('Ministerio de Igualdad');
  await page.screenshot({ path: testInfo.outputPath('nap-import.png') });
  await wizard.getByRole('button', { name: 'Next' }).click();
  // The title block's first line is the ministry, not the plan: the secretariat retypes it.
  const title = wizard.getByRole('textbox', { name: 'Plan title' });
  await expect(title).toHaveValue('MINISTERIO DEL INTERIOR — SECRETARÍA DEL PLAN');
  await title.fill('Plan Nacional contra la Trata de Seres Humanos 2026-2028');
  await wizard.getByRole('button', { name: 'Import the plan (7 activities)' }).click();
  await expect(wizard).toBeHidden();

  // The plan's outline: 1.1.1 has not started yet.
  const outlineRow = page
    .getByRole('row')
    .filter({ hasText: 'Campaña nacional de sensibilización' });
  await expect(outlineRow.getByText('Not started')).toBeVisible();

  // The pillar chart's text equivalent (the chart itself is aria-hidden): nothing completed yet.
  await page.getByRole('tab', { name: 'Progress' }).click();
  const pillarOne = page
    .getByRole('table', { name: 'Progress by pillar' })
    .getByRole('row', { name: /^1\. / });
  // Cells: pillar, activities, the six statuses, overdue, completion.
  const completion = pillarOne.getByRole('cell').nth(9);
  await expect(completion).toHaveText(/^0\b/);
  const before = await completion.textContent();

  await page.getByRole('tab', { name: 'Reporting round' }).click();
  const missing = page.getByRole('table', { name: 'Still missing per lead agency' });
  await expect(missing.getByRole('row', { name: /Ministerio del Interior/ })).toContainText(
    '4 of 4',
  );
  // An indicator value, typed and saved with the keyboard.
  const value = page.getByRole('textbox', { name: '1.1.1 value' });
  await value.fill('12500');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: '1.1.1 source' })).toBeFocused();
  await page.keyboard.type('Informe de la campaña');
  await page.keyboard.press('Enter');
  const indicatorRow = page.getByTestId('round-row-1.1.1-indicator');
  await expect(indicatorRow.getByText('Saved')).toBeVisible();
  // The activity: status completed, with its narrative, saved with Enter.
  await page.getByRole('combobox', { name: '1.1.1 status' }).selectOption('completed');
  await page.getByRole('textbox', { name: '1.1.1 narrative' }).fill('Campaña emitida en octubre.');
  await page.getByRole('textbox', { name: '1.1.1 narrative' }).press('Enter');
  await expect(page.getByTestId('round-row-1.1.1-activity').getByText('Saved')).toBeVisible();
  await expect(missing.getByRole('row', { name: /Ministerio del Interior/ })).toContainText(
    '2 of 4',
  );
  // ↓ moves to the same cell of the next row.
  await page.getByRole('textbox', { name: '1.1.1 value' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: '1.1.2 status' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('nap-round.png'), fullPage: true });

  // What the round changed shows in the pillar progress: 1 of 3 activities of pillar 1 completed.
  await page.getByRole('tab', { name: 'Progress' }).click();
  await expect(completion).toHaveText(/^33\b/);
  expect(await completion.textContent()).not.toBe(before);
  // What the round changed shows in the plan.
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expect(outlineRow.getByText('Completed')).toBeVisible();
});
