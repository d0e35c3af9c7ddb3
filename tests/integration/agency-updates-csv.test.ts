/**
 * An agency update form that came back re-saved as CSV (the way Excel or LibreOffice save the
 * Actions sheet: hidden identifier columns as plain columns, ';' or ',' separators, a BOM,
 * Windows line ends, dates as the cell displays them). Through the contract: the preview finds
 * the round and agency from the rows, warns that the file is not signed; the commit applies
 * only the rows the secretariat confirmed one by one, and nothing without them; another
 * agency's row is an error that cannot be applied; a file that is no form changes nothing.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_COLUMNS } from '../../electron/core/roundTrip/updateFormSheet';
import { answer, rowOf, workbookOf } from '../fixtures/agencyForms';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { decryptedDump } from '../fixtures/databaseDump';

let t: TestCore;
let bodyId: string;
const agencies = { police: '', labour: '', ngo: '' };
const actions = { p1: '', p2: '', l1: '', n1: '' };
const clock = new Date('2026-11-30T12:00:00Z');

beforeAll(async () => {
  t = startTestCore(() => clock, { memory: true });
  await createWorkspace(t);
  await t.call('workspace:updateSettings', { timeZone: 'UTC' });
  const names = { police: 'National Police', labour: 'Labour Inspectorate', ngo: 'Safe Haven' };
  for (const key of ['police', 'labour', 'ngo'] as const) {
    const created = await t.call('agencies:create', { name: names[key], kind: 'other' });
    agencies[key] = created.id;
  }
  const memberAgencyIds = Object.values(agencies);
  const kind = 'national_task_force';
  bodyId = (await t.call('bodies:create', { name: 'National Task Force', kind, memberAgencyIds }))
    .id;
  const meetingId = (await t.call('meetings:create', { bodyId, date: '2026-11-03' })).id;
  const planned: [keyof typeof actions, string, keyof typeof agencies, string][] = [
    ['p1', 'Train border officers on indicators', 'police', '2026-12-15'],
    ['p2', 'Share the referral contact list', 'police', '2026-11-20'],
    ['l1', 'Inspect the garment workshops', 'labour', '2027-01-31'],
    ['n1', 'Update the shelter directory', 'ngo', '2026-12-01'],
  ];
  for (const [key, title, owner, dueDate] of planned) {
    const ownerAgencyId = agencies[owner];
    actions[key] = (
      await t.call('actions:create', { title, ownerAgencyId, meetingId, dueDate })
    ).id;
  }
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

/** Issues forms for the body; each agency's .xlsx form by agency id. */
async function issue(language: 'en' | 'es' | 'fr' = 'en') {
  const out = await t.call('roundTrip:exportForms', { bodyId, language, replyBy: '2026-12-14' });
  const zip = await JSZip.loadAsync(Buffer.from(out.data, 'base64'));
  const files: Record<string, Buffer> = {};
  for (const f of out.forms) files[f.agencyId] = await zip.file(f.fileName)!.async('nodebuffer');
  return { roundId: out.roundId, files };
}

interface CsvStyle {
  delimiter: ';' | ',';
  /** Windows line ends and a UTF-8 BOM, as Excel's "CSV UTF-8". */
  windows?: boolean;
}

/**
 * Edits a form in the spreadsheet and saves its Actions sheet as CSV, as an agency would:
 * dates written as the cell shows them ("25 November 2026").
 */
async function asCsv(
  bytes: Buffer,
  style: CsvStyle,
  change: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const wb = await workbookOf(bytes);
  const sheet = wb.worksheets[1]!;
  change(sheet);
  return Buffer.from(
    await wb.csv.writeBuffer({
      sheetName: sheet.name,
      dateFormat: 'D MMMM YYYY',
      dateUTC: true,
      formatterOptions: {
        delimiter: style.delimiter,
        rowDelimiter: style.windows ? '\r\n' : '\n',
        writeBOM: style.windows ?? false,
      },
    }),
  );
}

const file = (bytes: Buffer, fileName = 'returned.csv') => ({
  fileName,
  dataBase64: bytes.toString('base64'),
});
const historyOf = async (id: string) => (await t.call('actions:get', { id })).updates;

