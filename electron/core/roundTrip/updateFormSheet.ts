/**
 * Builds one agency's update form (exceljs): an instructions sheet in the form's language, an
 * "Actions" sheet with that agency's open actions where only the answer columns are unlocked
 * (new status from a list, progress note, date of progress, proposed due date), and a very
 * hidden sheet plus hidden columns with the round, the agency, each row's action and their
 * signatures (see formSignature). Plain DTO in, bytes out, so it can run on the export worker.
 */
import ExcelJS from 'exceljs';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/actions';
import type { Language } from '../../../shared/domain/languages';
import { NAP_ACTIVITY_STATUSES, type NapActivityStatus } from '../../../shared/domain/nap';
import type { BuildProgress } from '../exports/buildProgress';
import { SHEET_DATE_FORMAT, wrappedLines } from '../exports/actionTrackerSheet';
import { formatDate, LABELS } from '../exports/kit/labels';
import { FORM_ID_SHEET, FORM_MARK, FORM_VERSION, type FormHeader } from './formSignature';
import { FORM_WORDS } from './formWords';

export interface UpdateFormRow {
  actionId: string;
  stateAt: string;
  signature: string;
  title: string;
  /** Where it was raised ("Meeting No. 4"), or ''. */
  origin: string;
  dueDate: string | null;
  status: ActionStatus;
  latestUpdate: { date: string; note: string } | null;
}

/** A row of the NAP sheet: one of the agency's activities, or an indicator of one. */
export interface UpdateFormNapRow {
  kind: 'activity' | 'indicator';
  itemId: string;
  stateAt: string;
  signature: string;
  /** The activity's code (an indicator: its activity's). */
  code: string;
  /** The activity's text, or the indicator's name (and unit). */
  text: string;
  /** Activity rows: its status; indicator rows: null. */
  status: NapActivityStatus | null;
  /** Indicator rows: baseline and target in words; activity rows: ''. */
  target: string;
  /** The latest progress narrative, or the latest measurement, in words. */
  latest: string;
  /** A share: numerator and denominator cells are open too. */
  isPercentage: boolean;
}

export interface UpdateFormData {
  language: Language;
  taskForceName: string;
  bodyName: string;
  agencyName: string;
  issuedOn: string;
  replyBy: string | null;
  header: FormHeader;
  headerSignature: string;
  password: string;
  rows: UpdateFormRow[];
  /** The NAP reporting period's label, when the round covers one (then the NAP sheet). */
  napPeriod: string | null;
  napRows: UpdateFormNapRow[];
  author: string;
  now: Date;
}

/** Columns of the Actions sheet (1-based), answers and hidden identifiers included. */
export const FORM_COLUMNS = {
  no: 1,
  action: 2,
  origin: 3,
  due: 4,
  status: 5,
  latestUpdate: 6,
  newStatus: 7,
  note: 8,
  date: 9,
  newDueDate: 10,
  actionId: 11,
  stateAt: 12,
  signature: 13,
} as const;
/** The header row of the Actions sheet; data rows follow it. */
export const FORM_HEADER_ROW = 1;

/** Columns of the NAP sheet (1-based); its header row is FORM_HEADER_ROW too. */
export const NAP_COLUMNS = {
  code: 1,
  kind: 2,
  item: 3,
  status: 4,
  latest: 5,
  newStatus: 6,
  note: 7,
  value: 8,
  numerator: 9,
  denominator: 10,
  source: 11,
  kindCode: 12,
  itemId: 13,
  stateAt: 14,
  signature: 15,
} as const;
/** The header of the NAP sheet's signature column: how the sheet is found again. */
export const NAP_SIGNATURE_HEADER = 'nap-signature';
const NAP_WIDTHS = [9, 14, 55, 26, 40, 16, 50, 12, 12, 12, 30];

const WIDTHS = [6, 50, 18, 16, 15, 45, 16, 50, 16, 18];
const ACCENT = 'FF1F3864';
const ANSWER_FILL = 'FFFFF5CC';
/** Thin grey lines around every visible cell, so each row and each answer cell stands apart. */
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const CELL_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const font = (f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: 'Calibri',
  size: 11,
  ...f,
});
/** The protection only discourages edits (the signatures are the check): a light hash. */
const SPIN_COUNT = 1000;
const excelDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** A sheet's header row in the accent colour over its visible columns, the others hidden. */
function styleHeader(
  sheet: ExcelJS.Worksheet,
  header: ExcelJS.Row,
  widths: number[],
  hidden: number[],
) {
  header.font = font({ bold: true, color: { argb: 'FFFFFFFF' } });
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 34;
  for (let col = 1; col <= widths.length; col++) {
    header.getCell(col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ACCENT } };
    header.getCell(col).border = CELL_BORDER;
  }
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const col of hidden) sheet.getColumn(col).hidden = true;
}

