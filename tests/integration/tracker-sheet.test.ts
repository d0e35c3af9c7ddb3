/**
 * The action tracker's Excel export, read back with exceljs: the same rows and columns as the
 * Word tracker for the same filters (all bodies, one body), in every document language; a
 * title block with the letterhead name, a frozen header row with an autofilter, column widths,
 * real dates shown in the document language, status words in that language.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MIME } from '../../shared/contract/exports';
import { SHEET_DATE_FORMAT } from '../../electron/core/exports/actionTrackerSheet';
import { formatDate, LABELS } from '../../electron/core/exports/kit/labels';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { seedMeetingCycle } from '../fixtures/meetingScenario';

let t: TestCore;
let s: Awaited<ReturnType<typeof seedMeetingCycle>>;
let bilateralId: string;
beforeAll(async () => {
  t = startTestCore(() => new Date('2026-11-30T09:00:00Z'), { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { classificationMarking: 'OFFICIAL USE ONLY' });
  s = await seedMeetingCycle(t);
  const border = (await t.call('agencies:create', { name: 'Border Police', kind: 'other' })).id;
  const bilateral = await t.call('bodies:create', {
    name: 'Bilateral Commission',
    kind: 'national_task_force',
    memberAgencyIds: [border],
  });
  bilateralId = bilateral.id;
  const meeting = await t.call('meetings:create', { bodyId: bilateral.id, date: '2026-11-10' });
  await t.call('actions:create', {
    title: 'Joint border patrol plan',
    ownerAgencyId: border,
    meetingId: meeting.id,
    dueDate: '2026-09-11',
  });
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

const text = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&apos;/g, "'"))
    .join('');

/** The Word tracker's tables: header row, then the data rows of every table in order. */
async function wordTable(base64: string): Promise<{ header: string[]; rows: string[][] }> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const tables = xml.split('<w:tbl>').slice(1);
  const rows = tables.map((tbl) =>
    tbl
      .split('</w:tbl>')[0]!
      .split('</w:tr>')
      .filter((r) => r.includes('<w:tc>'))
      .map((r) =>
        r
          .split('</w:tc>')
          .filter((c) => c.includes('<w:p'))
          .map((c) => c.split('</w:p>').map(text).filter(Boolean).join('\n')),
      ),
  );
  return { header: rows[0]![0]!, rows: rows.flatMap((r) => r.slice(1)) };
}

async function workbook(base64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

describe('action tracker as an Excel workbook', () => {
  it.each([
    ['en', undefined],
    ['es', undefined],
    ['fr', undefined],
    ['en', 'one body'],
  ] as const)('in %s (%s) has the Word tracker’s rows and columns', async (language, scope) => {
    const input = { language, ...(scope ? { bodyId: s.body.id } : {}) };
    const word = await wordTable((await t.call('exports:actionTracker', input)).data);
    const file = await t.call('exports:actionTrackerXlsx', input);
    expect(file.mimeType).toBe(XLSX_MIME);
    expect(file.fileName).toMatch(/\.xlsx$/);
    const sheet = await workbook(file.data);
    const l = LABELS[language];

    // Title block: the letterhead name, the title, the situation date and the marking.
    expect(sheet.getCell('A1').value).toBe('National Task Force');
    expect(cellText(sheet.getCell('A2').value)).toContain(l.actionTracker);
    expect(cellText(sheet.getCell('A3').value)).toContain(formatDate('2026-11-30', language));
    expect(sheet.getCell('A4').value).toBe('OFFICIAL USE ONLY');

    // A frozen header row with an autofilter over every column.
    const view = sheet.views[0]!;
    expect(view.state).toBe('frozen');
    const headerRow = (view as ExcelJS.WorksheetViewFrozen).ySplit!;
    const header = (sheet.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const last = String.fromCharCode(64 + header.length);
    // Word's columns, with the agency (a heading in Word) first and days overdue beside status.
    expect(header[0]).toBe(l.agency);
    expect(header.filter((_, i) => i !== 0 && i !== header.indexOf(l.status) + 1)).toEqual(
      word.header,
    );
    expect(word.header.includes(l.bodyColumn)).toBe(!scope);
    for (let c = 1; c <= header.length; c += 1) expect(sheet.getColumn(c).width).toBeGreaterThan(8);

    // Same rows, same order.
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => (n > headerRow ? rows.push(row) : undefined));
    expect(rows).toHaveLength(word.rows.length);
    expect(rows.length).toBe(scope ? 3 : 4);
    expect(String(sheet.autoFilter)).toBe(`A${headerRow}:${last}${headerRow + rows.length}`);
    const col = (name: string) => header.indexOf(name) + 1;
    rows.forEach((row, i) => {
      const w = word.rows[i]!;
      const wordCell = (name: string) => w[word.header.indexOf(name)] ?? '';
      expect(row.getCell(col(l.action)).value).toBe(wordCell(l.action));
      const due = row.getCell(col(l.due));
      if (wordCell(l.due)) {
        // A real date, shown in the language like the Word tracker's.
        expect(due.value).toBeInstanceOf(Date);
        expect(due.numFmt).toBe(SHEET_DATE_FORMAT[language]);
        const iso = (due.value as Date).toISOString().slice(0, 10);
        expect(formatDate(iso, language)).toBe(wordCell(l.due));
      } else expect(due.value ?? null).toBeNull();
      const [status, overdue] = wordCell(l.status).split('\n');
      expect(row.getCell(col(l.status)).value).toBe(status);
      const days = row.getCell(col(l.status) + 1).value;
      expect(overdue ?? '').toBe(typeof days === 'number' ? l.daysOverdue(days) : '');
      expect(cellText(row.getCell(col(l.latestUpdate)).value)).toBe(wordCell(l.latestUpdate));
      if (!scope)
        expect(cellText(row.getCell(col(l.bodyColumn)).value)).toBe(wordCell(l.bodyColumn));
    });
    // Wrapped cells get rows tall enough for their lines (LibreOffice keeps one line otherwise),
    // and every cell names its font (a font without a face renders as a serif fallback).
    for (const row of rows) {
      const lines = Math.max(
        ...header.map((_, c) => cellText(row.getCell(c + 1).value).split('\n').length),
      );
      expect(row.height).toBeGreaterThanOrEqual(15 * lines);
      expect(row.getCell(1).font?.name).toBe('Calibri');
    }
    expect(sheet.getCell('A1').font?.name).toBe('Calibri');
    expect(sheet.getRow(headerRow).height).toBeGreaterThan(15);
    // Status words are the document language's.
    expect(rows.map((r) => r.getCell(col(l.status)).value)).toContain(l.statuses.in_progress);
  });

  it('a body’s tracker has only that body’s actions; an unknown body is NOT_FOUND', async () => {
    const sheet = await workbook(
      (await t.call('exports:actionTrackerXlsx', { bodyId: bilateralId, language: 'en' })).data,
    );
    const titles: string[] = [];
    sheet.eachRow((row) => titles.push(cellText(row.getCell(2).value)));
    expect(titles).toContain('Joint border patrol plan');
    expect(titles).not.toContain('Draft the referral SOP annex');
    expect((await t.fail('exports:actionTrackerXlsx', { bodyId: crypto.randomUUID() })).code).toBe(
      'NOT_FOUND',
    );
    expect((await t.fail('exports:actionTrackerXlsx', { language: 'de' })).code).toBe('VALIDATION');
  });
});
