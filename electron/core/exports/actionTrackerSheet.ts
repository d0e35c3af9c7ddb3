/**
 * The action tracker as an Excel workbook (exceljs): the same actions, in the same order and
 * with the same columns as the Word tracker (plus the agency, which Word prints as a heading),
 * so a chair can sort and filter it. A title block with the letterhead name, a frozen header
 * row with an autofilter, real Excel dates shown in the document language, status words in
 * that language, overdue rows shaded as in Word.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/domain/languages';
import { groupByAgency, type TrackerOptions } from './actionTrackerDocument';
import type { BuildProgress } from './buildProgress';
import type { ActionRow } from './exportData';
import type { Letterhead } from './kit/documentKit';
import { formatDate, LABELS } from './kit/labels';
import { severalBodies } from './trackerRows';

/** Excel date formats matching `formatDate` (Intl "long"), with the language's month names. */
export const SHEET_DATE_FORMAT: Record<Language, string> = {
  en: '[$-809]d mmmm yyyy',
  es: '[$-C0A]d "de" mmmm "de" yyyy',
  fr: '[$-40C]d mmmm yyyy',
};

const DAYS_OVERDUE: Record<Language, string> = {
  en: 'Days overdue',
  es: 'Días de retraso',
  fr: 'Jours de retard',
};

const ACCENT = 'FF1F3864';
const OVERDUE_FILL = 'FFFCE4E4';

const excelDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** Every font names its face: a font without one renders in a serif fallback. */
const font = (f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: 'Calibri',
  size: 11,
  ...f,
});

/** Points per line of 11-pt text. */
const LINE_HEIGHT = 15;

/**
 * How many lines a wrapped cell needs in a column this many characters wide. Rows get an
 * explicit height from it: LibreOffice (and Excel, until a cell is edited) keeps the default
 * one-line height otherwise, and wrapped text runs over the next rows.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, width - 2);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  value: (a: ActionRow) => ExcelJS.CellValue;
  date?: boolean;
  wrap?: boolean;
  align?: ExcelJS.Alignment['horizontal'];
}

/** The sheet's columns: the Word tracker's, with the agency first and days overdue apart. */
export function sheetColumns(language: Language, withBody: boolean): SheetColumn[] {
  const l = LABELS[language];
  return [
    { header: l.agency, width: 30, value: (a) => a.ownerName, wrap: true },
    { header: l.action, width: 50, value: (a) => a.title, wrap: true },
    ...(withBody
      ? [{ header: l.bodyColumn, width: 26, value: (a: ActionRow) => a.bodyName ?? '', wrap: true }]
      : []),
    {
      header: l.due,
      width: 20,
      value: (a) => (a.dueDate ? excelDate(a.dueDate) : null),
      date: true,
      align: 'left',
    },
    { header: l.status, width: 15, value: (a) => l.statuses[a.status] },
    {
      header: DAYS_OVERDUE[language],
      width: 12,
      value: (a) => (a.daysOverdue > 0 ? a.daysOverdue : null),
      align: 'center',
    },
    {
      header: l.latestUpdate,
      width: 55,
      value: (a) => {
        const last = a.updates.at(-1);
        return last ? `${formatDate(last.date, language)}${l.colon}${last.note}` : null;
      },
      wrap: true,
    },
  ];
}

/** Title block: letterhead name, title and scope, situation date and counts, marking. */
function titleBlock(
  sheet: ExcelJS.Worksheet,
  actions: ActionRow[],
  letterhead: Letterhead,
  o: TrackerOptions,
): void {
  const l = LABELS[o.language];
  const overdue = actions.filter((a) => a.daysOverdue > 0).length;
  sheet.addRow([letterhead.taskForceName]).font = font({
    bold: true,
    size: 14,
    color: { argb: ACCENT },
  });
  sheet.addRow([o.scope ? `${l.actionTracker} — ${o.scope}` : l.actionTracker]).font = font({
    bold: true,
    size: 12,
  });
  sheet.addRow([
    `${l.asOf(formatDate(o.today, o.language))}  ·  ${l.openActions}${l.colon}${actions.length}  ·  ${l.overdueActions}${l.colon}${overdue}`,
  ]).font = font({ italic: true });
  if (letterhead.classificationMarking) {
    sheet.addRow([letterhead.classificationMarking]).font = font({
      bold: true,
      color: { argb: 'FFC00000' },
    });
  }
  sheet.addRow([]);
}

export async function buildActionTrackerSheet(
  actions: ActionRow[],
  letterhead: Letterhead,
  o: TrackerOptions,
  progress?: BuildProgress,
): Promise<Buffer> {
  const l = LABELS[o.language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = o.author;
  workbook.lastModifiedBy = o.author;
  workbook.created = o.now;
  workbook.modified = o.now;
  workbook.title = o.scope ? `${l.actionTracker} — ${o.scope}` : l.actionTracker;
  workbook.company = letterhead.taskForceName;
  const sheet = workbook.addWorksheet(l.actionTracker.slice(0, 31), {
    pageSetup: {
      // 9 is A4 in Excel's paper codes; none means Letter.
      paperSize: letterhead.paperSize === 'A4' ? (9 as ExcelJS.PaperSize) : undefined,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const marking = letterhead.classificationMarking.replace(/&/g, '&&');
  sheet.headerFooter.oddHeader = marking ? `&C&B${marking}` : '';
  sheet.headerFooter.oddFooter = `&L${workbook.title.replace(/&/g, '&&')}&R${l.page} &P ${l.of} &N`;

  titleBlock(sheet, actions, letterhead, o);
  const columns = sheetColumns(o.language, severalBodies(actions));
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
  header.height =
    LINE_HEIGHT * Math.max(...columns.map((c) => wrappedLines(c.header, c.width))) + 4;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } };
  });
  const headerRow = header.number;

  const groups = groupByAgency(actions);
  for (const [i, g] of groups.entries()) {
    progress?.(i, groups.length + 1);
    for (const a of g.actions) {
      const values = columns.map((c) => c.value(a));
      const row = sheet.addRow(values);
      row.font = font();
      row.height =
        LINE_HEIGHT *
          Math.max(
            1,
            ...columns.map((c, ci) =>
              c.wrap && typeof values[ci] === 'string' ? wrappedLines(values[ci], c.width) : 1,
            ),
          ) +
        4;
      columns.forEach((c, ci) => {
        const cell = row.getCell(ci + 1);
        if (c.date) cell.numFmt = SHEET_DATE_FORMAT[o.language];
        cell.alignment = { vertical: 'top', horizontal: c.align, wrapText: c.wrap ?? false };
        if (a.daysOverdue > 0) {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OVERDUE_FILL } };
        }
      });
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: Math.max(headerRow, sheet.rowCount), column: columns.length },
  };
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  progress?.(groups.length, groups.length + 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
