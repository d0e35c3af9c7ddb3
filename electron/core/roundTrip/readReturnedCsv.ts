/**
 * Reads an update form that an agency re-saved as CSV (Excel, LibreOffice): what its Actions
 * sheet held, hidden identifier columns included (a spreadsheet program exports them as plain
 * columns), as the same rows readReturnedForm gives. A CSV has no identification sheet and no
 * header signature: it is `unsigned`, and the round and agency are found later from its rows
 * (see returnedFile). Separators `,` `;` or tab; UTF-8 with or without BOM, UTF-16 with BOM or
 * Windows-1252; quoted fields with line breaks; with or without the header row and the
 * instruction lines. Dates are left as text for the cell readers (dateFromCell), once a time
 * part or a written month ("25 November 2026", "25 de noviembre de 2026") is brought to
 * day-first digits. Nothing is checked against the workspace here.
 */
import Papa from 'papaparse';
import { idSchema } from '../../../shared/contract/common';
import { LANGUAGES } from '../../../shared/domain/languages';
import { DomainError } from '../../../shared/errors';
import { detectDelimiter } from '../nap/import/napGrid';
import type { ReturnedRow } from './readReturnedForm';
import { FORM_WORDS } from './formWords';
import { FORM_COLUMNS } from './updateFormSheet';

export interface ReturnedCsv {
  /** Always true: nothing in a CSV proves which round and agency it comes from. */
  unsigned: true;
  /** The round and agency the file names itself (identification lines), when it does. */
  roundId: string | null;
  agencyId: string | null;
  rows: ReturnedRow[];
}

/** The most rows a form is read to (as for the .xlsx form). */
const MAX_ROWS = 5000;

const malformed = () =>
  new DomainError('VALIDATION', 'This file is not an update form of this workspace.', {
    reason: 'malformed',
  });

/** The text of the file, whatever encoding the spreadsheet program saved it in. */
export function decodeCsvText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');

/** Month names (long and short, every document language) → month number. */
const MONTHS = new Map<string, number>(
  LANGUAGES.flatMap((language) =>
    (['long', 'short'] as const).flatMap((month) => {
      const format = new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' });
      return Array.from(
        { length: 12 },
        (_, i) => [fold(format.format(new Date(Date.UTC(2026, i, 15)))), i + 1] as const,
      );
    }),
  ),
);

/**
 * A date cell's text as the cell readers take it: "2026-11-25T00:00:00+01:00" and
 * "25/11/2026 00:00" lose their time; "25 November 2026", "25 de noviembre de 2026",
 * "25 nov. 2026" become "25/11/2026". Anything else is left for dateFromCell to judge.
 */
