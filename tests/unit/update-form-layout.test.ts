/**
 * How an update form prints and reads in a spreadsheet program: the instructions fit one page
 * width, every visible cell of the Actions sheet is outlined (answer cells shaded and
 * unlocked, the rest locked), dates are real dates, and the identifiers stay hidden.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  FORM_COLUMNS,
  NAP_COLUMNS,
  buildUpdateForm,
} from '../../electron/core/roundTrip/updateFormSheet';

const ANSWERS = [
  FORM_COLUMNS.newStatus,
  FORM_COLUMNS.note,
  FORM_COLUMNS.date,
  FORM_COLUMNS.newDueDate,
] as number[];

async function form(): Promise<ExcelJS.Workbook> {
  const bytes = await buildUpdateForm({
    language: 'en',
    taskForceName: 'National Task Force',
    bodyName: 'Working Group on Referral',
    agencyName: 'Labour Inspectorate',
    issuedOn: '2026-12-01',
    replyBy: '2026-12-15',
    header: { roundId: 'r1', agencyId: 'a1', bodyId: 'b1' },
    headerSignature: 'sig',
    password: 'pw',
    author: 'Coordina',
    now: new Date('2026-12-01T09:00:00Z'),
    napPeriod: '2026 Q4',
    napRows: [
      {
        kind: 'activity',
        itemId: 'n1',
        stateAt: '2026-11-30T10:00:00Z',
        signature: 's2',
        code: '1.2.3',
        text: 'Train labour inspectors on forced labour indicators',
        status: 'on_track',
        target: '',
        latest: 'Two trainings held',
        isPercentage: false,
      },
    ],
    rows: [
      {
        actionId: 'x1',
        stateAt: '2026-11-30T10:00:00Z',
        signature: 's1',
        title: 'Inspect the garment workshops',
        origin: 'Meeting No. 3',
        dueDate: '2027-01-31',
        status: 'open',
        latestUpdate: { date: '2026-11-20', note: 'Two workshops visited' },
      },
    ],
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('update form layout', () => {
  it('prints the instructions on one page width', async () => {
    const instructions = (await form()).worksheets[0]!;
    expect(instructions.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
    expect(instructions.pageSetup.fitToHeight).toBe(0);
  });

  it('outlines every visible cell, shades and unlocks only the answers, hides the ids', async () => {
    const sheet = (await form()).worksheets[1]!;
    const row = sheet.getRow(2);
    for (let col = 1; col <= FORM_COLUMNS.newDueDate; col++) {
      const cell = row.getCell(col);
      expect(cell.border?.left?.style, `column ${col}`).toBe('thin');
      expect(cell.border?.bottom?.style, `column ${col}`).toBe('thin');
      expect(sheet.getRow(1).getCell(col).border?.top?.style).toBe('thin');
      const answer = ANSWERS.includes(col);
      expect(cell.protection?.locked === false, `column ${col} unlocked`).toBe(answer);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      expect(fill?.fgColor?.argb === 'FFFFF5CC', `column ${col} shaded`).toBe(answer);
    }
    expect(row.getCell(FORM_COLUMNS.due).value).toEqual(new Date('2027-01-31T00:00:00Z'));
    expect(row.getCell(FORM_COLUMNS.due).numFmt).toMatch(/mmmm|mm|dd/);
    expect(row.getCell(FORM_COLUMNS.no).alignment?.horizontal).toBe('center');
    for (const col of [FORM_COLUMNS.actionId, FORM_COLUMNS.stateAt, FORM_COLUMNS.signature]) {
      expect(sheet.getColumn(col).hidden, `column ${col} hidden`).toBe(true);
    }
    expect(sheet.getColumn(FORM_COLUMNS.newDueDate).hidden).toBe(false);
  });

  it('outlines the visible cells of the NAP sheet and hides its ids', async () => {
    const sheet = (await form()).getWorksheet('NAP')!;
    for (let col = 1; col <= NAP_COLUMNS.source; col++) {
      expect(sheet.getRow(1).getCell(col).border?.top?.style, `header ${col}`).toBe('thin');
      expect(sheet.getRow(2).getCell(col).border?.left?.style, `column ${col}`).toBe('thin');
    }
    expect(sheet.getRow(2).getCell(NAP_COLUMNS.newStatus).protection?.locked).toBe(false);
    for (const col of [NAP_COLUMNS.kindCode, NAP_COLUMNS.itemId, NAP_COLUMNS.signature]) {
      expect(sheet.getColumn(col).hidden, `column ${col} hidden`).toBe(true);
      expect(sheet.getRow(2).getCell(col).border?.left, `column ${col} no border`).toBeUndefined();
    }
  });
});