describe('a form returned as CSV', () => {
  it('previews with a warning, refuses a commit without confirmed rows, applies only those confirmed', async () => {
    const { roundId, files } = await issue();
    const wb = await workbookOf(files[agencies.police]!);
    const p1Row = rowOf(wb.worksheets[1]!, actions.p1).number;
    const p2Row = rowOf(wb.worksheets[1]!, actions.p2).number;
    const csv = await asCsv(files[agencies.police]!, { delimiter: ';' }, (sheet) => {
      answer(rowOf(sheet, actions.p1), {
        status: 'In progress',
        note: 'Two sessions held; two more planned',
        date: new Date('2026-11-25T00:00:00Z'),
      });
      answer(rowOf(sheet, actions.p2), { status: 'Blocked', due: '15/12/2026' });
    });
    expect(csv.toString('utf8').split('\n')[0]).toContain(';id;state;signature');

    const preview = await t.call('roundTrip:importPreview', file(csv));
    expect(preview).toMatchObject({
      source: 'csv',
      unsigned: true,
      roundId,
      agency: { id: agencies.police, name: 'National Police' },
      body: { id: bodyId },
      counts: { change: 2, unchanged: 0, error: 0 },
    });
    expect(preview.rows.find((r) => r.actionId === actions.p1)).toMatchObject({
      rowNumber: p1Row,
      state: 'change',
      newStatus: 'in_progress',
      note: 'Two sessions held; two more planned',
      date: '2026-11-25',
    });
    expect(preview.rows.find((r) => r.actionId === actions.p2)).toMatchObject({
      rowNumber: p2Row,
      newStatus: 'blocked',
      newDueDate: '2026-12-15',
    });

    // Without the rows confirmed one by one: refused, nothing written.
    const before = decryptedDump(t);
    for (const acceptRows of [undefined, []]) {
      expect(await t.fail('roundTrip:importCommit', { ...file(csv), acceptRows })).toMatchObject({
        code: 'VALIDATION',
        details: { reason: 'csv_needs_confirmation' },
      });
    }
    expect(decryptedDump(t)).toBe(before);

    const out = await t.call('roundTrip:importCommit', { ...file(csv), acceptRows: [p1Row] });
    expect(out).toEqual({
      roundId,
      agencyId: agencies.police,
      applied: 1,
      actionIds: [actions.p1],
      // A CSV holds the Actions sheet only: no NAP row is ever applied from it.
      activityIds: [],
      indicatorIds: [],
    });
    const p1 = await t.call('actions:get', { id: actions.p1 });
    expect(p1.status).toBe('in_progress');
    expect(p1.updates.at(-1)).toMatchObject({ date: '2026-11-25', statusTo: 'in_progress' });
    expect(p1.updates.at(-1)!.note).toContain('Two sessions held; two more planned');
    const p2 = await t.call('actions:get', { id: actions.p2 });
    expect([p2.status, p2.dueDate, p2.updates.length]).toEqual(['open', '2026-11-20', 0]);

    const audit = await t.call('audit:list', { channel: 'roundTrip:importCommit' });
    expect(audit.items[0]).toMatchObject({
      recordId: agencies.police,
      summary: { roundId, applied: 1, source: 'csv', signed: false },
    });
  });

  it('reads a comma CSV with a BOM, Windows line ends, a note over two lines and Spanish words', async () => {
    const { roundId, files } = await issue('es');
    const csv = await asCsv(files[agencies.labour]!, { delimiter: ',', windows: true }, (sheet) => {
      answer(rowOf(sheet, actions.l1), {
        status: 'En curso',
        note: 'Tres talleres inspeccionados,\r\ndos pendientes',
        date: '28/11/2026',
        due: new Date('2027-02-28T00:00:00Z'),
      });
    });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('\r\n');
    const preview = await t.call('roundTrip:importPreview', file(csv));
    expect(preview).toMatchObject({ source: 'csv', roundId, agency: { id: agencies.labour } });
    const row = preview.rows.find((r) => r.actionId === actions.l1)!;
    expect(row).toMatchObject({
      state: 'change',
      newStatus: 'in_progress',
      note: 'Tres talleres inspeccionados,\ndos pendientes',
      date: '2026-11-28',
      newDueDate: '2027-02-28',
      errors: [],
    });
    const out = await t.call('roundTrip:importCommit', {
      ...file(csv),
      acceptRows: [row.rowNumber],
    });
    expect(out.actionIds).toEqual([actions.l1]);
    const l1 = await t.call('actions:get', { id: actions.l1 });
    expect([l1.status, l1.dueDate]).toEqual(['in_progress', '2027-02-28']);
    expect(l1.updates.at(-1)!.note).toContain('Tres talleres inspeccionados,\ndos pendientes');
  });

  it('makes a row of another agency’s action an error that cannot be applied', async () => {
    const { files } = await issue();
    const labour = await workbookOf(files[agencies.labour]!);
    const source = rowOf(labour.worksheets[1]!, actions.l1);
    const csv = await asCsv(files[agencies.police]!, { delimiter: ';' }, (sheet) => {
      answer(rowOf(sheet, actions.p1), { note: 'Third session held' });
      answer(rowOf(sheet, actions.p2), { note: 'List shared with the shelters' });
      // A whole row pasted in from the labour form (its identifiers and signature).
      const pasted = sheet.getRow(sheet.rowCount + 1);
      for (let c = 1; c <= FORM_COLUMNS.signature; c++) {
        pasted.getCell(c).value = source.getCell(c).value;
      }
      answer(pasted, { status: 'Done', note: 'Closed by the police' });
    });
    const preview = await t.call('roundTrip:importPreview', file(csv));
    // Two rows of the police form against one of the labour form: the police form.
    expect(preview.agency.id).toBe(agencies.police);
    const foreign = preview.rows.find((r) => r.actionId === actions.l1)!;
    expect(foreign).toMatchObject({
      state: 'error',
      errors: [{ field: 'action', code: 'foreign_action' }],
      currentStatus: null,
    });
    const own = preview.rows.find((r) => r.actionId === actions.p1)!;
    expect(own.state).toBe('change');

    const before = decryptedDump(t);
    expect(
      await t.fail('roundTrip:importCommit', {
        ...file(csv),
        acceptRows: [own.rowNumber, foreign.rowNumber],
      }),
    ).toMatchObject({ code: 'VALIDATION', details: { rows: [foreign.rowNumber] } });
    expect(decryptedDump(t)).toBe(before);

    const l1Before = await t.call('actions:get', { id: actions.l1 });
    const p2Before = (await historyOf(actions.p2)).length;
    const out = await t.call('roundTrip:importCommit', {
      ...file(csv),
      acceptRows: [own.rowNumber],
    });
    expect(out.actionIds).toEqual([actions.p1]);
    expect(await t.call('actions:get', { id: actions.l1 })).toEqual(l1Before);
    expect(await historyOf(actions.p2)).toHaveLength(p2Before);
  });

  it('refuses a file that is no form, or whose agency cannot be found, changing nothing', async () => {
    const { files } = await issue();
    const before = decryptedDump(t);
    const garbage = Buffer.from('name;phone\r\nsomeone;123\r\n"unclosed;quote\r\n', 'utf8');
    const binary = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 1, 2, 3]);
    for (const bytes of [garbage, binary, Buffer.from('not a spreadsheet')]) {
      for (const input of [file(bytes), { ...file(bytes), acceptRows: [2] }]) {
        const channel =
          'acceptRows' in input ? 'roundTrip:importCommit' : 'roundTrip:importPreview';
        expect(await t.fail(channel, input)).toMatchObject({
          code: 'VALIDATION',
          details: { reason: 'malformed' },
        });
      }
    }
    // The agency's hidden columns dropped: the answers cannot be tied to a form.
    const stripped = await asCsv(files[agencies.police]!, { delimiter: ';' }, (sheet) => {
      answer(rowOf(sheet, actions.p1), { note: 'Fifth session held' });
      sheet.spliceColumns(FORM_COLUMNS.actionId, 3);
    });
    // Identifiers that no form of this workspace holds (signatures that do not verify).
    const forged = await asCsv(files[agencies.police]!, { delimiter: ';' }, (sheet) => {
      const row = rowOf(sheet, actions.p1);
      answer(row, { note: 'Forged' });
      row.getCell(FORM_COLUMNS.signature).value = 'x'.repeat(43);
      rowOf(sheet, actions.p2).getCell(FORM_COLUMNS.signature).value = 'y'.repeat(43);
    });
    for (const bytes of [stripped, forged]) {
      expect(await t.fail('roundTrip:importPreview', file(bytes))).toMatchObject({
        code: 'VALIDATION',
        details: { reason: 'csv_unidentified' },
      });
      expect(
        await t.fail('roundTrip:importCommit', { ...file(bytes), acceptRows: [2, 3] }),
      ).toMatchObject({ code: 'VALIDATION', details: { reason: 'csv_unidentified' } });
    }
    expect(decryptedDump(t)).toBe(before);
  });

  it('still applies an .xlsx form as before, reported as signed', async () => {
    const { files } = await issue();
    const preview = await t.call('roundTrip:importPreview', file(files[agencies.ngo]!, 'f.xlsx'));
    expect(preview).toMatchObject({ source: 'xlsx', unsigned: false });
    expect(preview.agency.id).toBe(agencies.ngo);
  });

  it('refuses a CSV of a closed round, changing nothing', async () => {
    const { roundId, files } = await issue();
    const wb = await workbookOf(files[agencies.labour]!);
    const l1Row = rowOf(wb.worksheets[1]!, actions.l1).number;
    const csv = await asCsv(files[agencies.labour]!, { delimiter: ';' }, (sheet) => {
      answer(rowOf(sheet, actions.l1), { note: 'Three workshops inspected' });
    });
    expect((await t.call('roundTrip:importPreview', file(csv))).roundId).toBe(roundId);
    await t.call('roundTrip:closeRound', { roundId });
    const before = decryptedDump(t);
    expect(await t.fail('roundTrip:importPreview', file(csv))).toMatchObject({
      code: 'VALIDATION',
      details: { reason: 'closed_round' },
    });
    expect(
      await t.fail('roundTrip:importCommit', { ...file(csv), acceptRows: [l1Row] }),
    ).toMatchObject({ code: 'VALIDATION', details: { reason: 'closed_round' } });
    expect(decryptedDump(t)).toBe(before);
  });
});
