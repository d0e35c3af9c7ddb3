/**
 * How an update form re-saved as CSV is read: semicolon or comma separators, a BOM, a quoted
 * note over several lines, Windows-1252 and UTF-16 text, with or without the header row and
 * the instruction lines, dates as the spreadsheet displayed them; anything else is refused.
 */
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import { auditSentence } from '../../renderer/src/features/audit/auditVocabulary';
import {
  csvDateText,
  decodeCsvText,
  readReturnedCsv,
} from '../../electron/core/roundTrip/readReturnedCsv';
import { dateFromCell } from '../../electron/core/roundTrip/readReturnedForm';
import { DomainError } from '../../shared/errors';

const ID1 = '3f2b8c1e-8d4a-4c6e-9b1a-2d3e4f5a6b7c';
const ID2 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const HEADER = [
  'No.',
  'Action item',
  'Raised at',
  'Due date',
  'Current status',
  'Latest update',
  'New status',
  'Progress note',
  'Date of progress',
  'Proposed new due date',
  'id',
  'state',
  'signature',
];
const row = (no: number, id: string, answers: string[]) => [
  String(no),
  `Action ${no}`,
  'Meeting No. 1',
  '15 December 2026',
  'Open',
  '',
  ...answers,
  id,
  `2026-11-01T10:00:00.000Z#${no}`,
  `sig${no}`,
];
const csv = (records: string[][], sep: string, eol = '\n') =>
  records
    .map((r) => r.map((c) => (/[";\n\r,]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep))
    .join(eol);

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? (error.details as { reason?: string }).reason : error;
  }
  return 'not refused';
};

describe('returned form as CSV', () => {
  it('reads semicolons, a BOM, Windows line ends and a quoted note over two lines', () => {
    const text = csv(
      [
        HEADER,
        row(1, ID1, ['In progress', 'Met twice; next\r\nmeeting in May', '25 November 2026', '']),
        row(2, ID2, ['', '', '', '']),
        [],
      ],
      ';',
      '\r\n',
    );
    const out = readReturnedCsv(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    expect(out.unsigned).toBe(true);
    expect(out.roundId).toBeNull();
    expect(out.rows).toEqual([
      {
        rowNumber: 2,
        actionId: ID1,
        stateAt: '2026-11-01T10:00:00.000Z#1',
        signature: 'sig1',
        title: 'Action 1',
        statusText: 'In progress',
        note: 'Met twice; next\nmeeting in May',
        date: '25/11/2026',
        newDueDate: '',
      },
      expect.objectContaining({ rowNumber: 3, actionId: ID2, statusText: '', note: '' }),
    ]);
  });

  it('reads commas, Windows-1252 accents and UTF-16, without a header row, skipping instruction lines', () => {
    const records = [
      ['Safe Haven Foundation'],
      ['1.', 'This form lists the open action items of your agency only.'],
      row(1, ID1, ['Bloqué', 'Réunion reportée, faute de budget', '03/11/2026', '2027-01-31']),
    ];
    const text = csv(records, ',');
    for (const bytes of [
      Buffer.from(text, 'latin1'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ]) {
      const out = readReturnedCsv(bytes);
      expect(out.rows).toHaveLength(1);
      expect(out.rows[0]).toMatchObject({
        rowNumber: 3,
        actionId: ID1,
        statusText: 'Bloqué',
        note: 'Réunion reportée, faute de budget',
        date: '03/11/2026',
        newDueDate: '2027-01-31',
      });
    }
    expect(decodeCsvText(Buffer.from('caf\xe9', 'latin1'))).toBe('café');
    expect(decodeCsvText(Buffer.from('café', 'utf8'))).toBe('café');
  });

  it('takes the round and agency from identification lines when the file has them', () => {
    const text = csv(
      [['round', ID2], ['agency', ID1], HEADER, row(1, ID1, ['Done', '', '', ''])],
      ';',
    );
    const out = readReturnedCsv(Buffer.from(text));
    expect([out.roundId, out.agencyId, out.rows.length]).toEqual([ID2, ID1, 1]);
  });

  it('finds the columns by their headers when the hidden ones were deleted', () => {
    const visible = HEADER.slice(0, 10);
    const text = csv([visible, row(1, ID1, ['Abierto', 'Nota', '', '']).slice(0, 10)], ';');
    const out = readReturnedCsv(Buffer.from(text));
    expect(out.rows[0]).toMatchObject({ actionId: '', statusText: 'Abierto', note: 'Nota' });
  });

  it('brings displayed dates to what the cell readers take', () => {
    expect(csvDateText('25 November 2026')).toBe('25/11/2026');
    expect(csvDateText('25 de noviembre de 2026')).toBe('25/11/2026');
    expect(csvDateText('3 février 2027')).toBe('3/2/2027');
    expect(csvDateText('25 nov. 2026')).toBe('25/11/2026');
    expect(csvDateText('2026-11-25T00:00:00+01:00')).toBe('2026-11-25');
    expect(csvDateText('25/11/2026 00:00')).toBe('25/11/2026');
    expect(dateFromCell(csvDateText('3 février 2027'))).toBe('2027-02-03');
    expect(dateFromCell(csvDateText('31 Smarch 2026'))).toBe('invalid');
  });

  it('refuses what is not a form', () => {
    expect(reasonOf(() => readReturnedCsv(Buffer.from('name;phone\nsomeone;123\n')))).toBe(
      'malformed',
    );
    expect(reasonOf(() => readReturnedCsv(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0])))).toBe(
      'malformed',
    );
    const unclosed = `${csv([HEADER], ';')}\n1;"unclosed;${ID1}`;
    expect(reasonOf(() => readReturnedCsv(Buffer.from(unclosed)))).toBe('malformed');
  });
});

describe('the audit sentence of a returned form', () => {
  const t = ((key: string) => key) as unknown as TFunction;
  const entry = (summary: Record<string, unknown>) =>
    ({
      channel: 'roundTrip:importCommit',
      actor: 'Amina',
      recordType: 'roundTrip',
      recordId: ID1,
      recordLabel: 'National Police',
      summary,
    }) as unknown as AuditEntry;

  it('says when it came as an unsigned CSV', () => {
    expect(auditSentence(t, entry({ applied: 1, source: 'csv', signed: false }))).toBe(
      'audit.sentences.roundTrip.importCommit_csv',
    );
    expect(auditSentence(t, entry({ applied: 1 }))).toBe('audit.sentences.roundTrip.importCommit');
  });
});
