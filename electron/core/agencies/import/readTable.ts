/**
 * Turns an uploaded CSV (papaparse) or XLSX (exceljs) file into a header row and string
 * cells. Nothing is written anywhere: the bytes stay in memory.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError } from '../../../../shared/errors';

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

function decodeBase64(contentBase64: string): Buffer {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0)
    throw new DomainError('VALIDATION', 'The file is empty.', { field: 'contentBase64' });
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new DomainError('VALIDATION', 'The file is larger than 10 MB.', {
      field: 'contentBase64',
    });
  }
  return bytes;
}

function finish(
  format: Table['format'],
  sheets: string[],
  sheet: string | null,
  grid: string[][],
): Table {
  const headerIndex = grid.findIndex((row) => row.some((c) => c.trim() !== ''));
  if (headerIndex < 0)
    throw new DomainError('VALIDATION', 'The file has no rows.', { field: 'contentBase64' });
  const columns = (grid[headerIndex] ?? []).map((c, i) => c.trim() || `Column ${i + 1}`);
  const rows = grid
    .slice(headerIndex + 1)
    .map((cells, i) => ({ rowNumber: headerIndex + i + 2, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new DomainError('VALIDATION', `The file has more than ${MAX_IMPORT_ROWS} rows.`, {
      field: 'contentBase64',
    });
  }
  return { format, sheets, sheet, columns, rows };
}

function readCsv(bytes: Buffer): Table {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new DomainError(
      'VALIDATION',
      `The CSV file is malformed near row ${(fatal.row ?? 0) + 1}.`,
      {
        field: 'contentBase64',
      },
    );
  }
  return finish('csv', [], null, parsed.data);
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

async function readXlsx(bytes: Buffer, sheetName?: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('VALIDATION', 'This is not a readable .xlsx workbook.', {
      field: 'contentBase64',
    });
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!worksheet) {
    throw new DomainError(
      'VALIDATION',
      sheetName ? `There is no sheet named “${sheetName}”.` : 'The workbook has no sheets.',
      {
        field: 'sheet',
      },
    );
  }
  const grid: string[][] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return finish('xlsx', sheets, worksheet.name, grid);
}

export async function readTable(
  fileName: string,
  contentBase64: string,
  sheet?: string,
): Promise<Table> {
  const bytes = decodeBase64(contentBase64);
  const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (/\.xlsx$/i.test(fileName) || isZip) return readXlsx(bytes, sheet);
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return readCsv(bytes);
  throw new DomainError('VALIDATION', 'Choose a .csv or .xlsx file.', { field: 'fileName' });
}
