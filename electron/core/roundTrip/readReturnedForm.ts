/**
 * Reads a returned update form as the agency left it: the hidden identification (round,
 * agency, body, signature) and, per row, the hidden action id, state and signature with the
 * answers as written (cell values of any kind: text, dates, numbers, rich text, formulas).
 * Nothing is checked against the workspace here (see formPreview); a file that is not an
 * update form is refused as malformed.
 */
import ExcelJS from 'exceljs';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/actions';
import { LANGUAGES, type Language } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { LABELS } from '../exports/kit/labels';
import { FORM_ID_SHEET, FORM_MARK, FORM_VERSION, type FormHeader } from './formSignature';
import {
  FORM_COLUMNS,
  FORM_HEADER_ROW,
  NAP_COLUMNS,
  NAP_SIGNATURE_HEADER,
} from './updateFormSheet';

export interface ReturnedRow {
  rowNumber: number;
  actionId: string;
  stateAt: string;
  signature: string;
  title: string;
  statusText: string;
  note: string;
  date: ExcelJS.CellValue;
  newDueDate: ExcelJS.CellValue;
}

/** A row of the NAP sheet as left by the agency. */
export interface ReturnedNapRow {
  rowNumber: number;
  /** 'activity' or 'indicator' (anything else: altered). */
  kindCode: string;
  itemId: string;
  stateAt: string;
  signature: string;
  code: string;
  title: string;
  statusText: string;
  note: string;
  value: ExcelJS.CellValue;
  numerator: ExcelJS.CellValue;
  denominator: ExcelJS.CellValue;
  source: string;
}

export interface ReturnedForm {
  header: FormHeader;
  signature: string;
  rows: ReturnedRow[];
  /** The NAP sheet's rows (none when the form has no NAP sheet). */
  napRows: ReturnedNapRow[];
}

/** The most rows a form is read to (a form holds one agency's open actions). */
const MAX_ROWS = 5000;

const malformed = () =>
  new DomainError('VALIDATION', 'This file is not an update form of this workspace.', {
    reason: 'malformed',
  });

/** A cell's text, whatever it holds (rich text, formula result, hyperlink, error). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();

/** A reader of status words: each status's code and its words in every document language. */
export function statusWords<S extends string>(
  statuses: readonly S[],
  words: (language: Language, status: S) => string,
): (text: string) => S | null {
  const map = new Map<string, S>(
    statuses.flatMap((s) => [
      [fold(s), s] as const,
      ...LANGUAGES.map((l) => [fold(words(l, s)), s] as const),
    ]),
  );
  return (text) => map.get(fold(text)) ?? null;
}

/** Status words of every document language (and the codes) → the status. */
export const statusFromText: (text: string) => ActionStatus | null = statusWords(
  ACTION_STATUSES,
  (l, s) => LABELS[l].statuses[s],
);

const pad = (n: number) => String(n).padStart(2, '0');
const isRealDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * A date cell as `YYYY-MM-DD`: a real date, an Excel serial number, or text written as
 * 2026-11-20, 20/11/2026, 20.11.2026 or 20-11-2026 (day first, as in the three languages).
 * Null when empty; 'invalid' when it cannot be read.
 */
export function dateFromCell(value: ExcelJS.CellValue): string | null | 'invalid' {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 2958465) return 'invalid';
    return new Date(Math.round((value - 25569) * 86_400_000)).toISOString().slice(0, 10);
  }
  if (value && typeof value === 'object' && 'result' in value) {
    return dateFromCell((value.result ?? null) as ExcelJS.CellValue);
  }
  const text = cellText(value).trim();
  if (!text) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : 'invalid';
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : 'invalid';
  }
  return 'invalid';
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw malformed();
  }
  return workbook;
}

function readHeader(workbook: ExcelJS.Workbook): { header: FormHeader; signature: string } {
  const sheet = workbook.getWorksheet(FORM_ID_SHEET);
  if (!sheet) throw malformed();
  const value = (row: number, col = 2) => cellText(sheet.getRow(row).getCell(col).value).trim();
  if (value(1, 1) !== FORM_MARK || value(1) !== String(FORM_VERSION)) throw malformed();
  const fields = new Map<string, string>();
  for (let r = 2; r <= 10; r++) fields.set(value(r, 1), value(r));
  const roundId = fields.get('round') ?? '';
  const agencyId = fields.get('agency') ?? '';
  const bodyId = fields.get('body') ?? '';
  const signature = fields.get('signature') ?? '';
  if (!roundId || !agencyId || !bodyId || !signature) throw malformed();
  return { header: { roundId, agencyId, bodyId }, signature };
}