/** Data sheets: only the answer cells can be edited. */
const protectData = (sheet: ExcelJS.Worksheet, password: string) =>
  sheet.protect(password, {
    spinCount: SPIN_COUNT,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

async function instructionsSheet(workbook: ExcelJS.Workbook, d: UpdateFormData) {
  const w = FORM_WORDS[d.language];
  // Printed on one page width (both columns together), as the Actions sheet is.
  const sheet = workbook.addWorksheet(w.instructionsSheet, {
    pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 90;
  sheet.addRow([d.taskForceName]).font = font({ bold: true, size: 14, color: { argb: ACCENT } });
  sheet.addRow([w.title]).font = font({ bold: true, size: 12 });
  sheet.addRow([]);
  const facts: [string, string][] = [
    [w.body, d.bodyName],
    [w.agency, d.agencyName],
    [w.issuedOn, formatDate(d.issuedOn, d.language)],
    ...(d.replyBy ? [[w.replyBy, formatDate(d.replyBy, d.language)] as [string, string]] : []),
    ...(d.napPeriod ? [[w.napPeriod, d.napPeriod] as [string, string]] : []),
  ];
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = font({ bold: true });
    row.getCell(2).font = font();
  }
  sheet.addRow([]);
  const lines = d.napPeriod
    ? [...w.instructions.slice(0, 2), w.napInstruction(d.napPeriod), ...w.instructions.slice(2)]
    : w.instructions;
  for (const [i, line] of lines.entries()) {
    const row = sheet.addRow([`${i + 1}.`, line]);
    row.font = font();
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'right' };
    row.height = 15 * wrappedLines(line, 90) + 4;
  }
  await sheet.protect(d.password, {
    selectLockedCells: true,
    selectUnlockedCells: true,
    spinCount: SPIN_COUNT,
  });
}

async function identitySheet(workbook: ExcelJS.Workbook, d: UpdateFormData) {
  const sheet = workbook.addWorksheet(FORM_ID_SHEET, { state: 'veryHidden' });
  sheet.addRow([FORM_MARK, FORM_VERSION]);
  sheet.addRow(['round', d.header.roundId]);
  sheet.addRow(['agency', d.header.agencyId]);
  sheet.addRow(['body', d.header.bodyId]);
  sheet.addRow(['signature', d.headerSignature]);
  sheet.addRow(['issued', d.issuedOn]);
  await sheet.protect(d.password, { spinCount: SPIN_COUNT });
}

async function actionsSheet(
  workbook: ExcelJS.Workbook,
  d: UpdateFormData,
  progress?: BuildProgress,
) {
  const w = FORM_WORDS[d.language];
  const l = LABELS[d.language];
  const statusWords = ACTION_STATUSES.map((s) => l.statuses[s]);
  const sheet = workbook.addWorksheet(w.actionsSheet, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const c = w.columns;
  const header = sheet.addRow([
    c.no,
    c.action,
    c.origin,
    c.due,
    c.status,
    c.latestUpdate,
    c.newStatus,
    c.note,
    c.date,
    c.newDueDate,
    'id',
    'state',
    'signature',
  ]);
  styleHeader(sheet, header, WIDTHS, [
    FORM_COLUMNS.actionId,
    FORM_COLUMNS.stateAt,
    FORM_COLUMNS.signature,
  ]);

  for (const [i, r] of d.rows.entries()) {
    progress?.(i, d.rows.length + 1);
    const latest = r.latestUpdate
      ? `${formatDate(r.latestUpdate.date, d.language)}${l.colon}${r.latestUpdate.note}`
      : '';
    const row = sheet.addRow([
      i + 1,
      r.title,
      r.origin,
      r.dueDate ? excelDate(r.dueDate) : null,
      l.statuses[r.status],
      latest,
      null,
      null,
      null,
      null,
      r.actionId,
      r.stateAt,
      r.signature,
    ]);
    row.font = font();
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = 15 * Math.max(wrappedLines(r.title, 50), wrappedLines(latest, 45), 2) + 4;
    row.getCell(FORM_COLUMNS.due).numFmt = SHEET_DATE_FORMAT[d.language];
    for (let col = 1; col <= FORM_COLUMNS.newDueDate; col++) row.getCell(col).border = CELL_BORDER;
    row.getCell(FORM_COLUMNS.no).alignment = { vertical: 'top', horizontal: 'center' };
    row.getCell(FORM_COLUMNS.due).alignment = { vertical: 'top', horizontal: 'left' };
    for (const col of [
      FORM_COLUMNS.newStatus,
      FORM_COLUMNS.note,
      FORM_COLUMNS.date,
      FORM_COLUMNS.newDueDate,
    ]) {
      const cell = row.getCell(col);
      cell.protection = { locked: false };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
      if (col === FORM_COLUMNS.date || col === FORM_COLUMNS.newDueDate) {
        cell.numFmt = SHEET_DATE_FORMAT[d.language];
        cell.dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date('2000-01-01T00:00:00Z')],
          showErrorMessage: true,
        };
      }
    }
    row.getCell(FORM_COLUMNS.newStatus).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${statusWords.join(',')}"`],
      showErrorMessage: true,
    };
  }
  sheet.views = [{ state: 'frozen', ySplit: FORM_HEADER_ROW, xSplit: 0 }];
  await protectData(sheet, d.password);
}

