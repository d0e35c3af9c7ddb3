/**
 * Reads a NAP matrix file (XLSX through exceljs's public API, CSV through papaparse) into
 * plain grids of cells, one per sheet, with merged cells filled from their master cell and
 * hidden sheets and columns flagged. Everything stays in memory; nothing is written.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../../../shared/errors';
import { decodeBase64, MAX_IMPORT_ROWS as MAX_NAP_ROWS } from '../../agencies/import/readTable';

const MAX_NAP_COLUMNS = 80;

/** One cell: its text as shown, and its typed value when the sheet holds a number or date. */
export interface GridCell {
  text: string;
  value: number | Date | null;
  /** Excel percent format: the value 0.125 means 12.5 %. */
  percent: boolean;
}

export interface Grid {
  name: string;
  hidden: boolean;
  /** rows[i] is sheet row i + 1; each row has `width` cells. */
  rows: GridCell[][];
  width: number;
  hiddenColumns: boolean[];
}

export interface Workbook {
  format: 'csv' | 'xlsx';
  grids: Grid[];
}

const EMPTY: GridCell = { text: '', value: null, percent: false };

function invalid(message: string, field = 'dataBase64'): DomainError {
  return new DomainError('VALIDATION', message, { field });
}

/** Cell text: line breaks kept (\n), other whitespace runs collapsed, lines trimmed. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0\u202F]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function toCell(value: ExcelJS.CellValue, numFmt: string | undefined): GridCell {
  if (value === null || value === undefined) return EMPTY;
  if (value instanceof Date) return { text: isoDay(value), value, percent: false };
  if (typeof value === 'number') {
    const percent = !!numFmt && numFmt.includes('%');
    return { text: String(percent ? value * 100 : value), value, percent };
  }
  if (typeof value === 'object') {
    if ('richText' in value) return textCell(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) {
      return toCell((value as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
    }
    if ('text' in value && typeof value.text === 'string') return textCell(value.text);
    return EMPTY; // errors and anything unknown
  }
  return textCell(String(value));
}

function textCell(text: string): GridCell {
  const cleaned = cleanText(text);
  return cleaned ? { text: cleaned, value: null, percent: false } : EMPTY;
}

function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const height = Math.min(sheet.rowCount, MAX_NAP_ROWS + 100);
  const width = Math.min(sheet.columnCount, MAX_NAP_COLUMNS);
  const rows: GridCell[][] = [];
  for (let r = 1; r <= height; r++) {
    const row = sheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const source = cell.isMerged ? cell.master : cell;
      cells.push(toCell(source.value, source.numFmt));
    }
    rows.push(cells);
  }
  const hiddenColumns = Array.from({ length: width }, (_, i) => sheet.getColumn(i + 1).hidden);
  return { name: sheet.name, hidden: sheet.state !== 'visible', rows, width, hiddenColumns };
}

async function readXlsx(bytes: Buffer): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('This is not a readable .xlsx workbook.');
  }
  const grids = book.worksheets.map(sheetGrid);
  if (grids.length === 0) throw invalid('The workbook has no sheets.');
  return { format: 'xlsx', grids };
}

/**
 * The separator, judged on the first lines only: decimal commas ("12,5") must not make a
 * semicolon file look comma-separated (papaparse's own guess does).
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 12)
    .map((l) => l.replace(/"[^"]*"/g, '""'));
  const spread = (d: string) => lines.filter((l) => l.includes(d)).length;
  const most = (d: string) => Math.max(0, ...lines.map((l) => l.split(d).length - 1));
  if (most(';') >= 2 && spread(';') * 2 >= lines.length) return ';';
  if (most('\t') >= 2 && spread('\t') * 2 >= lines.length) return '\t';
  if (most(',') >= 1) return ',';
  return most(';') > 0 ? ';' : ',';
}

function readCsv(bytes: Buffer, fileName: string): Workbook {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
  });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw invalid('The CSV file is malformed.');
  if (parsed.data.length > MAX_NAP_ROWS + 100) {
    throw invalid(`The file has more than ${MAX_NAP_ROWS} rows.`);
  }
  const width = Math.min(MAX_NAP_COLUMNS, Math.max(0, ...parsed.data.map((r) => r.length)));
  const rows = parsed.data.map((r) =>
    Array.from({ length: width }, (_, i) => textCell(r[i] ?? '')),
  );
  const name = fileName.replace(/\.[^.]+$/, '');
  return {
    format: 'csv',
    grids: [{ name, hidden: false, rows, width, hiddenColumns: Array<boolean>(width).fill(false) }],
  };
}

export async function readNapWorkbook(fileName: string, dataBase64: string): Promise<Workbook> {
  const bytes = decodeBase64(dataBase64, 'dataBase64');
  const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (/\.xlsx$/i.test(fileName) || isZip) return readXlsx(bytes);
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return readCsv(bytes, fileName);
  throw invalid('Choose a .csv or .xlsx file.', 'fileName');
}
