/**
 * Turns an uploaded CSV (papaparse) or XLSX (exceljs) file into a header row and string
 * cells. Both are read row by row and reading stops at the first row over the limit, so a
 * huge file is refused quickly. Nothing is written anywhere: the bytes stay in memory.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../../../shared/errors';
import { openXlsxSheet } from './readXlsx';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export interface Table {
  format: 'csv' | 'xlsx';
  sheets: string[];
  sheet: string | null;
  columns: string[];
  /** Data rows (after the header), each with its 1-based row number in the file. */
  rows: { rowNumber: number; cells: string[] }[];
}

/** The bytes of an uploaded file, refused when empty or over 10 MB (shared by the NAP import). */
export function decodeBase64(contentBase64: string, field = 'contentBase64'): Buffer {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new DomainError('VALIDATION', 'The file is empty.', { field });
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new DomainError('VALIDATION', 'The file is larger than 10 MB.', { field });
  }
  return bytes;
}

/** The first rows over the limit are enough to refuse a file: reading stops there. */
class TooManyRows extends Error {}

function tooManyRows(): DomainError {
  return new DomainError('VALIDATION', `The file has more than ${MAX_IMPORT_ROWS} rows.`, {
    field: 'contentBase64',
  });
}

/**
 * Collects rows as they are read: the first non-empty row is the header, the non-empty rows
 * after it are data; one data row over the limit throws TooManyRows so the reader can stop.
 */
class RowCollector {
  private header: string[] | null = null;
  readonly rows: Table['rows'] = [];

  add(rowNumber: number, cells: string[]): void {
    if (!cells.some((c) => c.trim() !== '')) return;
    if (!this.header) {
      this.header = cells;
      return;
    }
    if (this.rows.length >= MAX_IMPORT_ROWS) throw new TooManyRows();
    this.rows.push({ rowNumber, cells: cells.map((c) => c.trim()) });
  }

  table(format: Table['format'], sheets: string[], sheet: string | null, width = 0): Table {
    if (!this.header)
      throw new DomainError('VALIDATION', 'The file has no rows.', { field: 'contentBase64' });
    const pad = (cells: string[]) =>
      cells.length >= width ? cells : [...cells, ...Array<string>(width - cells.length).fill('')];
    const columns = pad(this.header).map((c, i) => c.trim() || `Column ${i + 1}`);
    const rows = width > 0 ? this.rows.map((r) => ({ ...r, cells: pad(r.cells) })) : this.rows;
    return { format, sheets, sheet, columns, rows };
  }
}

function malformedCsv(row: number | undefined): DomainError {
  return new DomainError('VALIDATION', `The CSV file is malformed near row ${(row ?? 0) + 1}.`, {
    field: 'contentBase64',
  });
}

/** Row by row (papaparse's step), aborted at the first row over the limit. */
function readCsv(bytes: Buffer): Table {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const collected = new RowCollector();
  let row = 0; // as before: rows are counted without the blank lines papaparse skips
  let failure = null as Error | null; // set inside the step callback
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      row++;
      const fatal = result.errors.find((e) => e.type === 'Quotes');
      try {
        if (fatal) throw malformedCsv(row - 1);
        collected.add(row, result.data);
      } catch (error) {
        failure = error as Error;
        parser.abort();
      }
    },
  });
  if (failure instanceof TooManyRows) throw tooManyRows();
  if (failure) throw failure;
  return collected.table('csv', [], null);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Streamed from the zip, stopped at the first row over the limit. */
async function readXlsx(bytes: Buffer, sheetName?: string): Promise<Table> {
  const { sheets, sheet, rows } = await openXlsxSheet(bytes, sheetName);
  const collected = new RowCollector();
  let width = 0;
  try {
    for await (const { rowNumber, values } of rows) {
      const cells = Array.from(values, cellText);
      width = Math.max(width, cells.length);
      collected.add(rowNumber, cells);
    }
  } catch (error) {
    if (error instanceof TooManyRows) throw tooManyRows();
    if (error instanceof DomainError) throw error;
    throw new DomainError('VALIDATION', 'This is not a readable .xlsx workbook.', {
      field: 'contentBase64',
    });
  }
  return collected.table('xlsx', sheets, sheet, width);
}

export async function readTable(
  fileName: string,
  contentBase64: string,
  sheet?: string,
): Promise<Table> {
  const bytes = decodeBase64(contentBase64);
  const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (/\.xlsx$/i.test(fileName) || isZip) {
    try {
      return await readXlsx(bytes, sheet);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('VALIDATION', 'This is not a readable .xlsx workbook.', {
        field: 'contentBase64',
      });
    }
  }
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return readCsv(bytes);
  throw new DomainError('VALIDATION', 'Choose a .csv or .xlsx file.', { field: 'fileName' });
}