const answerCell = (cell: ExcelJS.Cell) => {
  cell.protection = { locked: false };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
};

async function napSheet(workbook: ExcelJS.Workbook, d: UpdateFormData) {
  const w = FORM_WORDS[d.language];
  const c = w.napColumns;
  const statusWords = NAP_ACTIVITY_STATUSES.map((s) => w.napStatuses[s]);
  const sheet = workbook.addWorksheet(w.napSheet, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const header = sheet.addRow([
    c.code,
    c.kind,
    c.item,
    c.status,
    c.latest,
    c.newStatus,
    c.note,
    c.value,
    c.numerator,
    c.denominator,
    c.source,
    'kind',
    'id',
    'state',
    NAP_SIGNATURE_HEADER,
  ]);
  styleHeader(sheet, header, NAP_WIDTHS, [
    NAP_COLUMNS.kindCode,
    NAP_COLUMNS.itemId,
    NAP_COLUMNS.stateAt,
    NAP_COLUMNS.signature,
  ]);
  for (const r of d.napRows) {
    const row = sheet.addRow([
      r.code,
      w.napKinds[r.kind],
      r.text,
      r.status ? w.napStatuses[r.status] : r.target,
      r.latest,
      null,
      null,
      null,
      null,
      null,
      null,
      r.kind,
      r.itemId,
      r.stateAt,
      r.signature,
    ]);
    row.font = font(r.kind === 'activity' ? { bold: true } : {});
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = 15 * Math.max(wrappedLines(r.text, 55), wrappedLines(r.latest, 40), 2) + 4;
    for (let col = 1; col <= NAP_COLUMNS.source; col++) row.getCell(col).border = CELL_BORDER;
    answerCell(row.getCell(NAP_COLUMNS.note));
    if (r.kind === 'activity') {
      answerCell(row.getCell(NAP_COLUMNS.newStatus));
      row.getCell(NAP_COLUMNS.newStatus).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${statusWords.join(',')}"`],
        showErrorMessage: true,
      };
      continue;
    }
    const figures = r.isPercentage
      ? [NAP_COLUMNS.value, NAP_COLUMNS.numerator, NAP_COLUMNS.denominator]
      : [NAP_COLUMNS.value];
    for (const col of figures) {
      answerCell(row.getCell(col));
      row.getCell(col).dataValidation = {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
      };
    }
    answerCell(row.getCell(NAP_COLUMNS.source));
  }
  sheet.views = [{ state: 'frozen', ySplit: FORM_HEADER_ROW, xSplit: 0 }];
  await protectData(sheet, d.password);
}

export async function buildUpdateForm(
  d: UpdateFormData,
  progress?: BuildProgress,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = d.author;
  workbook.lastModifiedBy = d.author;
  workbook.created = d.now;
  workbook.modified = d.now;
  workbook.title = `${FORM_WORDS[d.language].title} — ${d.agencyName}`;
  workbook.company = d.taskForceName;
  await instructionsSheet(workbook, d);
  await actionsSheet(workbook, d, progress);
  if (d.napPeriod) await napSheet(workbook, d);
  await identitySheet(workbook, d);
  progress?.(d.rows.length, d.rows.length + 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
