/**
 * How a returned update form's cells are read, whatever the spreadsheet program left in them:
 * dates as real dates, Excel serial numbers, formulas or day-first text; status words of any
 * document language, in any case, with or without accents; rich text and hyperlinks as text.
 */
import { describe, expect, it } from 'vitest';
import {
  cellText,
  dateFromCell,
  statusFromText,
} from '../../electron/core/roundTrip/readReturnedForm';

describe('returned form cells', () => {
  it('read dates in every form a spreadsheet keeps them', () => {
    expect(dateFromCell(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
    // 46351 is 2026-11-25 in Excel's 1900 date system.
    expect(dateFromCell(46351)).toBe('2026-11-25');
    expect(dateFromCell({ formula: 'TODAY()', result: 46351 })).toBe('2026-11-25');
    expect(dateFromCell('2026-11-25')).toBe('2026-11-25');
    expect(dateFromCell('25/11/2026')).toBe('2026-11-25');
    expect(dateFromCell('5.1.2027')).toBe('2027-01-05');
    expect(dateFromCell(' 25-11-2026 ')).toBe('2026-11-25');
    expect(dateFromCell(null)).toBeNull();
    expect(dateFromCell('')).toBeNull();
    for (const bad of ['31/02/2026', '2026-13-01', 'next week', '11/25', -3, 0]) {
      expect(dateFromCell(bad), String(bad)).toBe('invalid');
    }
  });

  it('read status words of every language, the list’s or typed', () => {
    expect(statusFromText('In progress')).toBe('in_progress');
    expect(statusFromText('  en CURSO ')).toBe('in_progress');
    expect(statusFromText('Réalisée')).toBe('done');
    expect(statusFromText('realisee')).toBe('done');
    expect(statusFromText('Anulado')).toBe('cancelled');
    expect(statusFromText('in_progress')).toBe('in_progress');
    expect(statusFromText('Almost done')).toBeNull();
  });

  it('read rich text, hyperlinks and formula results as their text', () => {
    expect(cellText({ richText: [{ text: 'Two ' }, { text: 'sessions' }] })).toBe('Two sessions');
    expect(cellText({ text: 'report', hyperlink: 'https://example.org' })).toBe('report');
    expect(cellText({ formula: 'A1', result: 'Done' })).toBe('Done');
    expect(cellText({ error: '#REF!' })).toBe('');
    expect(cellText(12)).toBe('12');
    expect(cellText(undefined)).toBe('');
  });
});