export function csvDateText(text: string): string {
  const t = text.trim();
  const iso =
    /^(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (iso) return iso[1]!;
  const dayFirst = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s+\d{1,2}:\d{2}(:\d{2})?$/.exec(t);
  if (dayFirst) return dayFirst[1]!;
  const written = /^(\d{1,2})\.?\s+(?:de\s+)?([\p{L}.]+)\s+(?:de\s+)?(\d{4})$/iu.exec(t);
  const month = written ? MONTHS.get(fold(written[2]!)) : undefined;
  if (written && month) return `${written[1]}/${month}/${written[3]}`;
  return t;
}

/** The hidden columns' headers (language-neutral) and the answer columns' (any language). */
const HIDDEN_HEADERS = { actionId: 'id', stateAt: 'state', signature: 'signature' } as const;
type ReadColumn = 'action' | 'newStatus' | 'note' | 'date' | 'newDueDate';
const READ_COLUMNS: readonly ReadColumn[] = ['action', 'newStatus', 'note', 'date', 'newDueDate'];
const HEADER_WORDS = new Map<string, ReadColumn>(
  LANGUAGES.flatMap((l) => READ_COLUMNS.map((c) => [fold(FORM_WORDS[l].columns[c]), c] as const)),
);

type Columns = Record<ReadColumn | keyof typeof HIDDEN_HEADERS, number>;

/** Where each column is: by the header row when there is one, else as the form lays them out. */
function columnsOf(header: readonly string[] | null): Columns {
  const at = (col: keyof typeof FORM_COLUMNS, base = 0) => base + FORM_COLUMNS[col] - 1;
  if (!header) {
    return Object.fromEntries(
      [...READ_COLUMNS, ...Object.keys(HIDDEN_HEADERS)].map((c) => [
        c,
        at(c as keyof typeof FORM_COLUMNS),
      ]),
    ) as Columns;
  }
  const folded = header.map(fold);
  const found = (col: ReadColumn) => folded.findIndex((h) => HEADER_WORDS.get(h) === col);
  const idCol = folded.indexOf(HIDDEN_HEADERS.actionId);
  // Columns were not moved (the sheet is protected): the id column, else the first answer
  // column found by its header, places the others.
  const anchor = READ_COLUMNS.find((c) => found(c) >= 0);
  const base =
    idCol >= 0 || !anchor
      ? idCol - (FORM_COLUMNS.actionId - 1)
      : found(anchor) - (FORM_COLUMNS[anchor] - 1);
  const named = (col: ReadColumn) => (found(col) >= 0 ? found(col) : at(col, base));
  return {
    actionId: idCol,
    stateAt: folded.indexOf(HIDDEN_HEADERS.stateAt),
    signature: folded.indexOf(HIDDEN_HEADERS.signature),
    action: named('action'),
    newStatus: named('newStatus'),
    note: named('note'),
    date: named('date'),
    newDueDate: named('newDueDate'),
  };
}

const isId = (s: string) => idSchema.safeParse(s).success;
/** The header row: the hidden columns' headers, or most answer columns' headers. */
const isHeader = (cells: readonly string[]) => {
  const folded = cells.map(fold);
  return (
    (folded.includes(HIDDEN_HEADERS.actionId) && folded.includes(HIDDEN_HEADERS.signature)) ||
    folded.filter((h) => HEADER_WORDS.has(h)).length >= 3
  );
};

/** Parsed with the separator that gives the most records as wide as a form's rows. */
function parseRecords(text: string): string[][] {
  let best: Papa.ParseResult<string[]> | null = null;
  let bestScore = -1;
  for (const delimiter of new Set([detectDelimiter(text), ';', ',', '\t'])) {
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
    const score = parsed.data.filter((r) => r.length >= FORM_COLUMNS.actionId).length;
    if (score > bestScore) [best, bestScore] = [parsed, score];
  }
  if (!best || best.errors.some((e) => e.type === 'Quotes')) throw malformed();
  return best.data;
}

export function readReturnedCsv(bytes: Buffer): ReturnedCsv {
  const text = decodeCsvText(bytes);
  // A binary file (an old .xls, an image) is not text.
  if (text.includes('\u0000')) throw malformed();
  const records = parseRecords(text);
  const headerAt = records.slice(0, 100).findIndex(isHeader);
  const columns = columnsOf(headerAt >= 0 ? records[headerAt]! : null);

  // Identification lines ("round;<id>", "agency;<id>") if the identity sheet came along.
  const named: Record<'round' | 'agency', string | null> = { round: null, agency: null };
  for (const r of records.slice(0, 200)) {
    const key = fold(r[0] ?? '');
    if ((key === 'round' || key === 'agency') && isId((r[1] ?? '').trim())) {
      named[key] ??= r[1]!.trim();
    }
  }

  const rows: ReturnedRow[] = [];
  let formLike = headerAt >= 0;
  for (let i = headerAt + 1; i < records.length && rows.length < MAX_ROWS; i++) {
    const record = records[i]!;
    const cell = (col: number) => (col >= 0 ? (record[col] ?? '').trim() : '');
    if (['round', 'agency', 'body', 'signature'].includes(fold(record[0] ?? ''))) continue;
    const entry: ReturnedRow = {
      rowNumber: i + 1,
      actionId: cell(columns.actionId),
      stateAt: cell(columns.stateAt),
      signature: cell(columns.signature),
      title: cell(columns.action).slice(0, 300),
      statusText: cell(columns.newStatus).slice(0, 100),
      note: cell(columns.note).replace(/\r\n?/g, '\n').slice(0, 5000),
      date: csvDateText(cell(columns.date)),
      newDueDate: csvDateText(cell(columns.newDueDate)),
    };
    if (isId(entry.actionId)) formLike = true;
    const answered =
      entry.statusText !== '' || entry.note !== '' || entry.date !== '' || entry.newDueDate !== '';
    // Rows with neither an identifier nor an answer are blank, instructions or notes.
    if (entry.actionId || entry.signature || answered) rows.push(entry);
  }
  // No header row and no row naming an action: nothing of an update form.
  if (!formLike && !named.round) throw malformed();
  return { unsigned: true, roundId: named.round, agencyId: named.agency, rows };
}