/** The sheet with the hidden identifier columns: the second sheet, unless moved. */
function actionsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.worksheets.find(
    (s) =>
      s.name !== FORM_ID_SHEET &&
      cellText(s.getRow(FORM_HEADER_ROW).getCell(FORM_COLUMNS.signature).value) === 'signature',
  );
  if (!sheet) throw malformed();
  return sheet;
}

/** The rows of the NAP sheet, found by its hidden signature column, if the form has one. */
function readNapRows(workbook: ExcelJS.Workbook): ReturnedNapRow[] {
  const sheet = workbook.worksheets.find(
    (s) =>
      s.name !== FORM_ID_SHEET &&
      cellText(s.getRow(FORM_HEADER_ROW).getCell(NAP_COLUMNS.signature).value) ===
        NAP_SIGNATURE_HEADER,
  );
  if (!sheet) return [];
  const last = Math.min(sheet.rowCount, FORM_HEADER_ROW + MAX_ROWS);
  const rows: ReturnedNapRow[] = [];
  for (let r = FORM_HEADER_ROW + 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const text = (col: number, max = 300) => cellText(row.getCell(col).value).trim().slice(0, max);
    const entry: ReturnedNapRow = {
      rowNumber: r,
      kindCode: text(NAP_COLUMNS.kindCode, 20),
      itemId: text(NAP_COLUMNS.itemId),
      stateAt: text(NAP_COLUMNS.stateAt),
      signature: text(NAP_COLUMNS.signature),
      code: text(NAP_COLUMNS.code, 50),
      title: text(NAP_COLUMNS.item),
      statusText: text(NAP_COLUMNS.newStatus, 100),
      note: text(NAP_COLUMNS.note, 5000),
      value: row.getCell(NAP_COLUMNS.value).value,
      numerator: row.getCell(NAP_COLUMNS.numerator).value,
      denominator: row.getCell(NAP_COLUMNS.denominator).value,
      source: text(NAP_COLUMNS.source, 500),
    };
    const answered = [
      entry.statusText,
      entry.note,
      entry.source,
      cellText(entry.value),
      cellText(entry.numerator),
      cellText(entry.denominator),
    ].some((v) => v !== '');
    if (entry.itemId || entry.signature || answered) rows.push(entry);
  }
  return rows;
}

export async function readReturnedForm(bytes: Buffer): Promise<ReturnedForm> {
  const workbook = await loadWorkbook(bytes);
  const { header, signature } = readHeader(workbook);
  const sheet = actionsSheet(workbook);
  const last = Math.min(sheet.rowCount, FORM_HEADER_ROW + MAX_ROWS);
  const rows: ReturnedRow[] = [];
  for (let r = FORM_HEADER_ROW + 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const text = (col: number) => cellText(row.getCell(col).value).trim();
    const entry: ReturnedRow = {
      rowNumber: r,
      actionId: text(FORM_COLUMNS.actionId),
      stateAt: text(FORM_COLUMNS.stateAt),
      signature: text(FORM_COLUMNS.signature),
      title: text(FORM_COLUMNS.action).slice(0, 300),
      statusText: text(FORM_COLUMNS.newStatus).slice(0, 100),
      note: cellText(row.getCell(FORM_COLUMNS.note).value).trim().slice(0, 5000),
      date: row.getCell(FORM_COLUMNS.date).value,
      newDueDate: row.getCell(FORM_COLUMNS.newDueDate).value,
    };
    const answered =
      entry.statusText !== '' ||
      entry.note !== '' ||
      cellText(entry.date) !== '' ||
      cellText(entry.newDueDate) !== '';
    // Rows with neither an identifier nor an answer are blank (or the agency's own notes).
    if (entry.actionId || entry.signature || answered) rows.push(entry);
  }
  return { header, signature, rows, napRows: readNapRows(workbook) };
}
