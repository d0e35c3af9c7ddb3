/**
 * Streams the rows of one sheet of an .xlsx held in memory, so that a workbook with a million
 * rows is refused after the first rows over the limit instead of being parsed whole.
 *
 * exceljs's streaming WorkbookReader would do this, but it reads the zip front to back and
 * parks every sheet that comes before the shared strings (exceljs itself writes them in that
 * order) in a plaintext temp file — which Coordina must never write. So the zip is read from
 * its central directory (zipEntries.ts) and the reader's parsers are fed in the right order:
 * relationships, workbook (sheet names), shared strings, styles (to recognise dates), then
 * only the chosen sheet, row by row.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError } from '../../../../shared/errors';
import { entryStream, zipEntries, type ZipEntry } from './zipEntries';

/** What one part of a workbook (shared strings, styles, a sheet) may expand to. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

/** The parsers of exceljs's streaming reader (4.x) this module drives, one part at a time. */
interface WorkbookParts {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<unknown>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

export interface XlsxRows {
  sheets: string[];
  sheet: string;
  /** The sheet's rows in order, each as its 1-based row number and cell values. */
  rows: AsyncIterable<{ rowNumber: number; values: ExcelJS.CellValue[] }>;
}

function noSheet(sheetName: string | undefined): DomainError {
  return new DomainError(
    'VALIDATION',
    sheetName ? `There is no sheet named “${sheetName}”.` : 'The workbook has no sheets.',
    { field: 'sheet' },
  );
}

/** Where a relationship's target lives in the zip ('worksheets/sheet1.xml' → 'xl/…'). */
function partName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

async function drain(generator: AsyncGenerator<unknown>): Promise<void> {
  for await (const _ of generator) {
    // cached by the reader
  }
}

export async function openXlsxSheet(bytes: Buffer, sheetName?: string): Promise<XlsxRows> {
  const entries = zipEntries(bytes);
  const part = (name: string): ZipEntry | undefined => entries.get(name);
  const stream = (entry: ZipEntry) => entryStream(bytes, entry, MAX_PART_BYTES);
  const rels = part('xl/_rels/workbook.xml.rels');
  const book = part('xl/workbook.xml');
  if (!rels || !book) {
    throw new DomainError('VALIDATION', 'This is not a readable .xlsx workbook.', {
      field: 'contentBase64',
    });
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookParts;
  await reader._parseRels(stream(rels));
  await reader._parseWorkbook(stream(book));
  const strings = part('xl/sharedStrings.xml');
  if (strings) await drain(reader._parseSharedStrings(stream(strings)));
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(stream(styles));

  const sheets = reader.model?.sheets ?? [];
  const chosen = sheetName ? sheets.find((s) => s.name === sheetName) : sheets[0];
  if (!chosen) throw noSheet(sheetName);
  const target = reader.workbookRels?.find((r) => r.Id === chosen.rId)?.Target ?? '';
  const sheetNo = /sheet(\d+)\.xml$/.exec(target)?.[1];
  const sheetPart = part(partName(target));
  if (!sheetNo || !sheetPart) throw noSheet(sheetName);
  const worksheet = [...reader._parseWorksheet(stream(sheetPart), sheetNo)][0]?.value;
  if (!worksheet) throw noSheet(sheetName);

  async function* rows() {
    for await (const row of worksheet!) {
      yield { rowNumber: row.number, values: (row.values as ExcelJS.CellValue[]).slice(1) };
    }
  }
  return { sheets: sheets.map((s) => s.name), sheet: chosen.name, rows: rows() };
}
